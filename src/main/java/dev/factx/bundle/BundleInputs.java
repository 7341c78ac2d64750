package dev.factx.bundle;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Reads the inputs a user names (bundles, JSON Lines, directories, {@code -}) as articles. */
public final class BundleInputs {
  /** How far the format sniffer looks for the first non-blank byte. */
  private static final int SNIFF_LIMIT = 1 << 16;

  private BundleInputs() {}

  /**
   * Reads every input in order as one bundle.
   *
   * @param inputs file or directory names as the user gave them; {@code -} is standard input
   * @param format how to read them
   * @param stdin what {@code -} reads
   * @param notes receives one-line notes for the user (skipped files in a directory)
   * @throws InputException naming file and line of every problem found, or when the articles are
   *     too big to hold together ({@link Limits})
   */
  public static Bundle readAll(
      List<String> inputs, InputFormat format, InputStream stdin, Consumer<String> notes) {
    try (ArticleStream s = open(inputs, format, stdin, notes)) {
      return new Bundle(s.headers(), s.remaining());
    }
  }

  /**
   * Opens every input in order and reads their bundle headers; the articles then come one at a
   * time. Ids are unique across the inputs and generated ids count positions across them.
   *
   * @throws InputException when an input is missing, unreadable or has a bad preamble
   */
  public static ArticleStream open(
      List<String> inputs, InputFormat format, InputStream stdin, Consumer<String> notes) {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no inputs");
    }
    Ids ids = new Ids();
    List<ArticleReader> readers = new ArrayList<>();
    boolean stdinUsed = false;
    try {
      for (String input : inputs) {
        if (input.equals("-")) {
          if (stdinUsed) {
            throw new InputException(input, 0,
                "standard input is named twice; name '-' once");
          }
          stdinUsed = true;
        }
        readers.add(openOne(input, format, stdin, ids, notes));
      }
    } catch (RuntimeException e) {
      for (ArticleReader r : readers) {
        try {
          r.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
    return new ArticleStream(readers);
  }

  private static ArticleReader openOne(
      String input, InputFormat format, InputStream stdin, Ids ids, Consumer<String> notes) {
    InputStream in;
    if (input.equals("-")) {
      in = stdin;
    } else {
      Path path = Path.of(input);
      if (!Files.exists(path)) {
        throw new InputException(input, 0, "no such file or directory; check the name");
      }
      if (Files.isDirectory(path)) {
        return new DirectoryReader(path, input, ids, notes);
      }
      try {
        if (!Files.isRegularFile(path)) {
          // a pipe, /dev/stdin or <(...): read forward only, never seek or ask its size
          in = new FileInputStream(path.toFile());
          if (format == InputFormat.AUTO && DirectoryReader.hasArticleName(path)) {
            // deciding whether it is a plain article reads it all, and it can be read only once
            byte[] bytes = readWhole(in, input);
            if (DirectoryReader.hasNoDelimiter(new ByteArrayInputStream(bytes))) {
              return DirectoryReader.single(input, ids, bytes);
            }
            in = new ByteArrayInputStream(bytes);
          }
        } else if (format == InputFormat.AUTO && DirectoryReader.isPlainArticle(path)) {
          return DirectoryReader.single(input, ids);
        } else {
          in = Files.newInputStream(path);
        }
      } catch (AccessDeniedException e) {
        throw new InputException(input, 0, "permission denied; make the file readable");
      } catch (IOException e) {
        throw new InputException(input, 0, "cannot read the file (" + e.getMessage() + ")");
      }
    }
    BufferedInputStream buffered = new BufferedInputStream(in, SNIFF_LIMIT);
    LineReader lines = new LineReader(buffered, input);
    try {
      return isJsonLines(input, format, buffered)
          ? new JsonLinesReader(lines, input, ids)
          : new DelimitedBundleReader(lines, input, ids);
    } catch (RuntimeException e) {
      try {
        lines.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * All bytes of a stream that is one article, at most {@link Limits#max()}; closes it. A plain
   * read loop: FileInputStream's own readNBytes asks a pipe for its position and fails.
   */
  private static byte[] readWhole(InputStream in, String input) throws IOException {
    try (in) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      byte[] buf = new byte[1 << 16];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        bytes.write(buf, 0, n);
        if (bytes.size() > Limits.max()) {
          String name = Path.of(input).getFileName().toString();
          String id = name.substring(0, name.lastIndexOf('.'));
          throw new InputException(input, 0, Limits.article(id));
        }
      }
      return bytes.toByteArray();
    }
  }

  private static boolean isJsonLines(String input, InputFormat format, BufferedInputStream in) {
    if (format != InputFormat.AUTO) {
      return format == InputFormat.JSONL;
    }
    String name = input.toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return true;
    }
    try {
      return firstNonBlank(in) == '{';
    } catch (IOException e) {
      throw new InputException(input, 0, "cannot read the input (" + e.getMessage() + ")");
    }
  }

  /** The first byte that is not a BOM byte or whitespace, without consuming anything. */
  static int firstNonBlank(BufferedInputStream in) throws IOException {
    in.mark(SNIFF_LIMIT);
    try {
      for (int i = 0; i < SNIFF_LIMIT; i++) {
        int b = in.read();
        if (b < 0 || (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != 0xef && b != 0xbb
            && b != 0xbf)) {
          return b;
        }
      }
      return -1;
    } finally {
      in.reset();
    }
  }
}
