package dev.factx.match;

import dev.factx.report.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.analysis.Analyzer;
import dev.factx.analysis.WordDiff;
import dev.factx.analysis.Document;
import dev.factx.extract.Quote;
import dev.factx.extract.QuotePassage;
import dev.factx.extract.SeedArticles;
import dev.factx.text.Text;
import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteMatcherTest {
  /** The persons the quotes of these tests name, as the bundle's index would number them. */
  private static final List<String> PERSONS = List.of("Ann Lee", "Tom Ash");

  static Quote quote(String id, String speaker, String text) {
    boolean indirect = text.startsWith("~");
    String t = indirect ? text.substring(1) : text;
    return new Quote(id, id.substring(0, id.indexOf(':')), new Span(0, t.length()), t, speaker,
        indirect, passage(t), false, speaker == null ? -1 : PERSONS.indexOf(speaker), null);
  }

  /** The passage the extractor would read for a quote of these words. */
  static QuotePassage passage(String words) {
    Document d = Analyzer.analyze(SeedArticles.article("p", words), Text.of(words), List.of());
    return QuotePassage.of(d, new Span(0, d.text().value().length()));
  }

  static List<Finding> match(Quote... quotes) {
    return new QuoteMatcher().match(List.of(quotes));
  }

  @ParameterizedTest(name = "{2}: {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          # reference (article a, Ann Lee) | variant (article b; ~ reported speech; @ another speaker) | relation | verdict | diff
          The bridge will open in June after the last inspection.  | The bridge will open in June after the last inspection.  | exact         | agree       | null
          The bridge will open in June after the last inspection.  | The bridge will open in June after the last inspection,  | exact         | agree       | null
          The bridge will open in June, after the last inspection. | the bridge will open in june after the last inspection.  | normalized    | agree       | null
          The bridge will open in June after the last inspection of the cables. | The bridge will open in June          | truncated     | agree       | ... open in June -[after the last inspection of the cables.]
          The bridge will open in June.                            | Residents waited for years. The bridge will open in June. | extended     | agree       | +[Residents waited for years.] The bridge will ...
          The bridge will open in June after the last inspection of the cables by the city engineers. | The bridge will open in June ... by the city engineers. | elided | agree | ... open in June -[after the last inspection of the cables] +[...] by the city ...
          The bridge will open in June after the last inspection.  | The bridge will open in July after the final inspection. | altered       | discrepancy | ... will open in -[June] +[July] after the -[last] +[final] inspection.
          The bridge will open in June after the last inspection.  | @The bridge will open in June after the last inspection. | misattributed | discrepancy | null
          The bridge will open in June after the last inspection.  | ~the bridge would open in June after the last inspection | paraphrase    | agree       | the bridge -[will] +[would] open in June ...
          """)
  void relations(String reference, String variant, String relation, String verdict, String diff) {
    String speaker = variant.startsWith("@") ? "Tom Ash" : "Ann Lee";
    Quote a = quote("a:q1", "Ann Lee", reference);
    Quote b = quote("b:q1", speaker, variant.replaceFirst("^@", ""));
    List<Finding> findings = match(a, b);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.claims()).containsExactly("a:q1", "b:q1");
      assertThat(f.verdict().label()).isEqualTo(verdict);
      assertThat(f.variants()).filteredOn(v -> v.claim().equals("b:q1")).singleElement()
          .satisfies(v -> {
            assertThat(v.relation().label()).isEqualTo(relation);
            assertThat(v.diff() == null ? null : WordDiff.render(v.diff())).isEqualTo(diff);
          });
    });
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          # different statements on one topic stay apart
          The bridge will open in May after the last inspection.   | The council approved the new budget for the schools.
          The bridge will open in May after the last inspection.   | The old bridge was closed for repairs in March.
          Those soldiers are legitimate targets for the army.      | The soldiers who crossed the river entered a war.
          """)
  void differentStatementsStayUnique(String a, String b) {
    assertThat(match(quote("a:q1", "Ann Lee", a), quote("b:q1", "Ann Lee", b)))
        .hasSize(2)
        .allSatisfy(f -> assertThat(f.verdict()).isEqualTo(Verdict.UNIQUE));
  }

  @Test
  void aQuoteOfTwoSentencesJoinsTheFindingOfEach() {
    Quote a1 = quote("a:q1", "Ann Lee", "The bridge will open in May after the inspection.");
    Quote a2 = quote("a:q2", "Ann Lee", "Residents have waited for this moment for ten years.");
    Quote b = quote("b:q1", "Ann Lee",
        "The bridge will open in May after the inspection. Residents have waited for this moment for ten years.");
    List<Finding> f = match(a1, a2, b);
    assertThat(f).hasSize(2);
    assertThat(f.get(0).claims()).containsExactly("a:q1", "b:q1");
    assertThat(f.get(1).claims()).containsExactly("a:q2", "b:q1");
    assertThat(f).allSatisfy(x -> assertThat(x.verdict()).isEqualTo(Verdict.AGREE));
    assertThat(Messages.of(f.get(0))).isEqualTo("2 articles carry this quote; 1 quotes a longer form");
    assertThat(f.get(0).subject())
        .isEqualTo("Ann Lee: \"The bridge will open in May after the inspection\"");
  }

  @Test
  void fragmentsGroupOnlyWithTheSameFragment() {
    List<Finding> f = match(
        quote("a:q1", "Ann Lee", "The soldiers in the valley are legitimate targets now."),
        quote("b:q1", "Ann Lee", "They entered a war and are legitimate targets for the army."),
        quote("c:q1", null, "legitimate targets"),
        quote("d:q1", "Ann Lee", "Legitimate targets"));
    assertThat(f).extracting(Finding::claims).containsExactlyInAnyOrder(
        List.of("a:q1"), List.of("b:q1"), List.of("c:q1", "d:q1"));
  }

  @Test
  void reportedSpeechMatchingNoQuoteIsLeftOutAndEveryQuoteIsInAFinding() {
    List<Finding> f = match(
        quote("a:q1", "Ann Lee", "~the budget had been cut by a third this year"),
        quote("a:q2", "Ann Lee", "We will not close a single school."),
        quote("b:q1", "Ann Lee", "~the schools would stay open next year"));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.claims()).containsExactly("a:q2");
      assertThat(x.verdict()).isEqualTo(Verdict.UNIQUE);
      assertThat(Messages.of(x)).isEqualTo("only a carries this quote");
    });
  }

  @Test
  void reportedSpeechOfAnotherSpeakerIsNoParaphrase() {
    List<Finding> f = match(
        quote("a:q1", "Ann Lee", "The bridge will open in May after the last inspection."),
        quote("b:q1", "Tom Ash", "~the bridge would open in May after the last inspection"));
    assertThat(f).singleElement().extracting(Finding::claims).isEqualTo(List.of("a:q1"));
  }

  @Test
  void aSurnameMatchesTheFullNameOfAnotherArticle() {
    // the bundle's people name the speaker of b by the full name a gives: one speaker, agreed
    List<Quote> quotes = dev.factx.extract.Docs.extract(new dev.factx.extract.QuoteExtractor(),
        dev.factx.extract.Docs.doc("a", null, "City spokesperson Ann Lee said: \"The bridge will"
            + " open in May after the last inspection.\""),
        dev.factx.extract.Docs.doc("b", null, "\"The bridge will open in May after the last"
            + " inspection,\" Lee said."));
    assertThat(quotes).extracting(Quote::speaker).containsExactly("Ann Lee", "Ann Lee");
    List<Finding> f = new QuoteMatcher().match(quotes);
    assertThat(f).singleElement().satisfies(x -> assertThat(x.verdict()).isEqualTo(Verdict.AGREE));
  }

  @Test
  void theIndexFindsWhatComparingEveryPairFinds() {
    List<Quote> quotes = corpus(new Random(7), 60);
    QuoteMatcher indexed = new QuoteMatcher();
    List<Finding> fast = indexed.match(quotes);
    List<Finding> slow = Oracles.quotesComparingAllPairs().match(quotes);
    assertThat(fast).isEqualTo(slow);
    assertThat(fast).anySatisfy(f -> assertThat(f.claims()).hasSizeGreaterThan(2));
  }

  /** Statements from a small vocabulary, each reported by several articles, cut or changed. */
  static List<Quote> corpus(Random r, int statements) {
    String[] words = ("harbor bridge council budget school river storm tunnel station mayor "
        + "engineer contract repair winter summer flood tower market ferry railway hospital "
        + "teacher farmer road museum village").split(" ");
    List<Quote> out = new ArrayList<>();
    int[] counts = new int[12];
    for (int s = 0; s < statements; s++) {
      List<String> w = new ArrayList<>();
      for (int k = 0; k < 9; k++) {
        w.add(words[r.nextInt(words.length)]);
      }
      int copies = 1 + r.nextInt(4);
      for (int c = 0; c < copies; c++) {
        int art = r.nextInt(counts.length);
        List<String> v = new ArrayList<>(w);
        switch (r.nextInt(4)) {
          case 0 -> v = v.subList(r.nextInt(3), v.size());
          case 1 -> v.set(r.nextInt(v.size()), words[r.nextInt(words.length)]);
          case 2 -> v.add(0, "indeed");
          default -> { }
        }
        String id = "a" + art + ":q" + (++counts[art]);
        out.add(quote(id, "Ann Lee", String.join(" the ", v) + "."));
      }
    }
    return out;
  }
}
