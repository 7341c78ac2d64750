package dev.factx.report;

import dev.factx.Report;
import dev.factx.bundle.Article;
import dev.factx.bundle.LineSourceMap;
import dev.factx.analysis.Analyzer;
import dev.factx.analysis.Document;
import dev.factx.analysis.WordDiff.Change;
import dev.factx.analysis.WordDiff.Segment;
import dev.factx.clean.RemovedLine;
import dev.factx.extract.Claim;
import dev.factx.extract.DateClaim;
import dev.factx.extract.DateEvent;
import dev.factx.extract.Kind;
import dev.factx.extract.NumericClaim;
import dev.factx.extract.Quote;
import dev.factx.extract.RoleClaim;
import dev.factx.match.Finding;
import dev.factx.match.QuoteRelation;
import dev.factx.match.Relation;
import dev.factx.match.Variant;
import dev.factx.match.Verdict;
import dev.factx.text.Span;
import dev.factx.text.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A hand-built report of three made-up articles that has every kind and verdict, quote diffs and
 * the characters each format must escape, so the golden files pin the formats whatever the
 * extractors find.
 */
final class SampleReport {
  // file testdata/town.bundle, body from line 10
  static final String TOWN = "Mayor Ana Ruiz said on Friday that \"the bridge will reopen in"
      + " spring\".\nAt least 12 people were hurt, police said. The bridge opened in 1962.";
  // same file, body from line 30
  static final String CITY = "\"The bridge will reopen in the spring,\" said Ana Ruiz, the"
      + " city's mayor.\nOfficials said 15 people were injured on Thursday, 50% more than feared"
      + " | a *record* for_the [town].\nThe bridge opened in 1962.";
  // file "radio dir/r,1:x.txt", body from line 1; the emoji is one code point, two chars
  static final String RADIO = "\uD83D\uDEA7 Deputy Mayor Ana Ruiz told listeners: \"the bridge"
      + " will reopen\".";

  private SampleReport() {}

  private static Document document(String id, String source, String date, String body,
      String file, int line, int removed) {
    Article a = new Article(id, false, Map.of("source", source, "date", date), Map.of(), body,
        file, new LineSourceMap(body, line, null));
    List<RemovedLine> lines = new ArrayList<>();
    for (int i = 0; i < removed; i++) {
      lines.add(new RemovedLine(line - 2 - i, "newsletter prompt", "Sign up"));
    }
    return Analyzer.analyze(a, Text.of(body), lines);
  }

  private static Span span(String body, String needle) {
    int i = body.indexOf(needle);
    if (i < 0) {
      throw new IllegalArgumentException("not in body: " + needle);
    }
    return new Span(i, i + needle.length());
  }

  private static Quote quote(String id, String body, String words) {
    return new Quote(id, id.substring(0, id.indexOf(':')), span(body, words), words, "Ana Ruiz",
        false, null);
  }

  private static DateClaim date(String id, String body, String words, LocalDate day,
      LocalDate anchor, String event) {
    return new DateClaim(id, id.substring(0, id.indexOf(':')), span(body, words), words, day, day,
        anchor, anchor != null, event(event));
  }

  private static RoleClaim role(String id, String body, String words, String role) {
    return new RoleClaim(id, id.substring(0, id.indexOf(':')), span(body, words), words,
        "Ana Ruiz", role, null, null, "female", null, Set.of());
  }

  private static Segment same(String words) {
    return new Segment(Change.SAME, words);
  }

  /** The event "SUBJECT VERB" of a date claim, written out by hand. */
  static DateEvent event(String text) {
    int sp = text.lastIndexOf(' ');
    return new DateEvent(text.substring(0, sp), text.substring(sp + 1), "speak", null, Set.of());
  }

