package dev.factx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.bundle.Article;
import dev.factx.bundle.LineSourceMap;
import dev.factx.extract.Claim;
import dev.factx.extract.DateClaim;
import dev.factx.extract.Quote;
import dev.factx.extract.RoleClaim;
import dev.factx.match.Finding;
import dev.factx.match.QuoteRelation;
import dev.factx.match.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * One person is one person everywhere in a report: spellings, titles, initials and suffixes of a
 * name that two articles use are one person in the quote, role and date findings alike (issue
 * 14). The two articles are of our own writing.
 */
class OnePersonTest {
  private static final String HARBOUR = """
      President Volodymyr Zelenskyy said on Friday that "the grain corridor will stay open \
      through the winter months."

      Prosecutor Dan Ito told reporters on Thursday: "We will charge the harbour officials who \
      took bribes from the smugglers."

      Judge Ana M. Ruiz Jr. said on Friday that "the trial of the harbour officials will open in \
      the spring session."
      """;

  private static final String COAST = """
      "The grain corridor will stay open through the winter months," President Volodymyr \
      Zelensky said on Friday.

      "We will charge the harbour officials who took bribes from the smugglers," Dan Ito said \
      on Thursday.

      "The trial of the harbour officials will open in the spring session," Judge Ana Ruiz said \
      on Friday.
      """;

  private static Article article(String id, String body) {
    return new Article(id, false, Map.of("date", "2025-03-08"), Map.of(), body, "test",
        new LineSourceMap(body, 1, null));
  }

  @Test
  void quotesRolesAndDatesNameEachPersonOneWay() {
    Report report = CrossReferencer.run(null,
        List.of(article("harbour", HARBOUR), article("coast", COAST)));
    Map<String, Claim> claims = new java.util.HashMap<>();
    report.claims().forEach(c -> claims.put(c.id(), c));

    // quotes: each statement agrees, no speaker is taken for another
    List<Finding> quotes = of(report, "quote");
    assertThat(quotes).hasSize(3).allSatisfy(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.AGREE);
      assertThat(f.claims()).hasSize(2);
      assertThat(f.variants()).noneMatch(v -> v.relation() == QuoteRelation.MISATTRIBUTED);
    });
    assertThat(quotes).extracting(Finding::subject).allSatisfy(s ->
        assertThat(s).matches("(Volodymyr Zelenskyy|Dan Ito|Ana M\\. Ruiz Jr\\.): .*"));
    assertThat(names(quotes, claims)).containsExactly(
        "Ana M. Ruiz Jr.", "Dan Ito", "Volodymyr Zelenskyy");

    // roles: "President Volodymyr Zelensky" and "Judge Ana Ruiz" are the persons of the other
    // article; "Prosecutor Dan Ito" stands in one article only
    List<Finding> roles = of(report, "role");
    assertThat(roles).extracting(Finding::subject, Finding::verdict).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("Volodymyr Zelenskyy", Verdict.AGREE),
        org.assertj.core.groups.Tuple.tuple("Ana M. Ruiz Jr.", Verdict.AGREE),
        org.assertj.core.groups.Tuple.tuple("Dan Ito", Verdict.UNIQUE));
    assertThat(names(roles, claims)).containsExactly(
        "Ana M. Ruiz Jr.", "Dan Ito", "Volodymyr Zelenskyy");

    // dates: each person's words are dated the same in both articles, one event each
    List<Finding> dates = of(report, "date");
    assertThat(dates).hasSize(3).allSatisfy(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.AGREE);
      assertThat(f.claims()).hasSize(2);
    });
    assertThat(names(dates, claims)).containsExactly(
        "Ana M. Ruiz Jr.", "Dan Ito", "Volodymyr Zelenskyy");
    assertThat(report.findings()).noneMatch(f -> f.verdict() == Verdict.DISCREPANCY);
  }

  private static List<Finding> of(Report report, String kind) {
    return report.findings().stream().filter(f -> f.kind().label().equals(kind)).toList();
  }

  /** The person names the findings' claims give: speakers, role persons, date event persons. */
  private static Set<String> names(List<Finding> findings, Map<String, Claim> claims) {
    Set<String> out = new TreeSet<>();
    for (Finding f : findings) {
      for (String id : f.claims()) {
        Claim c = claims.get(id);
        if (c instanceof Quote q) {
          out.add(q.speaker());
        } else if (c instanceof RoleClaim r) {
          out.add(r.person());
        } else if (c instanceof DateClaim d) {
          out.add(d.event().person());
        }
      }
    }
    return out;
  }
}
