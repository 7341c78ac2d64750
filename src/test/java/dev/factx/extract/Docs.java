package dev.factx.extract;

import dev.factx.bundle.Article;
import dev.factx.bundle.LineSourceMap;
import dev.factx.clean.Document;
import dev.factx.clean.DocumentBuilder;
import java.util.Map;

/** Documents for tests, built straight from a body and a date header. */
public final class Docs {
  private Docs() {}

  /** The document of an article with this id, date header (or null) and body. */
  public static Document doc(String id, String date, String body) {
    Map<String, String> headers = date == null ? Map.of() : Map.of("date", date);
    return DocumentBuilder.build(
        new Article(id, false, headers, Map.of(), body, "test", new LineSourceMap(body, 1, null)));
  }
}
