package dev.factx.match;

import dev.factx.report.Messages;
import dev.factx.extract.Docs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.bundle.Article;
import dev.factx.bundle.LineSourceMap;
import dev.factx.analysis.Document;
import dev.factx.analysis.Analyzer;
import dev.factx.extract.NumberExtractor;
import dev.factx.extract.NumericClaim;
import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberMatcherTest {
  private static List<Finding> compare(String... idAndBody) {
    List<Document> docs = new ArrayList<>();
    List<NumericClaim> claims = new ArrayList<>();
    for (int i = 0; i < idAndBody.length; i += 2) {
      String body = idAndBody[i + 1];
      Document d = Analyzer.analyze(new Article(idAndBody[i], false,
          Map.of("date", "2024-12-17"), Map.of(), body, "test", new LineSourceMap(body, 1, null)));
      docs.add(d);
      claims.addAll(Docs.extract(new NumberExtractor(), d));
    }
    return new NumberMatcher().match(claims);
  }

  private static Finding holding(List<Finding> findings, String claimId) {
    return findings.stream().filter(f -> f.claims().contains(claimId)).findFirst().orElseThrow();
  }

  @Test
  void soldiersKilledAndCiviliansEvacuatedAreNotOneFigure() {
    List<Finding> f = compare(
        "a", "At least 12 soldiers were killed in the shelling of Kharkiv. "
            + "Officials said 300 civilians were evacuated.",
        "b", "Some 12 soldiers were killed in Kharkiv, the army said. "
            + "Around 2,000 civilians were evacuated from the city.");
    assertThat(f).hasSize(2);
    Finding killed = holding(f, "a:n1");
    assertThat(killed.claims()).containsExactly("a:n1", "b:n1");
    assertThat(killed.verdict()).isEqualTo(Verdict.AGREE);
    assertThat(killed.relation().label()).isEqualTo("same");
    Finding evacuated = holding(f, "a:n2");
    assertThat(evacuated.claims()).containsExactly("a:n2", "b:n2");
    assertThat(evacuated.verdict()).isEqualTo(Verdict.DISCREPANCY);
    assertThat(evacuated.relation().label()).isEqualTo("conflict");
    assertThat(Messages.of(evacuated))
        .isEqualTo("\"300\" (a; Officials) against \"around 2,000\" (b)");
  }

  @Test
  void casualtiesAndKilledOrWoundedAreOneMeasureButKilledAloneIsNot() {
    List<Finding> f = compare(
        "a", "Russian forces suffered up to 90 casualties near Vuhledar, Kyiv said.",
        "b", "About 90 Russian soldiers were killed and wounded near Vuhledar.",
        "c", "Exactly 40 Russian soldiers were killed there, a blogger wrote.");
    assertThat(holding(f, "a:n1").claims()).containsExactly("a:n1", "b:n1");
    assertThat(holding(f, "a:n1").verdict()).isEqualTo(Verdict.AGREE);
    assertThat(holding(f, "a:n1").subject()).isEqualTo("Russian casualties in Vuhledar");
    assertThat(holding(f, "c:n1").claims()).containsExactly("c:n1");
    assertThat(holding(f, "c:n1").verdict()).isEqualTo(Verdict.UNIQUE);
  }

  @Test
  void figuresOfDifferentGroupsOrOutcomesStayApart() {
    List<Finding> f = compare(
        "a", "At least 30 Russian troops were killed. Four Russian troops went missing.",
        "b", "Up to 200 Ukrainian troops were killed. Ten Russian troops were captured.");
    assertThat(f).hasSize(4).allSatisfy(x -> assertThat(x.verdict()).isEqualTo(Verdict.UNIQUE));
  }

  @Test
  void aFloorAndACeilingOfOneMeasureDiffer() {
    List<Finding> f = compare(
        "a", "At least 30 Chinese fishermen were detained, according to state media.",
        "b", "Up to 250 Chinese fishermen were detained, the coast guard said.",
        "c", "Some 30 Chinese fishermen were detained.");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.verdict()).isEqualTo(Verdict.DISCREPANCY);
      assertThat(x.relation().label()).isEqualTo("differs");
      assertThat(Messages.of(x)).isEqualTo("\"at least 30\" (a; state media), \"some 30\" (c)"
          + " against \"up to 250\" (b)");
    });
  }

  @Test
  void everyClaimIsInAFinding() {
    List<Finding> f = compare(
        "a", "Turnout reached 61%. The 2 billion euros for reconstruction arrived. 7 died.",
        "b", "Turnout reached 61%. Dozens of residents were injured.");
    assertThat(f.stream().flatMap(x -> x.claims().stream()))
        .containsExactlyInAnyOrder("a:n1", "a:n2", "a:n3", "b:n1", "b:n2");
    assertThat(holding(f, "a:n1").claims()).containsExactly("a:n1", "b:n1");
    assertThat(holding(f, "a:n1").verdict()).isEqualTo(Verdict.AGREE);
  }

  private static NumericClaim claim(String id, String qualifier, Double low, Double high) {
    return new NumericClaim(id, id, new Span(0, 1), "x", decimal(low), decimal(high), qualifier,
        "troops", "killed", null, null, null, null);
  }

  private static java.math.BigDecimal decimal(Double v) {
    return v == null ? null : new java.math.BigDecimal(Double.toString(v));
  }

  @ParameterizedTest(name = "[{index}] {0} vs {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # same: overlapping intervals built on the same number
          at-least  | 30  |     | at-least  | 30   |      | same
          at-least  | 30  |     | about     | 27   | 33   | same
          exact     | 30  | 30  | about     | 27   | 33   | same
          less-than | 45  | 50  | about     | 45   | 55   | same
          range     | 20  | 30  | range     | 20   | 30   | same
          # differs: both can be true
          at-least  | 30  |     | up-to     |      | 250  | differs
          at-least  | 30  |     | up-to     |      | 30   | differs
          more-than | 20  |     | about     | 27   | 33   | differs
          range     | 20  | 30  | exact     | 25   | 25   | differs
          # conflict: cannot both be true
          exact     | 30  | 30  | exact     | 40   | 40   | conflict
          at-least  | 30  |     | up-to     |      | 20   | conflict
          more-than | 20  |     | exact     | 20   | 20   | conflict
          less-than |     | 10  | at-least  | 10   |      | conflict
          """)
  void relatesTwoFigures(
      String qa, Double la, Double ha, String qb, Double lb, Double hb, String relation) {
    assertThat(FigureRelation.of(claim("a", qa, la, ha), claim("b", qb, lb, hb)).label())
        .isEqualTo(relation);
    assertThat(FigureRelation.of(claim("b", qb, lb, hb), claim("a", qa, la, ha)).label())
        .isEqualTo(relation);
  }
}
