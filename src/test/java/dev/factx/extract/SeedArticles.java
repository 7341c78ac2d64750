package dev.factx.extract;

import dev.factx.bundle.Article;
import dev.factx.bundle.LineSourceMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Articles for tests: the seed bundle's, cut out of the file by its {@code === id} lines, and one's own. */
public final class SeedArticles {
  public static final Path BUNDLE = Path.of("testdata", "kursk-2024-12-16.bundle");

  private SeedArticles() {}

  /** An article of one's own, for tests: dated 2024-12-17, its body from line 1. */
  public static Article article(String id, String body) {
    return new Article(
        id, false, Map.of("date", "2024-12-17"), Map.of(), body, "test",
        new LineSourceMap(body, 1, null));
  }

  /** The seed articles in bundle order. */
  public static List<Article> read() {
    List<String> lines;
    try {
      lines = Files.readAllLines(BUNDLE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Article> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (!lines.get(i).startsWith("=== ")) {
        i++;
        continue;
      }
      String id = lines.get(i).substring(4).trim();
      i++;
      Map<String, String> headers = new LinkedHashMap<>();
      while (i < lines.size() && !lines.get(i).isBlank()) {
        int colon = lines.get(i).indexOf(':');
        headers.put(lines.get(i).substring(0, colon).trim(), lines.get(i).substring(colon + 1).trim());
        i++;
      }
      i++;
      int first = i + 1;
      List<String> body = new ArrayList<>();
      while (i < lines.size() && !lines.get(i).startsWith("=== ")) {
        body.add(lines.get(i));
        i++;
      }
      String text = String.join("\n", body);
      out.add(new Article(id, false, headers, Map.of("date", "2024-12-17"), text, BUNDLE.toString(),
          new LineSourceMap(text, first, null)));
    }
    return out;
  }
}
