package dev.factx.match;

import dev.factx.report.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.analysis.Document;
import dev.factx.extract.Docs;
import dev.factx.extract.RoleClaim;
import dev.factx.extract.RoleExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleMatcherTest {
  private static List<Finding> match(Document... docs) {
    List<RoleClaim> claims = Docs.extract(new RoleExtractor(), docs);
    List<Finding> findings = new RoleMatcher().match(claims);
    assertThat(findings.stream().flatMap(f -> f.claims().stream()))
        .containsAll(claims.stream().map(RoleClaim::id).toList());
    return findings;
  }

  @Test
  void agreesOnOneOfficeUnderItsNamesAndSpellings() {
    List<Finding> f = match(
        Docs.doc("a", null, "Tom Hale, spokesperson for the US Department of State, spoke."),
        Docs.doc("b", null, "State Department spokesman Tom Hale said he would stay."),
        Docs.doc("c", null, "Foreign Minister Andriy Kovalenko met President Olena Zelenskyy."),
        Docs.doc("d", null, "Foreign Minister Andrii Kovalenko met President Olena Zelensky."));
    assertThat(f).extracting(Finding::subject, Finding::verdict, Finding::claims)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Tom Hale", Verdict.AGREE, List.of("a:r1", "b:r1")),
            org.assertj.core.groups.Tuple.tuple("Andriy Kovalenko", Verdict.AGREE,
                List.of("c:r1", "d:r1")),
            org.assertj.core.groups.Tuple.tuple("Olena Zelenskyy", Verdict.AGREE,
                List.of("c:r2", "d:r2")));
  }

  @Test
  void flagsAGenderedTitleThatThePronounsContradict() {
    List<Finding> f = match(
        Docs.doc("a", null, "Navy spokesperson Captain Tom Hale spoke."),
        Docs.doc("b", null, "Navy spokeswoman Captain Tom Hale spoke. He said the ships sank."));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.verdict()).isEqualTo(Verdict.DISCREPANCY);
      assertThat(Messages.of(x)).contains("gender", "\"spokeswoman\" (b)", "\"he\" (b)");
    });
  }

  @Test
  void flagsADifferentOrganisationOrRank() {
    List<Finding> f = match(
        Docs.doc("a", null, "Navy spokesperson Captain Tom Hale spoke."),
        Docs.doc("b", null, "Army spokesperson Major Tom Hale spoke."));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.verdict()).isEqualTo(Verdict.DISCREPANCY);
      assertThat(Messages.of(x)).contains("organisation \"Navy\" (a) against \"Army\" (b)",
          "rank \"Captain\" (a) against \"Major\" (b)");
    });
  }

  @Test
  void keepsTwoPeopleWithOneSurnameApart() {
    List<Finding> f = match(
        Docs.doc("a", null,
            "State Department spokesperson Matthew Miller spoke. Campaign adviser Jason Miller"
                + " disagreed."),
        Docs.doc("b", null, "Campaign adviser Jason Miller said so."),
        Docs.doc("c", null, "Pentagon spokesman Matthew Miller said so."));
    assertThat(f).extracting(Finding::subject, Finding::claims)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Matthew Miller", List.of("a:r1", "c:r1")),
            org.assertj.core.groups.Tuple.tuple("Jason Miller", List.of("a:r2", "b:r1")));
    assertThat(f).filteredOn(x -> x.subject().equals("Jason Miller")).singleElement()
        .extracting(Finding::verdict).isEqualTo(Verdict.AGREE);
    assertThat(f).filteredOn(x -> x.subject().equals("Matthew Miller")).singleElement()
        .satisfies(x -> assertThat(Messages.of(x)).contains("organisation"));
  }

  @Test
  void leavesOneArticlesRoleUnique() {
    assertThat(match(Docs.doc("a", null, "Mayor Ivan Petrov spoke.")))
        .singleElement().extracting(Finding::verdict).isEqualTo(Verdict.UNIQUE);
  }

  @Test
  void neverSetsTwoTitlesOfOneMentionAgainstEachOther() {
    // the writer stacks both titles on one mention: they are given as holding together
    assertThat(match(Docs.doc("a", null, "Gov. Lena Ortiz, a senator in all but name, spoke.")))
        .extracting(Finding::verdict).containsOnly(Verdict.UNIQUE);
    // the same titles in two places of one article still conflict
    assertThat(match(Docs.doc("a", null,
            "Gov. Lena Ortiz spoke first. Later, Senator Lena Ortiz left the hall.")))
        .extracting(Finding::verdict).containsExactly(Verdict.DISCREPANCY);
  }
}
