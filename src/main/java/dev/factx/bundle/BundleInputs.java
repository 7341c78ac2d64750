package dev.factx.bundle;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
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
   * @throws InputException naming file and line of every problem found
   */
  public static Bundle readAll(
      List<String> inputs, InputFormat format, InputStream stdin, Consumer<String> notes) {
    try (ArticleStream s = open(inputs, format, stdin, notes)) {
      return new Bundle(s.headers(), s.readAll());
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
    return new ArticleStream(readers, notes);
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
          if (format == InputFormat.TEXT
              || format == InputFormat.AUTO && DirectoryReader.hasArticleName(path)) {
            // deciding whether it is a plain article reads it all, and it can be read only once
            byte[] bytes = Limits.readWhole(in, input, Path.of(input).getFileName().toString());
            if (format == InputFormat.TEXT
                || DirectoryReader.isPlainArticle(path, new ByteArrayInputStream(bytes))) {
              return DirectoryReader.single(input, ids, notes, bytes);
            }
            in = new ByteArrayInputStream(bytes);
          }
        } else if (format == InputFormat.TEXT
            || format == InputFormat.AUTO && DirectoryReader.isPlainArticle(path)) {
          return DirectoryReader.single(input, ids, notes);
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
    if (isPage(input, format, buffered)) {
      return new PageReader(buffered, input, ids, notes);
    }
    LineReader lines = new LineReader(buffered, input);
    try {
      if (isJsonLines(input, format, buffered)) {
        return new JsonLinesReader(lines, input, ids);
      }
      boolean text = format == InputFormat.TEXT
          || format == InputFormat.AUTO && input.equals("-") && isPlainText(input, buffered);
      return text ? DirectoryReader.stream(lines, input, ids, notes)
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

  /**
   * Whether an input is a web page: {@code --input-format html}, or standard input or a file not
   * named as a bundle or JSON Lines whose first non-blank character is {@code <} (no bundle can
   * start with one).
   */
  private static boolean isPage(String input, InputFormat format, BufferedInputStream in) {
    if (format != InputFormat.AUTO) {
      return format == InputFormat.HTML;
    }
    String name = input.toLowerCase(Locale.ROOT);
    if (name.endsWith(".bundle") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return false;
    }
    try {
      return firstNonBlank(in) == '<';
    } catch (IOException e) {
      throw new InputException(input, 0, "cannot read the input (" + e.getMessage() + ")");
    }
  }

  /**
   * Whether a stream (standard input) holds one plain article rather than a bundle: within its
   * first {@link #SNIFF_LIMIT} bytes, a line that is not blank, a comment ({@code #}, as a
   * Markdown heading is too) or a header comes before any line starting with {@code ===} (so a
   * Markdown title underline, which follows its title, is text too). Nothing is consumed.
   */
  private static boolean isPlainText(String input, BufferedInputStream in) {
    byte[] head;
    in.mark(SNIFF_LIMIT);
    try {
      head = in.readNBytes(SNIFF_LIMIT);
      in.reset();
    } catch (IOException e) {
      throw new InputException(input, 0, "cannot read the input (" + e.getMessage() + ")");
    }
    // ISO 8859-1 reads any bytes; what is looked for is ASCII
    String[] lines = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).split("\r?\n");
    if (lines.length > 0 && lines[0].startsWith("ï»¿")) {
      lines[0] = lines[0].substring(3); // a UTF-8 byte order mark
    }
    int complete = head.length < SNIFF_LIMIT ? lines.length : lines.length - 1;
    for (int i = 0; i < complete; i++) {
      String line = lines[i];
      if (DelimitedBundleReader.isDelimiter(line)) {
        return false;
      }
      if (!Headers.isBlank(line) && !line.startsWith("#") && Headers.parse(line) == null) {
        return true;
      }
    }
    return false;
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
