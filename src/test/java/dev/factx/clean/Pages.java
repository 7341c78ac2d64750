package dev.factx.clean;

import dev.factx.bundle.Article;
import dev.factx.bundle.LineSourceMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Articles for cleaner tests, built directly from page text. */
final class Pages {
  private Pages() {}

  /** An article whose body starts on file line 1, with an optional title header. */
  static Article article(String id, String title, String body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("date", "2024-12-17");
    if (title != null) {
      headers.put("title", title);
    }
    return new Article(id, false, headers, Map.of(), body, "test", new LineSourceMap(body, 1, null));
  }

  /**
   * The articles of a simple bundle file (no escapes, one header block each), bodies mapped to
   * their file lines; enough for the seed bundle until the bundle reader is on main.
   */
  static List<Article> readBundle(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    Map<String, String> defaults = new LinkedHashMap<>();
    List<Article> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size() && !lines.get(i).startsWith("===")) {
      String l = lines.get(i++);
      if (!l.startsWith("#") && l.contains(": ")) {
        defaults.put(l.substring(0, l.indexOf(": ")), l.substring(l.indexOf(": ") + 2));
      }
    }
    while (i < lines.size()) {
      String id = lines.get(i++).substring(3).strip();
      Map<String, String> headers = new LinkedHashMap<>();
      while (!lines.get(i).isEmpty()) {
        String l = lines.get(i++);
        headers.put(l.substring(0, l.indexOf(": ")), l.substring(l.indexOf(": ") + 2));
      }
      int first = ++i;
      while (i < lines.size() && !lines.get(i).startsWith("===")) {
        i++;
      }
      int end = i;
      while (end > first && lines.get(end - 1).isEmpty()) {
        end--;
      }
      String body = String.join("\n", lines.subList(first, end));
      out.add(new Article(id, false, headers, defaults, body, file.toString(),
          new LineSourceMap(body, first + 1, null)));
    }
    return out;
  }

  /** The file lines (1-based, body from line 1) the cleaner removed. */
  static List<Integer> removedLines(CleanedArticle cleaned) {
    return cleaned.removed().stream().map(RemovedLine::line).collect(Collectors.toList());
  }
}
