package dev.factx.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The lexicon's word lists in one resource, {@code dev/factx/analysis/lexicon.pack}, written by the
 * build from {@code lexicon/*.txt} (the files stay the source: one list a file, as they are edited).
 * A run reads the one resource instead of a hundred: each entry read from a jar costs a cold start
 * about 0.1 ms (its inflater and streams run in the interpreter), some 10 ms of the seed bundle's
 * start-up.
 *
 * <p>The format, in UTF-8: each list as a line of {@value #MARK}, its name, a space, the length in
 * bytes of its text, a space and {@code a} when that text is ASCII or {@code u} when it is not;
 * then the file's lines that hold entries ({@link #entryLines}); lists in name order. No list
 * holds the mark character. The lengths and the mark let a run cut the lists out of the bytes
 * without looking at every character, and an ASCII list becomes a string by a copy of its bytes:
 * a run reads the pack in the interpreter, where a pass over its 50,000 characters, or the
 * decoding of one text with a character outside Latin-1 into a string of two bytes a character,
 * costs milliseconds.
 */
public final class LexiconPack {
  /** What opens a list's name line (a control character no word list holds). */
  static final char MARK = '\u0001';

  private LexiconPack() {}

  /** Writes the pack of the lists in {@code args[0]} to the file {@code args[1]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: LexiconPack LEXICON_DIR OUT_FILE");
    }
    Path out = Path.of(args[1]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.write(out, pack(Path.of(args[0])));
  }

  /** The pack of the {@code .txt} lists in {@code dir}. */
  static byte[] pack(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.list(dir)) {
      files = all.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Path f : files) {
      String name = f.getFileName().toString();
      String text = Files.readString(f, StandardCharsets.UTF_8);
      if (text.indexOf(MARK) >= 0 || name.indexOf(MARK) >= 0) {
        throw new IllegalArgumentException(f + ": holds the character U+0001, which the pack uses");
      }
      if (name.indexOf(' ') >= 0 || name.indexOf('\n') >= 0) {
        throw new IllegalArgumentException(f + ": a list's name may not hold a space or line end");
      }
      text = entryLines(text);
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      boolean ascii = bytes.length == text.length();
      String head = MARK + name.substring(0, name.length() - ".txt".length()) + " " + bytes.length
          + (ascii ? " a" : " u") + "\n";
      out.write(head.getBytes(StandardCharsets.UTF_8));
      out.write(bytes);
    }
    return out.toByteArray();
  }

  /**
   * The lines of a list's file that hold entries, each stripped and ended by a line end: what
   * {@link WordList#parse} reads of the file, without the comments and blank lines it skips (a
   * third of the lexicon's text), so that a run does not read them.
   */
  static String entryLines(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (String line : text.split("\n", -1)) {
      String t = line.strip();
      if (WordList.holdsEntries(t)) {
        out.append(t).append('\n');
      }
    }
    return out.toString();
  }

  /** Each list's text of a pack, by name. */
  static Map<String, String> lists(byte[] pack) {
    Map<String, String> out = new HashMap<>();
    int at = 0;
    while (at < pack.length) {
      int lineEnd = at;
      while (lineEnd < pack.length && pack[lineEnd] != '\n') {
        lineEnd++;
      }
      String head = new String(pack, at, lineEnd - at, StandardCharsets.UTF_8);
      int kind = head.lastIndexOf(' ');
      int length = kind < 0 ? -1 : head.lastIndexOf(' ', kind - 1);
      if (lineEnd == pack.length || head.isEmpty() || head.charAt(0) != MARK || length < 2) {
        throw malformed(at, "a line of the mark, a name, a length and a or u");
      }
      int bytes;
      try {
        bytes = Integer.parseInt(head, length + 1, kind, 10);
      } catch (NumberFormatException e) {
        throw malformed(at, "a length in bytes");
      }
      String charset = head.substring(kind + 1);
      int textStart = lineEnd + 1;
      if (bytes < 0 || bytes > pack.length - textStart
          || !charset.equals("a") && !charset.equals("u")) {
        throw malformed(at, "a length within the pack, then a or u");
      }
      // ASCII bytes are their Latin-1 characters: the string is a copy of them, with no decoding
      out.put(head.substring(1, length), new String(pack, textStart, bytes,
          charset.equals("a") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
      at = textStart + bytes;
    }
    return Map.copyOf(out);
  }

  private static IllegalArgumentException malformed(int at, String expected) {
    return new IllegalArgumentException(
        "the lexicon pack is malformed at byte " + at + " (expected " + expected + "); rebuild it");
  }
}
