package dev.factx.analysis;

import dev.factx.bundle.Article;
import dev.factx.bundle.LineSourceMap;
import java.util.List;
import java.util.Map;

/** Documents for the analysis tests, analyzed straight from a body. */
final class Analyzed {
  private Analyzed() {}

  static Document doc(String id, String body) {
    return Analyzer.analyze(new Article(id, false, Map.of("date", "2024-12-17"), Map.of(), body,
        "test", new LineSourceMap(body, 1, null)));
  }

  /** The names of a body's mentions, as written. */
  static List<String> names(String body) {
    return doc("a", body).names().stream().map(NameMention::name).toList();
  }
}
