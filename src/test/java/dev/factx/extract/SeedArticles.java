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

  /** The seed articles in bundle order, read by the bundle reader. */
  public static List<Article> read() {
    return dev.factx.bundle.BundleInputs.readAll(
            List.of(BUNDLE.toString()), dev.factx.bundle.InputFormat.AUTO, System.in, note -> {})
        .articles();
  }
}
