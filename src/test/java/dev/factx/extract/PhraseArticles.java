package dev.factx.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.CrossReferencer;
import dev.factx.Report;
import dev.factx.bundle.Article;
import dev.factx.bundle.LineSourceMap;
import dev.factx.match.Finding;
import dev.factx.text.Span;
import dev.factx.verify.Change;
import dev.factx.verify.ReprintVerifier;
import java.util.List;
import java.util.Map;

/**
 * Articles for phrase tables, built in memory and run through the public pipeline only
 * ({@link CrossReferencer}), so that the tables survive a restructuring of the stages behind it.
 *
 * <p>A row marks the span it expects with {@code [[...]]}; {@link #strip} takes the marks out and
 * {@link #mark} says where the marked words stand in the stripped body.
 */
final class PhraseArticles {
  private PhraseArticles() {}

  /** An article with this id, date header (null for none) and body. */
  static Article article(String id, String date, String body) {
    Map<String, String> headers = date == null ? Map.of() : Map.of("date", date);
    return new Article(id, false, headers, Map.of(), body, id + ".txt",
        new LineSourceMap(body, 1, null));
  }

  /** The text without its {@code [[} and {@code ]]} marks. */
  static String strip(String marked) {
    return marked.replace("[[", "").replace("]]", "");
  }

  /** Where the first marked words stand in the stripped text. */
  static Span mark(String marked) {
    //  marked:   He said [[on Monday]].     "[[" at 8, "]]" at 19
    //  stripped: He said on Monday.         span [8, 17): the two marks before "]]" are gone
    int open = marked.indexOf("[[");
    int close = marked.indexOf("]]", open);
    if (open < 0 || close < 0) {
      throw new IllegalArgumentException("no [[...]] in: " + marked);
    }
    return new Span(open, close - 2);
  }

  /** The claims of one kind that extraction finds in one article of our own writing. */
  static <C extends Claim> List<C> extract(Class<C> kind, String date, String body) {
    Report r = CrossReferencer.extract(null, List.of(article("a", date, body)));
    return CrossReferencer.only(r.claims(), kind);
  }

  /** The claim of one article that stands exactly on {@code span}; fails the test when none does. */
  static <C extends Claim> C at(List<C> claims, String articleId, Span span, String marked) {
    List<C> here = claims.stream()
        .filter(c -> c.articleId().equals(articleId) && c.span().equals(span))
        .toList();
    assertThat(here)
        .as("a claim exactly on the marked words of %s; claims found: %s", marked,
            claims.stream().filter(c -> c.articleId().equals(articleId)).map(Claim::text).toList())
        .hasSize(1);
    return here.get(0);
  }

  /**
   * Two articles run through the whole pipeline, the claim of each on its marked words, and the
   * findings that hold both claims.
   *
   * @param report the run's report
   * @param a the claim on the marked words of article {@code a}
   * @param b the claim on the marked words of article {@code b}
   * @param both the findings holding both claims
   */
  record Pair<C extends Claim>(Report report, C a, C b, List<Finding> both) {}

  /** Runs two articles of our own writing and finds the claims on their marked words. */
  static <C extends Claim> Pair<C> pair(
      Class<C> kind, String headerA, String markedA, String headerB, String markedB) {
    Report r = CrossReferencer.run(null, List.of(article("a", headerA, strip(markedA)),
        article("b", headerB, strip(markedB))));
    List<C> claims = CrossReferencer.only(r.claims(), kind);
    C a = at(claims, "a", mark(markedA), markedA);
    C b = at(claims, "b", mark(markedB), markedB);
    List<Finding> both = r.findings().stream()
        .filter(f -> f.claims().contains(a.id()) && f.claims().contains(b.id()))
        .toList();
    return new Pair<>(r, a, b, both);
  }

  /** The changes of one kind that {@code verify} reports for a reprint of one original. */
  static List<Change> changes(String kind, String headerO, String original, String headerR,
      String reprint) {
    return new ReprintVerifier(false)
        .verify(null, List.of(article("original", headerO, original)),
            List.of(article("reprint", headerR, reprint)))
        .checks().get(0).changes().stream()
        .filter(c -> c.kind() != null && kind.equals(c.kind().label()))
        .toList();
  }
}