  static Report report() {
    List<Document> documents = List.of(
        document("town-news", "Town News", "2025-03-08", TOWN, "testdata/town.bundle", 10, 1),
        document("city-daily", "City | Daily", "2025-03-09", CITY, "testdata/town.bundle", 30, 0),
        document("radio-1", "Radio_1 *live*", "2025-03-08", RADIO, "radio dir/r,1:x.txt", 1, 2));
    LocalDate day = LocalDate.of(2025, 3, 7);
    List<Claim> claims = List.of(
        quote("town-news:q1", TOWN, "the bridge will reopen in spring"),
        new NumericClaim("town-news:n1", "town-news", span(TOWN, "At least 12 people were hurt"),
            "At least 12 people were hurt", new BigDecimal("12"), null, "at-least", "people",
            "hurt", "people hurt", "police", null, null),
        date("town-news:d1", TOWN, "on Friday", day, LocalDate.of(2025, 3, 8), "Ana Ruiz spoke"),
        date("town-news:d2", TOWN, "in 1962", LocalDate.of(1962, 1, 1), null, "bridge opened"),
        role("town-news:r1", TOWN, "Mayor Ana Ruiz", "Mayor"),
        quote("city-daily:q1", CITY, "The bridge will reopen in the spring,"),
        new NumericClaim("city-daily:n1", "city-daily", span(CITY, "15 people were injured"),
            "15 people were injured", new BigDecimal("15"), new BigDecimal("15"), "exact",
            "people", "injured", "people hurt", "officials", null, null),
        new NumericClaim("city-daily:n2", "city-daily", span(CITY, "50% more"), "50% more",
            new BigDecimal("50"), new BigDecimal("50"), "exact", "percent", null,
            "rise | over *forecast*", null, null, null),
        date("city-daily:d1", CITY, "on Thursday", day.minusDays(1), LocalDate.of(2025, 3, 9),
            "Ana Ruiz spoke"),
        date("city-daily:d2", CITY, "in 1962", LocalDate.of(1962, 1, 1), null, "bridge opened"),
        role("city-daily:r1", CITY, "the city's mayor", "mayor"),
        quote("radio-1:q1", RADIO, "the bridge will reopen"),
        role("radio-1:r1", RADIO, "Deputy Mayor Ana Ruiz", "Deputy Mayor"));
    List<Finding> findings = List.of(
        new Finding("f1", Kind.QUOTE, Verdict.DISCREPANCY, null,
            "Ana Ruiz: \"The bridge will reopen in the spring,\"",
            List.of("city-daily:q1", "town-news:q1", "radio-1:q1"),
            List.of(new Variant("city-daily:q1", QuoteRelation.EXTENDED, null),
                new Variant("town-news:q1", QuoteRelation.ALTERED, List.of(
                    same("the bridge will reopen in"), new Segment(Change.REMOVED, "the"),
                    same("spring"))),
                new Variant("radio-1:q1", QuoteRelation.TRUNCATED, List.of(
                    same("the bridge will reopen"),
                    new Segment(Change.REMOVED, "in the spring,")))),
            new Finding.QuoteCarried(List.of("city-daily", "town-news", "radio-1"))),
        new Finding("f2", Kind.NUMBER, Verdict.DISCREPANCY, Relation.DIFFERS, "people hurt",
            List.of("town-news:n1", "city-daily:n1"), List.of(),
            new Finding.FiguresCompared(2, List.of(
                List.of(new Finding.FigureText("at least 12", List.of("town-news"),
                    List.of("police"), false)),
                List.of(new Finding.FigureText("15", List.of("city-daily"),
                    List.of("officials"), false))))),
        new Finding("f3", Kind.DATE, Verdict.DISCREPANCY, Relation.CONFLICT, "Ana Ruiz spoke",
            List.of("town-news:d1", "city-daily:d1"), List.of(),
            new Finding.Dated(List.of("town-news", "city-daily"), "2025-03-07", List.of(
                new Finding.DateText("on Friday", "town-news", "2025-03-07"),
                new Finding.DateText("on Thursday", "city-daily", "2025-03-06")))),
        new Finding("f4", Kind.ROLE, Verdict.DISCREPANCY, null, "Ana Ruiz",
            List.of("town-news:r1", "city-daily:r1", "radio-1:r1"), List.of(),
            new Finding.RolesGiven("Ana Ruiz", "Mayor",
                List.of("town-news", "city-daily", "radio-1"),
                List.of(new Finding.AspectConflict("title", List.of(
                    new Finding.Written("Mayor", List.of("town-news", "city-daily")),
                    new Finding.Written("Deputy Mayor", List.of("radio-1"))))),
                List.of())),
        new Finding("f5", Kind.DATE, Verdict.AGREE, Relation.SAME, "bridge opened",
            List.of("town-news:d2", "city-daily:d2"), List.of(),
            new Finding.Dated(List.of("town-news", "city-daily"), "1962-01-01", List.of(
                new Finding.DateText("in 1962", "town-news", "1962-01-01"),
                new Finding.DateText("in 1962", "city-daily", "1962-01-01")))),
        // a source with a line break, a percent sign, a pipe and stars: every format escapes
        new Finding("f6", Kind.NUMBER, Verdict.UNIQUE, null, "rise | over *forecast*",
            List.of("city-daily:n2"), List.of(),
            new Finding.FigureAlone("city-daily", "50%", "100% unconfirmed, line\nbreak")));
    return new Report("Town bridge, March 2025: a | test", documents, claims, findings);
  }
}
