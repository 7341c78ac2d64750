package dev.factx.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.factx.bundle.Article;
import dev.factx.extract.DateClaim;
import dev.factx.match.Verdict;
import dev.factx.report.JsonReportWriter;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmallArticleTest {
  private static final String ORIGINAL = String.join("\n",
      "Mayor Ana Ruiz said on Friday that \"the bridge will reopen in May\".",
      "",
      "At least 12 people were hurt when the old span gave way, police said. The council will meet",
      "again to choose a builder.",
      "",
      "Engineer Tom Baker, who inspected the span in 2021, said: \"We warned them twice.\"");

  private static Verification verify(String reprint, boolean strict) {
    return new ReprintVerifier(strict).verify("bridge",
        List.of(Articles.of("town", "town.txt", ORIGINAL)),
        List.of(Articles.of("copy", "copy.txt", reprint)));
  }

  private static List<Change> changes(String reprint) {
    return verify(reprint, false).checks().get(0).changes();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # mutation               | find                      | replace                     | reported          | at (line:column of)
      figure changed           | At least 12               | At least 21                 | figure changed    | 21
      figure cut               | At least 12 people        | People                      | figure cut        | People
      quote word changed       | will reopen in May        | will reopen in June         | quote changed;date changed | the bridge;in June
      quote word added         | We warned them twice      | We warned them twice already | quote changed    | We warned
      date shifted             | on Friday                 | on Thursday                 | date changed      | Thursday
      year shifted             | in 2021                   | in 2022                     | date changed      | 2022
      name swapped             | Engineer Tom Baker        | Engineer Tom Parker         | name changed;role changed;speaker changed | Parker;We warned
      words quoted that were not | when the old span gave way | when "the old span gave way" | quote added    | the old span
      """)
  void mutationIsReportedWhereTheReprintHasIt(String mutation, String find, String replace,
      String reported, String at) {
    String reprint = Articles.replaceOnce(ORIGINAL, find, replace);
    List<Change> changes = changes(reprint);
    assertThat(changes).as(mutation).isNotEmpty().allSatisfy(c -> {
      assertThat(List.of(reported.split(";"))).contains(c.what());
      var loc = new dev.factx.bundle.LineSourceMap(reprint, 1, null).locate(c.at());
      assertThat(List.of(at.split(";"))).anySatisfy(w -> {
        var want = Articles.locate(reprint, w);
        assertThat(loc.line()).isEqualTo(want.line());
        assertThat(loc.column()).isEqualTo(want.column());
      });
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # faithful edit              | find                          | replace
      curly quotes                 | "the bridge will reopen in May" | \u201Cthe bridge will reopen in May\u201D
      em dash for a comma          | gave way, police said         | gave way \u2014 police said
      lines reflowed               | The council will meet\\nagain  | The council\\nwill meet again
      said for told, outside claims| police said                   | police reported
      claimless sentence cut       | The council will meet\\nagain to choose a builder. | (nothing)
      """)
  void faithfulEditPasses(String edit, String find, String replace) {
    String reprint = Articles.replaceOnce(ORIGINAL, find.replace("\\n", "\n"),
        replace.equals("(nothing)") ? "" : replace.replace("\\n", "\n"));
    assertThat(changes(reprint)).as(edit).isEmpty();
  }

  @Test
  void paragraphBreaksLostInAReflowPass() {
    // a headline without a stop, and a quote that runs on past its closing mark's sentence, so
    // that a closing mark stands without an opening one in its paragraph
    String original = String.join("\n",
        "Storm closes the harbour as the winds reach gale force",
        "The harbour was closed on Tuesday morning, port officials said.",
        "Captain Ida Holm said, \u201CWe will not sail today,\u201D and the crews agreed. We have"
            + " waited out worse storms than this one.\u201D",
        "Ferries will run again on Thursday \u201Cif the wind drops,\u201D the operator said.");
    String reprint = Articles.reflow(Articles.swapQuotes(original), 40);
    Verification v = new ReprintVerifier(false).verify("storm",
        List.of(Articles.of("port", "port.txt", original)),
        List.of(Articles.of("copy", "copy.txt", reprint)));
    assertThat(reprint).doesNotContain("\n\n");
    assertThat(v.checks().get(0).changes()).isEmpty();
  }

  @Test
  void paragraphsReorderedAndAnInsertedParagraphWithoutQuotesPass() {
    String[] ps = ORIGINAL.split("\n\n");
    String reprint = String.join("\n\n", ps[2], "Advertisement: 50% off all tickets until 5 May",
        ps[0], ps[1]);
    assertThat(changes(reprint)).isEmpty();
  }

  @Test
  void cutSentenceWithAFigureIsReportedWhereItStood() {
    String reprint = Articles.replaceOnce(ORIGINAL,
        "At least 12 people were hurt when the old span gave way, police said. ", "");
    assertThat(changes(reprint)).singleElement().satisfies(c -> {
      assertThat(c.what()).isEqualTo("sentence with claims cut");
      assertThat(c.original()).startsWith("At least 12 people were hurt");
      assertThat(c.reprint()).isNull();
      // the cut sentence stood at the start of line 3, before "The council"
      assertThat(Articles.locate(reprint, "The council").column()).isEqualTo(1);
      assertThat(c.at().start()).isEqualTo(reprint.indexOf("The council"));
    });
  }

  @Test
  void aCutSentenceThatOnlySaysWhenIsACutClaim() {
    // a date, even a relative one, is a claim a fact-checker wants to know was dropped
    Verification v = new ReprintVerifier(false).verify("bridge",
        List.of(Articles.of("town", "town.txt", ORIGINAL + "\n\nThe council will vote next week.")),
        List.of(Articles.of("copy", "copy.txt", ORIGINAL)));
    assertThat(v.checks().get(0).changes()).singleElement().satisfies(c -> {
      assertThat(c.what()).isEqualTo("sentence with claims cut");
      assertThat(c.kind().label()).isEqualTo("date");
      assertThat(c.original()).isEqualTo("The council will vote next week.");
      assertThat(c.claims()).singleElement().isInstanceOfSatisfying(DateClaim.class,
          d -> assertThat(d.relative()).isTrue());
    });
  }

  @Test
  void strictReportsInsertedAndCutSentencesWithoutClaims() {
    String reprint = Articles.replaceOnce(ORIGINAL, "The council will meet\nagain to choose a builder.",
        "Residents can take the ferry instead.");
    assertThat(changes(reprint)).isEmpty();
    assertThat(verify(reprint, true).checks().get(0).changes())
        .extracting(Change::what).containsExactlyInAnyOrder("sentence added", "sentence cut");
  }

  @Test
  void reportRestsEachChangeOnClaimsAndValidatesAgainstTheSchema() throws Exception {
    Verification v = verify(Articles.replaceOnce(ORIGINAL, "At least 12", "At least 21"), false);
    assertThat(v.failed()).isTrue();
    assertThat(v.report().findings()).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.DISCREPANCY);
      assertThat(f.kind().label()).isEqualTo("number");
      assertThat(f.claims().get(0)).startsWith("copy:n");
      assertThat(f.claims()).anySatisfy(id -> assertThat(id).startsWith("town:n"));
    });
    assertThat(v.report().claims()).extracting(c -> c.id())
        .containsAll(v.report().findings().get(0).claims());
    StringWriter json = new StringWriter();
    new JsonReportWriter(true).write(v.report(), json);
    JsonNode node = new ObjectMapper().readTree(json.toString());
    try (InputStream schema = JsonReportWriter.class.getResourceAsStream("report.schema.json")) {
      assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
          .validate(node)).isEmpty();
    }
  }

  @Test
  void originalWithTheReprintsIdIsRenamed() {
    Article a = Articles.of("a1", "orig.bundle", ORIGINAL);
    Article b = Articles.of("a1", "copy.bundle", ORIGINAL.replace("12", "13"));
    Verification v = new ReprintVerifier(false).verify(null, List.of(a), List.of(b));
    assertThat(v.checks().get(0).original().article().id()).isEqualTo("a1-reference");
    assertThat(v.report().findings().get(0).claims()).anySatisfy(id -> assertThat(id)
        .startsWith("a1-reference:"));
  }

  @Test
  void eachReprintIsCheckedAgainstTheReferenceItCopies() {
    String other = "A storm closed the harbour on Tuesday. Two boats sank, the coastguard said.";
    Verification v = new ReprintVerifier(false).verify(null,
        List.of(Articles.of("storm", "s.txt", other), Articles.of("town", "t.txt", ORIGINAL)),
        List.of(Articles.of("copy", "c.txt", ORIGINAL), Articles.of("copy2", "c2.txt", other)));
    assertThat(v.checks()).extracting(c -> c.original().article().id())
        .containsExactly("town", "storm");
    assertThat(v.failed()).isFalse();
  }

  private static Article withRole(String id, String role, String body) {
    return new Article(id, false, role == null ? java.util.Map.of() : java.util.Map.of("role", role),
        java.util.Map.of(), body, "b.bundle", new dev.factx.bundle.LineSourceMap(body, 1, null));
  }

  @Test
  void inOneBundleTheReferenceIsCheckedAgainstTheReprintsAndPeersAreLeftAlone() {
    Verification v = new ReprintVerifier(false).verifyByRole(null, List.of(
        withRole("peer", null, "Something else entirely happened on Tuesday."),
        withRole("copy", "reprint", ORIGINAL.replace("12", "13")),
        withRole("town", "reference", ORIGINAL)), "b.bundle");
    assertThat(v.checks()).singleElement().satisfies(c -> {
      assertThat(c.original().article().id()).isEqualTo("town");
      assertThat(c.reprint().article().id()).isEqualTo("copy");
      assertThat(c.changes()).extracting(Change::what).containsExactly("figure changed");
    });
  }

  @Test
  void aBundleWithoutReferenceOrReprintIsAnInputError() {
    ReprintVerifier verifier = new ReprintVerifier(false);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> verifier.verifyByRole(null,
            List.of(withRole("copy", "reprint", ORIGINAL)), "b.bundle"))
        .hasMessage("b.bundle: error: no article has 'role: reference'; mark the original with it"
            + " or use --reference");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> verifier.verifyByRole(null,
            List.of(withRole("town", "reference", ORIGINAL)), "b.bundle"))
        .hasMessage("b.bundle: error: no article has 'role: reprint'; mark the copies with it"
            + " or use --reference");
  }
}
