package dev.factx.extract;

import dev.factx.analysis.Analyzer;
import dev.factx.analysis.Document;
import dev.factx.analysis.People;
import dev.factx.bundle.Article;
import dev.factx.bundle.LineSourceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Documents for tests, analyzed straight from a body and a date header, and their claims. */
public final class Docs {
  private Docs() {}

  /** The document of an article with this id, date header (or null) and body. */
  public static Document doc(String id, String date, String body) {
    Map<String, String> headers = date == null ? Map.of() : Map.of("date", date);
    return Analyzer.analyze(
        new Article(id, false, headers, Map.of(), body, "test", new LineSourceMap(body, 1, null)));
  }

  /** The document of an article. */
  public static Document doc(Article article) {
    return Analyzer.analyze(article);
  }

  /** The claims an extractor finds in documents read together as one bundle, in order. */
  @SafeVarargs
  public static <C extends Claim> List<C> extract(Extractor<C> extractor, Document... documents) {
    return extract(extractor, List.of(documents));
  }

  /** The claims an extractor finds in documents read together as one bundle, in order. */
  public static <C extends Claim> List<C> extract(Extractor<C> extractor, List<Document> documents) {
    People people = People.of(documents);
    List<C> out = new ArrayList<>();
    for (Document d : documents) {
      out.addAll(extractor.extract(d, people));
    }
    return out;
  }
}
