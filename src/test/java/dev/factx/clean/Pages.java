package dev.factx.clean;

import dev.factx.bundle.Article;
import dev.factx.bundle.LineSourceMap;
import dev.factx.bundle.BundleInputs;
import dev.factx.bundle.InputFormat;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Articles for cleaner tests, built directly from page text. */
public final class Pages {
  private Pages() {}

  /** An article whose body starts on file line 1, with an optional title header. */
  public static Article article(String id, String title, String body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("date", "2024-12-17");
    if (title != null) {
      headers.put("title", title);
    }
    return new Article(id, false, headers, Map.of(), body, "test", new LineSourceMap(body, 1, null));
  }

  /** The articles of a bundle file, as the bundle reader reads them. */
  public static List<Article> readBundle(Path file) {
    return BundleInputs.readAll(List.of(file.toString()), InputFormat.AUTO, InputStream.nullInputStream(),
        note -> {}).articles();
  }

  /** The file lines (1-based, body from line 1) the cleaner removed. */
  static List<Integer> removedLines(CleanedArticle cleaned) {
    return cleaned.removed().stream().map(RemovedLine::line).collect(Collectors.toList());
  }
}
