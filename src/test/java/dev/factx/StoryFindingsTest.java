package dev.factx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.analysis.Document;
import dev.factx.bundle.Article;
import dev.factx.bundle.Bundle;
import dev.factx.bundle.BundleInputs;
import dev.factx.bundle.InputFormat;
import dev.factx.extract.Claim;
import dev.factx.match.Finding;
import dev.factx.match.Verdict;
import dev.factx.text.Span;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two articles of our own writing tell one story in different words (testdata/story); factx must
 * report exactly the agreements and discrepancies a fact-checker lists for them, no more.
 *
 * <p>The story: a fire at a battery-recycling plant before dawn on Tuesday 11 March 2025, both
 * articles dated the next day. The traps a careful reader keeps apart: an earlier fire at the same
 * site in 2019 that "injured two workers" (not the 17 hurt now), "11 engines" beside "85
 * firefighters", the chief executive expected "on Wednesday" (not the day of the fire), the
 * chief's years in office "since 2016", and a spokesman whom only one article names.
 */
class StoryFindingsTest {
  static final Path BUNDLE = Path.of("testdata", "story", "calder-falls-fire.bundle");

  /**
   * One finding a fact-checker lists.
   *
   * @param kind quote, number, date or role
   * @param verdict agree or discrepancy
   * @param who for quotes the speaker, for roles the person the finding names; else null
   * @param courier a passage of the courier article that holds the finding's claims there
   * @param wire a passage of the wire article that holds the finding's claims there
   */
  record Expected(String kind, Verdict verdict, String who, String courier, String wire) {
    @Override
    public String toString() {
      return kind + " " + verdict.name().toLowerCase(java.util.Locale.ROOT)
          + (who == null ? "" : " (" + who + ")") + ": \"" + courier + "\" / \"" + wire + "\"";
    }
  }

  private static final Verdict AGREE = Verdict.AGREE;
  private static final Verdict DISCREPANCY = Verdict.DISCREPANCY;

  static Stream<Expected> expected() {
    return Stream.of(
        // quotes: the same words, a word change, a shorter form, another speaker
        new Expected("quote", AGREE, "Marta Oyelaran",
            "This was the hardest night this department has had in a generation",
            "This was the hardest night this department has had in a generation"),
        new Expected("quote", DISCREPANCY, "Dev Anand",
            "We will find out what went wrong, and we will make sure it never happens again",
            "find out what went wrong and make sure it never happens again"),
        new Expected("quote", AGREE, "Luis Ferraro",
            "The smoke came through the loading bay so fast that we couldn't see our own hands",
            "so fast that we couldn't see our own hands"),
        new Expected("quote", DISCREPANCY, "Paul Brandt",
            "We are cooperating fully with the investigation",
            "We are cooperating fully with the investigation"),
        // figures: other words for one count, rounding words, precision; one count, two values
        new Expected("number", AGREE, null, "killed four workers", "Four employees died"),
        new Expected("number", AGREE, null, "injured at least 17 others", "17 people were hurt"),
        new Expected("number", AGREE, null, "More than 80 firefighters", "85 firefighters"),
        new Expected("number", AGREE, null, "for nearly 14 hours", "for 13 hours"),
        new Expected("number", DISCREPANCY, null, "About 2,300 residents", "Some 3,000 residents"),
        new Expected("number", AGREE, null, "Oyelaran, 52,", "The 52-year-old chief"),
        new Expected("number", AGREE, null, "The plant's 140 employees", "employs about 140 people"),
        new Expected("number", AGREE, null, "$12.37 million expansion", "$12.4 million expansion"),
        // dates: a weekday against a date, a month against a year, a year against "last year"
        new Expected("date", AGREE, null, "before dawn on Tuesday", "on March 11"),
        new Expected("date", DISCREPANCY, null, "in June 2023", "in 2022"),
        new Expected("date", AGREE, null, "hearing on Friday", "set for March 14"),
        new Expected("date", AGREE, null, "in 2024", "completed last year"),
        // roles: before and after the name, occupations, titles that both hold, offices that do not
        new Expected("role", AGREE, "Marta Oyelaran", "Fire Chief Marta Oyelaran",
            "Marta Oyelaran, the city's fire chief"),
        new Expected("role", AGREE, "Dev Anand", "Mayor Dev Anand",
            "Dev Anand, the mayor of Calder Falls"),
        new Expected("role", DISCREPANCY, "Greta Lindqvist",
            "The company's chief executive, Greta Lindqvist",
            "Greta Lindqvist, the company's chief financial officer"),
        new Expected("role", AGREE, "Ines Moreau", "Councilwoman Ines Moreau",
            "Ines Moreau, the chair of the council's public safety committee"),
        new Expected("role", AGREE, "Hana Ishii",
            "Hana Ishii, a spokeswoman for the state Department of Environmental Quality",
            "State environmental spokeswoman Hana Ishii"),
        new Expected("role", AGREE, "Luis Ferraro", "Luis Ferraro, a forklift driver",
            "A forklift driver, Luis Ferraro"));
  }

