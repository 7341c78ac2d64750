package dev.factx.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.analysis.Analyzer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteExtractorTest {
  static List<Quote> extract(String body) {
    return Docs.extract(new QuoteExtractor(), Analyzer.analyze(SeedArticles.article("a", body)));
  }

  /** The texts between [[ and ]] in a marked-up line. */
  static List<String> marked(String line) {
    List<String> out = new ArrayList<>();
    int i = line.indexOf("[[");
    while (i >= 0) {
      int j = line.indexOf("]]", i);
      out.add(line.substring(i + 2, j));
      i = line.indexOf("[[", j);
    }
    return out;
  }

  static String unmark(String line) {
    return line.replace("[[", "").replace("]]", "").replace("\\n", "\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          # straight and curly double quotes
          The mayor said "[[the bridge opens in May]]" on Friday.
          The mayor said \u201c[[the bridge opens in May]]\u201d on Friday.
          \u201e[[Wir schaffen das]]\u201c, sagte sie.
          # single quotes where an outlet uses them; apostrophes are not marks
          Residents call the plan '[[a dead end]]' for the town.
          Critics call it '[[a dead end]]' and the council's vote '[[rushed]]'.
          # split by attribution: one claim per part, exact spans
          "[[We will rebuild,]]" the mayor said, "[[and we will do it this year.]]"
          # nested quotes stay inside the outer quote
          She said "[[they called it 'a farce' at the hearing]]" yesterday.
          # a fragment
          Officials described the site as "[[unsafe]]" after the storm.
          # the Quote from NAME form
          Quote from Anna Berg: "[[The results speak for themselves.]]"
          """)
  void positive(String line) {
    String body = unmark(line);
    assertThat(extract(body)).filteredOn(q -> !q.indirect()).extracting(Quote::text)
        .containsExactlyElementsOf(marked(line));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          It's the council's decision, and the farmers' union isn't happy.
          The '90s were different, the residents' group says.
          The 6'2" player scored twice.
          # a word in quote marks that nobody is said to say is a term, not a quote
          The dam is "safe" for now.
          """)
  void negative(String line) {
    assertThat(extract(line)).filteredOn(q -> !q.indirect()).isEmpty();
  }

  @Test
  void anUnbalancedClosingMarkDoesNotSwallowTheArticle() {
    String body =
        "Anna Berg said, \u201cWe cut the budget,\u201d in answer to a question. We also hired"
            + " staff and we will keep hiring.\u201d\nThe council met on Monday.\n"
            + "Berg said, \u201cThe vote was fair.\u201d";
    assertThat(extract(body))
        .extracting(Quote::text)
        .containsExactly("We cut the budget,", "The vote was fair.");
  }

  @Test
  void anOpeningMarkNeverClosedIsDropped() {
    String body = "Anna Berg said \"we will see about that.\nThe council met on Monday.";
    assertThat(extract(body)).extracting(Quote::text).isEmpty();
  }

  @Test
  void aQuoteOverSeveralParagraphsIsOneClaimPerParagraphWithOneSpeaker() {
    String body =
        "Mayor Anna Berg said: \"The storm took the bridge.\n\n"
            + "\"We will rebuild it before winter.\"\n\nThe council met on Monday.";
    assertThat(extract(body))
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("The storm took the bridge.", "Anna Berg"),
            org.assertj.core.groups.Tuple.tuple("We will rebuild it before winter.", "Anna Berg"));
  }

  @Test
  void spansPointAtTheRawCharacters() {
    //  raw:  He said \u201cwe  win\u2026\u201d today   (two spaces, an ellipsis character)
    String body = "Tom Ash said \u201cwe  win\u2026\u201d today";
    Quote q = extract(body).get(0);
    assertThat(q.text()).isEqualTo("we  win\u2026");
    assertThat(q.span().of(body)).isEqualTo(q.text());
    assertThat(q.id()).isEqualTo("a:q1");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          # NAME said / said NAME / told reporters / according to
          "The dam is safe," Anna Berg said.                                     | Anna Berg
          "The dam is safe," said Anna Berg.                                     | Anna Berg
          Anna Berg said, "The dam is safe."                                     | Anna Berg
          "The dam is safe," Anna Berg told reporters on Tuesday.                | Anna Berg
          The dam is "perfectly safe", according to Anna Berg.                   | Anna Berg
          # other verbs
          "The dam is safe," Anna Berg added.                                    | Anna Berg
          Anna Berg warned, "The dam is not safe."                               | Anna Berg
          Anna Berg stressed that "the dam is safe."                             | Anna Berg
          # title chains
          City Water Board spokesperson Anna Berg said, "The dam is safe."       | Anna Berg
          "The dam is safe," Water Minister Major General Tom Ash said.          | Tom Ash
          # a surname resolves to the full name used earlier
          Anna Berg runs the board.\\n"The dam is safe," Berg said.              | Anna Berg
          # a pronoun resolves to the person named last
          Tom Ash spoke first, then Anna Berg said the board had met.\\n"It is safe," she said. | Anna Berg
          # no attribution, or no person: no speaker
          "The dam is safe," the ministry said.                                  | null
          According to the United States, the dam is "safe".                     | null
          "The dam is safe," a US official says.                                 | null
          """)
  void attribution(String line, String speaker) {
    List<Quote> quotes = extract(line.replace("\\n", "\n"));
    assertThat(quotes).filteredOn(q -> !q.indirect()).singleElement()
        .extracting(Quote::speaker).isEqualTo(speaker);
  }

  @Test
  void aQuoteAloneInAParagraphCarriesOnTheSpeakerBefore() {
    String body = "\"The dam is safe,\" Anna Berg said.\n\n\"We checked it twice.\"\n\nIt rained.";
    assertThat(extract(body)).extracting(Quote::speaker).containsExactly("Anna Berg", "Anna Berg");
  }

  @Test
  void splitQuotesShareTheAttributionBetweenThem() {
    String body = "\"We will rebuild,\" Anna Berg said, \"and we will do it this year.\"";
    assertThat(extract(body)).extracting(Quote::speaker).containsExactly("Anna Berg", "Anna Berg");
  }

  @Test
  void theBundlesPeopleResolveASurnameFromAnotherArticle() {
    List<Quote> quotes = Docs.extract(new QuoteExtractor(),
        Analyzer.analyze(SeedArticles.article("a", "Water board spokesperson Anna Berg said it rained.")),
        Analyzer.analyze(SeedArticles.article("b", "\"The dam is safe,\" Berg said.")));
    assertThat(quotes).extracting(Quote::speaker).containsExactly("Anna Berg");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock = """
          # reported speech with a person as speaker
          Anna Berg noted that [[the dam had been checked twice in May]].               | Anna Berg
          Anna Berg said on Monday that [[the dam had been checked twice]].             | Anna Berg
          Anna Berg, the head of the board, confirmed that [[the dam had been checked]]. | Anna Berg
          Anna Berg said it rained.\\nShe also stressed that [[repairs would start soon]]. | Anna Berg
          # not a person, or no clause: no reported speech
          The ministry said that the dam had been checked twice.                        | null
          The United States said that the dam had been checked twice.                   | null
          Anna Berg said that it rained.                                                | null
          """)
  void reportedSpeech(String line, String speaker) {
    List<Quote> quotes = extract(unmark(line));
    List<String> expected = marked(line);
    assertThat(quotes).filteredOn(Quote::indirect).extracting(Quote::text)
        .containsExactlyElementsOf(expected);
    assertThat(quotes).filteredOn(Quote::indirect).allSatisfy(q ->
        assertThat(q.speaker()).isEqualTo(speaker));
  }
}
