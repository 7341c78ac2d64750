package dev.factx.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factx.Report;
import dev.factx.bundle.Article;
import dev.factx.bundle.LineSourceMap;
import dev.factx.analysis.Analyzer;
import dev.factx.analysis.Document;
import dev.factx.clean.RemovedLine;
import dev.factx.extract.Claim;
import dev.factx.extract.DateClaim;
import dev.factx.extract.NumericClaim;
import dev.factx.extract.Quote;
import dev.factx.extract.RoleClaim;
import dev.factx.extract.Kind;
import dev.factx.match.Finding;
import dev.factx.match.QuoteRelation;
import dev.factx.match.Relation;
import dev.factx.match.Variant;
import dev.factx.match.Verdict;
import dev.factx.text.Span;
import dev.factx.text.Text;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {
  // file line 10: the body's first line
  private static final String BODY =
      "Mayor Ana Ruiz said on Friday that \"the bridge will reopen\".\n"
          + "At least 12 people were hurt, police said.";

  private static Document document() {
    Article a = new Article("town-news", false, Map.of("source", "Town News", "date", "2025-03-08",
        "desk", "metro"), Map.of("story", "bridge"), BODY, "testdata/t.bundle",
        new LineSourceMap(BODY, 10, null));
    return Analyzer.analyze(a, Text.of(BODY),
        List.of(new RemovedLine(14, "newsletter prompt", "Sign up")));
  }

  private static Span span(String needle) {
    int i = BODY.indexOf(needle);
    return new Span(i, i + needle.length());
  }

  private static Report report() {
    List<Claim> claims = List.of(
        new Quote("town-news:q1", "town-news", span("the bridge will reopen"),
            "the bridge will reopen", "Ana Ruiz", false, null),
        new NumericClaim("town-news:n1", "town-news", span("At least 12 people were hurt"),
            "At least 12 people were hurt", new BigDecimal("12"), null, "at-least", "people",
            "hurt", "people hurt", "police", null, null),
        new DateClaim("town-news:d1", "town-news", span("on Friday"), "on Friday",
            LocalDate.of(2025, 3, 7), LocalDate.of(2025, 3, 7), LocalDate.of(2025, 3, 8), true,
            SampleReport.event("Ana Ruiz said")),
        new RoleClaim("town-news:r1", "town-news", span("Mayor Ana Ruiz"), "Mayor Ana Ruiz",
            "Ana Ruiz", "Mayor", null, null, null, null, Set.of()));
    List<Finding> findings = List.of(
        new Finding("f1", Kind.QUOTE, Verdict.UNIQUE, null, "Ana Ruiz: \"the bridge will reopen\"",
            List.of("town-news:q1"),
            List.of(new Variant("town-news:q1", QuoteRelation.EXACT, null)),
            new Finding.QuoteCarried(List.of("town-news"))),
        new Finding("f2", Kind.NUMBER, Verdict.UNIQUE, Relation.SAME, "people hurt",
            List.of("town-news:n1"), List.of(),
            new Finding.FigureAlone("town-news", "at least 12", "police")));
    return new Report("bridge", List.of(document()), claims, findings);
  }

  private static String json() throws Exception {
    StringWriter out = new StringWriter();
    new JsonReportWriter(true).write(report(), out);
    return out.toString();
  }

  @Test
  void reportValidatesAgainstTheShippedSchema() throws Exception {
    assertThat(ReportSchema.violations(json())).isEmpty();
  }

  @Test
  void schemaRejectsAReportThatBreaksTheContract() {
    String broken = "{\"format\":\"factx-report\",\"version\":2,\"story\":null,\"articles\":[],"
        + "\"claims\":[],\"findings\":[{\"id\":\"f1\",\"kind\":\"number\",\"verdict\":\"agree\","
        + "\"relation\":\"conflict\",\"subject\":null,\"claims\":[\"a:n1\"],\"message\":null}],"
        + "\"summary\":{\"articles\":0,\"claims\":0,\"agreements\":1,\"discrepancies\":0,"
        + "\"unique\":0}}";
    assertThat(ReportSchema.violations(broken)).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void claimsPointAtTheirPlaceInTheInputFile() throws Exception {
    JsonNode claims = new ObjectMapper().readTree(json()).get("claims");
    // line 10: Mayor Ana Ruiz said on Friday that "the bridge will reopen".
    //                                              ^ column 37, 22 characters
    JsonNode quote = claims.get(0);
    assertThat(quote.get("line").asInt()).isEqualTo(10);
    assertThat(quote.get("column").asInt()).isEqualTo(37);
    assertThat(quote.get("length").asInt()).isEqualTo(22);
    JsonNode number = claims.get(1);
    assertThat(number.get("line").asInt()).isEqualTo(11);
    assertThat(number.get("column").asInt()).isEqualTo(1);
    assertThat(number.get("value").get("low").asInt()).isEqualTo(12);
    assertThat(number.get("value").get("high").isNull()).isTrue();
  }

  @Test
  void articlesCarryFurnitureCountsAndMetadata() throws Exception {
    JsonNode root = new ObjectMapper().readTree(json());
    JsonNode article = root.get("articles").get(0);
    assertThat(article.get("boilerplate_lines").asInt()).isEqualTo(1);
    assertThat(article.get("metadata").get("desk").asText()).isEqualTo("metro");
    assertThat(article.get("metadata").get("story").asText()).isEqualTo("bridge");
    assertThat(root.get("summary").get("unique").asInt()).isEqualTo(2);
  }
}
