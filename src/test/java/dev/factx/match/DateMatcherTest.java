package dev.factx.match;

import dev.factx.report.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.analysis.Document;
import dev.factx.extract.DateClaim;
import dev.factx.extract.DateExtractor;
import dev.factx.extract.Docs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateMatcherTest {
  private static List<Finding> match(Document... docs) {
    List<DateClaim> claims = Docs.extract(new DateExtractor(), docs);
    List<Finding> findings =
        new DateMatcher(Docs.extract(new dev.factx.extract.RoleExtractor(), docs)).match(claims);
    // every claim stands in a finding
    assertThat(findings.stream().flatMap(f -> f.claims().stream()))
        .containsAll(claims.stream().map(DateClaim::id).toList());
    return findings;
  }

  private static Finding with(List<Finding> findings, String claim) {
    return findings.stream().filter(f -> f.claims().contains(claim)).findFirst().orElseThrow();
  }

  @Test
  void agreesWhenOneSpeechIsDatedTheSameWayInWords() {
    List<Finding> f = match(
        Docs.doc("a", "2025-03-05", "Finance Minister Anna Berg said on March 3 that taxes rise."),
        Docs.doc("b", "2025-03-04", "Berg told reporters at a briefing on Monday that taxes rise."));
    assertThat(with(f, "a:d1")).satisfies(x -> {
      assertThat(x.verdict()).isEqualTo(Verdict.AGREE);
      assertThat(x.relation().label()).isEqualTo("same");
      assertThat(x.claims()).containsExactly("a:d1", "b:d1");
    });
  }

  @Test
  void conflictsWhenTheDatesCannotBothHold() {
    List<Finding> f = match(
        Docs.doc("a", "2025-03-05", "Rebel forces started the offensive on 2 March 2025."),
        Docs.doc("b", "2025-03-05", "Two weeks ago, rebel forces began the offensive."));
    assertThat(with(f, "a:d1")).satisfies(x -> {
      assertThat(x.verdict()).isEqualTo(Verdict.DISCREPANCY);
      assertThat(x.relation().label()).isEqualTo("conflict");
      assertThat(x.claims()).containsExactly("a:d1", "b:d1");
      assertThat(Messages.of(x)).contains("2025-03-02", "2025-02-18..2025-02-20");
    });
  }

  @Test
  void agreesWhenTheCoarserDateHoldsTheFinerOne() {
    // compared at month precision, "on March 4" is "earlier this month"
    List<Finding> f = match(
        Docs.doc("a", "2025-03-20", "The council voted on the plan on March 4."),
        Docs.doc("b", "2025-03-20", "The council voted on the plan earlier this month."));
    assertThat(with(f, "a:d1")).satisfies(x -> {
      assertThat(x.verdict()).isEqualTo(Verdict.AGREE);
      assertThat(x.relation().label()).isEqualTo("same");
      assertThat(x.claims()).containsExactly("a:d1", "b:d1");
    });
  }

  @Test
  void keepsDifferentEventsApart() {
    // one person's report and another actor's start: no discrepancy between them
    List<Finding> f = match(
        Docs.doc("a", "2025-03-05",
            "President Ana Ruiz reported on March 1 that rebels had begun shelling."),
        Docs.doc("b", "2025-03-05", "Rebel forces started shelling on 2 March 2025."),
        Docs.doc("c", "2025-03-05", "Mayor Ivan Ruiz said on Tuesday that the town held."));
    assertThat(f).extracting(Finding::verdict).containsOnly(Verdict.UNIQUE);
    assertThat(f).hasSize(3);
  }

  @Test
  void matchesAnOrganisationWithItsSpokesperson() {
    List<Finding> f = match(
        Docs.doc("a", "2025-03-05", "Navy spokesperson Tom Hale said on Monday that two ships sank."),
        Docs.doc("b", "2025-03-05",
            "The minister spoke on March 3. It came the same day that the Navy confirmed losses."));
    assertThat(with(f, "a:d1")).satisfies(x -> {
      assertThat(x.verdict()).isEqualTo(Verdict.AGREE);
      assertThat(x.claims()).containsExactly("a:d1", "b:d2");
    });
  }

  @Test
  void takesOneActorsDatesFarApartForTwoOccasions() {
    List<Finding> f = match(
        Docs.doc("a", "2025-03-05", "Finance Minister Anna Berg said on March 3 that taxes rise."),
        Docs.doc("b", "2025-03-05", "Finance Minister Anna Berg said in June that taxes fall."));
    assertThat(f).extracting(Finding::verdict).containsOnly(Verdict.UNIQUE);
  }

  @ParameterizedTest(name = "{1} / {3}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          # header A | article A                                              | header B   | article B                                                 | one finding
          # event nouns of one class naming nobody, each of one day that agrees: one event
          2025-03-12 | The town mourned after Sunday's shooting.                  | 2025-03-13 | The attack on Sunday left nine people hurt.               | true
          2025-03-12 | The bombing on Sunday shut the old port.                   | 2025-03-12 | Crowds gathered in silence after the attack on March 9.   | true
          2025-03-12 | The trial on Monday drew a crowd.                          | 2025-03-12 | Reporters waited outside Monday's hearing for hours.      | true
          # another day, a coarser date, another class, or an owner: apart
          2025-03-12 | The town mourned after Sunday's shooting.                  | 2025-03-12 | The bombing on Saturday left nine people hurt.            | false
          2025-03-12 | The attack in March left nine people hurt.                 | 2025-06-12 | Parents still talk about the shooting in March.           | false
          2025-03-12 | The town mourned after Sunday's shooting.                  | 2025-03-12 | Lawyers argued at a hearing on Sunday.                    | false
          2025-03-12 | Mayor Dan Ito's rally on Sunday filled the park.           | 2025-03-12 | Nurses marched to the port in a protest on Sunday.        | false
          """)
  void joinsNounsOfOneClassOnOneDay(String headerA, String a, String headerB, String b,
      boolean joined) {
    List<Finding> f = match(Docs.doc("a", headerA, a), Docs.doc("b", headerB, b));
    if (joined) {
      assertThat(with(f, "a:d1").claims()).containsExactly("a:d1", "b:d1");
      assertThat(with(f, "a:d1").verdict()).isEqualTo(Verdict.AGREE);
    } else {
      assertThat(with(f, "a:d1").claims()).containsExactly("a:d1");
    }
  }
}
