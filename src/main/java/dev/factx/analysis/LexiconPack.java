package dev.factx.analysis;

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
 * <p>The format: each list as a line {@value #MARK} followed by its name, then the file's text
 * with a line end after its last line; lists in name order. No list holds the mark character.
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
    Files.writeString(out, pack(Path.of(args[0])), StandardCharsets.UTF_8);
  }

  /** The pack of the {@code .txt} lists in {@code dir}. */
  static String pack(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.list(dir)) {
      files = all.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    StringBuilder sb = new StringBuilder();
    for (Path f : files) {
      String name = f.getFileName().toString();
      String text = Files.readString(f, StandardCharsets.UTF_8);
      if (text.indexOf(MARK) >= 0) {
        throw new IllegalArgumentException(f + ": holds the character U+0001, which the pack uses");
      }
      sb.append(MARK).append(name, 0, name.length() - ".txt".length()).append('\n').append(text);
      if (!text.isEmpty() && !text.endsWith("\n")) {
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  /** Each list's text of a pack, by name. */
  static Map<String, String> lists(String pack) {
    Map<String, String> out = new HashMap<>();
    int at = pack.indexOf(MARK);
    while (at >= 0) {
      int nameEnd = pack.indexOf('\n', at);
      if (nameEnd < 0) {
        throw new IllegalArgumentException("a list name without a line end in the lexicon pack");
      }
      int next = pack.indexOf(MARK, nameEnd);
      out.put(pack.substring(at + 1, nameEnd),
          pack.substring(nameEnd + 1, next < 0 ? pack.length() : next));
      at = next;
    }
    return Map.copyOf(out);
  }
}
