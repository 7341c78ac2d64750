package dev.factx.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.analysis.Document;
import dev.factx.extract.DateClaim;
import dev.factx.extract.DateExtractor;
import dev.factx.extract.Docs;
import dev.factx.extract.RoleClaim;
import dev.factx.extract.RoleExtractor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The date matcher tests a key against one key of each kin of a group only ({@code
 * DateMatcher.KIN}). Each bundle here has a group of two keys where the first goes with a third
 * key and the second does not: a kin holding too little (two keys in one kin that {@code
 * together} tells apart) or a test deciding for a kin when it does not would put the third in the
 * group, unlike plain complete linkage.
 */
class DateKinTest {

  /**
   * Asserts that the date matcher groups the dates of three one-date articles as all-pairs
   * complete linkage does, and that this is the first two together and the third alone.
   *
   * @param people whether the dates' events name people (else they name nobody)
   */
  private static void thirdKeptOut(boolean people, String... bodies) {
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < bodies.length; i++) {
      docs.add(Docs.doc("a" + i, "2025-04-10", bodies[i]));
    }
    List<DateClaim> claims = Docs.extract(new DateExtractor(), docs);
    List<RoleClaim> roles = Docs.extract(new RoleExtractor(), docs);
    assertThat(claims).hasSize(bodies.length)
        .allMatch(c -> c.event() != null && c.event().participants().isEmpty() != people);
    List<Finding> indexed = new DateMatcher(roles).match(claims);
    assertThat(indexed).isEqualTo(Oracles.datesComparingAllPairs(roles).match(claims));
    assertThat(indexed.stream().map(Finding::claims).toList())
        .containsExactly(List.of("a0:d1", "a1:d1"), List.of("a2:d1"));
  }

  @Test
  void datesOfOnePersonOnOtherDaysAreOtherKins() {
    // March 3 and March 30 go together (one person's visit, 27 days apart); February 20 goes
    // with March 3 but lies 38 days from March 30
    thirdKeptOut(true, "Mayor Tomas Reld visited the harbour plant on March 3.",
        "Mayor Tomas Reld visited the harbour plant on March 30.",
        "Mayor Tomas Reld visited the harbour plant on February 20.");
  }

  @Test
  void datesNamingNobodyOnOtherDaysAreOtherKins() {
    // the same with a subject the bundle gives no role: keys naming nobody, one lemma
    thirdKeptOut(false, "Ines Varga visited the harbour plant on March 3.",
        "Ines Varga visited the harbour plant on March 30.",
        "Ines Varga visited the harbour plant on February 20.");
  }

  @Test
  void keysNamingNobodyOfAnotherLemmaAreTestedOneByOne() {
    // two dredging dates of one lemma and subject, in sentences of other words; the repairs,
    // another lemma of the class, share words with the first sentence only (together then
    // reads the context, which a kin does not hold)
    thirdKeptOut(false, "The dredging began on March 3 near the old grain pier.",
        "The dredging began on March 3 after a long delay.",
        "The repairs started on March 3 near the old grain pier.");
  }
}
