package dev.factx.bundle;

import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

/** Reads the inputs a user names (bundles, JSON Lines, directories, {@code -}) as articles. */
public final class BundleInputs {
  private BundleInputs() {}

  /**
   * Reads every input in order as one bundle.
   *
   * @param inputs file or directory names as the user gave them; {@code -} is standard input
   * @param format how to read them
   * @param stdin what {@code -} reads
   * @param notes receives one-line notes for the user (skipped files in a directory)
   * @throws InputException naming file and line of every problem found
   */
  public static Bundle readAll(
      List<String> inputs, InputFormat format, InputStream stdin, Consumer<String> notes) {
    throw new UnsupportedOperationException("bundle reading comes with issue 2");
  }
}