  private static Report report;
  private static Map<String, String> bodies;
  private static Map<String, Claim> claims;

  @BeforeAll
  static void run() throws Exception {
    Bundle bundle = BundleInputs.readAll(List.of(BUNDLE.toString()), InputFormat.AUTO,
        new ByteArrayInputStream(new byte[0]), note -> {});
    report = CrossReferencer.run(bundle.story(), bundle.articles());
    bodies = new LinkedHashMap<>();
    for (Document d : report.documents()) {
      Article a = d.article();
      bodies.put(a.id(), a.body());
    }
    claims = new HashMap<>();
    report.claims().forEach(c -> claims.put(c.id(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expected")
  void theFixtureQuotesEachPassageOnce(Expected e) {
    for (Map.Entry<String, String> p : passages(e).entrySet()) {
      String body = bodies.get(p.getKey());
      assertThat(body.indexOf(p.getValue())).as(p.getKey() + " holds: " + p.getValue()).isNotNegative();
      assertThat(body.indexOf(p.getValue(), body.indexOf(p.getValue()) + 1))
          .as(p.getKey() + " holds once: " + p.getValue()).isNegative();
    }
  }

  static Stream<Expected> quotesAndFigures() {
    return expected().filter(e -> e.kind().equals("quote") || e.kind().equals("number"));
  }

  static Stream<Expected> datesAndRoles() {
    return expected().filter(e -> e.kind().equals("date") || e.kind().equals("role"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quotesAndFigures")
  void reportsTheQuotesAndFiguresAFactCheckerLists(Expected e) {
    reportsWhatAFactCheckerLists(e);
  }

  /** Dates and roles, compared by the event they date and the office they name. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("datesAndRoles")
  void reportsTheDatesAndRolesAFactCheckerLists(Expected e) {
    reportsWhatAFactCheckerLists(e);
  }

  private static void reportsWhatAFactCheckerLists(Expected e) {
    List<Finding> matching = report.findings().stream().filter(f -> matches(f, e)).toList();
    assertThat(matching).as("findings for " + e + "; the report has:\n" + listing())
        .hasSize(1);
    if (e.who() != null) {
      assertThat(matching.get(0).subject()).startsWith(e.who());
    }
  }

  @Test
  void reportsNoOtherAgreementOrDiscrepancy() {
    List<Expected> all = expected().toList();
    List<String> extra = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.verdict() != Verdict.UNIQUE && all.stream().noneMatch(e -> matches(f, e))) {
        extra.add(describe(f));
      }
    }
    assertThat(extra).as("findings no fact-checker would list").isEmpty();
  }

  /** A finding of the expected kind and verdict whose claims lie in the two passages, both. */
  private static boolean matches(Finding f, Expected e) {
    if (!f.kind().label().equals(e.kind()) || f.verdict() != e.verdict()) {
      return false;
    }
    Map<String, String> passages = passages(e);
    Map<String, Boolean> seen = new HashMap<>();
    for (String id : f.claims()) {
      Claim c = claims.get(id);
      String passage = passages.get(c.articleId());
      if (passage == null || !within(c, passage)) {
        return false;
      }
      seen.put(c.articleId(), true);
    }
    return seen.size() == passages.size();
  }

  private static boolean within(Claim c, String passage) {
    String body = bodies.get(c.articleId());
    int at = body.indexOf(passage);
    return at >= 0 && c.span().overlaps(new Span(at, at + passage.length()));
  }

  private static Map<String, String> passages(Expected e) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("courier", e.courier());
    m.put("wire", e.wire());
    return m;
  }

  private static String listing() {
    StringBuilder sb = new StringBuilder();
    for (Finding f : report.findings()) {
      if (f.verdict() != Verdict.UNIQUE) {
        sb.append("  ").append(describe(f)).append('\n');
      }
    }
    return sb.toString();
  }

  private static String describe(Finding f) {
    List<String> texts = new ArrayList<>();
    for (String id : f.claims()) {
      Claim c = claims.get(id);
      texts.add(id + " \"" + c.span().of(bodies.get(c.articleId())) + "\"");
    }
    return f.kind() + " " + f.verdict() + " " + f.subject() + ": " + texts;
  }
}
