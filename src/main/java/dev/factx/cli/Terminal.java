package dev.factx.cli;

import dev.factx.report.ColorMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the commands learn from the process: whether output is a terminal. */
final class Terminal {
  private Terminal() {}

  /**
   * Whether to colour: {@code System.console()} stands in for "standard output is a terminal"
   * (Java 17 has no isatty; the console exists only when standard input and output are both
   * terminals, so {@code factx compare - < file} at a terminal is not coloured in auto mode).
   */
  static boolean colour(ColorMode mode) {
    return mode.colour(System.getenv(), System.console() != null);
  }

  /** Whether a file descriptor of this process is a pipe (Linux: {@code /proc/self/fd}). */
  static boolean isPipe(int fd) {
    try {
      return Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString().startsWith("pipe:");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false; // no /proc: only the error message tells
    }
  }
}
