package dev.factx.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factx.extract.QuoteCases;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The matching rules added beside the tables ({@link QuoteSpeakerMatchingTest}), each
 * with rows of our own writing: bundles of two articles (a, b; {@code ¶} a paragraph break) run
 * through {@code factx compare --format json}, read as the JSON contract defines it.
 */
class QuoteMatchingRulesTest {
  private static String body(String row) {
    return QuoteCases.parse(row).body();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      # a contraction spelled out is the same wording
      "They're going to rebuild the old bridge," Anna Berg said.                 | "They are going to rebuild the old bridge," Anna Berg said.
      "We won't close the old bridge this year," Anna Berg said.                 | "We will not close the old bridge this year," Anna Berg said.
      # a short form of a given name, a compound title: one person
      "The bridge will open in May after the inspection," Mike Berg said.        | "The bridge will open in May after the inspection," Michael Berg said.
      "We stand by every word of the story," said Editor-in-Chief Lena Park.     | "We stand by every word of the story," Lena Park said.
      # an organisation and the person it is named after are not two speakers of one quote
      "We will win this county by a wide margin," the Ash campaign said.         | "We will win this county by a wide margin," Tom Ash said.
      # a short sentence and the sentence that holds it
      "There is no room for fear," Tom Ash said.                                 | "When we stand together, there is no room for fear," Tom Ash said.
      # two sentences, and the same two joined by "and"
      "I run the board. I also pay the bills," Anna Berg said.                   | "I run the board, and I also pay the bills," Anna Berg said.
      """)
  void agree(String a, String b) {
    JsonNode report = QuoteCases.compare(body(a), body(b));
    assertThat(QuoteCases.acrossBoth(report)).as("quote findings across both articles").isNotEmpty()
        .allSatisfy(f -> assertThat(f.path("verdict").asText()).isEqualTo("agree"));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      # a long phrase two statements share does not make them one
      "I am the mayor of this river town. And I am also a mother," Anna Berg said. | "The girl who swam in this river is now the mayor of this river town," Anna Berg said.
      # a quoted name in title case joins no statement that holds it
      The council paid for a trip billed as a gift to "Bridges for Life."       | "The costs were billed as a gift to Bridges for Life," the prosecutors said.
      # a fragment that another person echoes joins no statement of the first
      Dan Ito wondered whether the call for "calm and patience at the hearing" would work. | "We need calm and patience," Anna Berg said.
      """)
  void keepApart(String a, String b) {
    JsonNode report = QuoteCases.compare(body(a), body(b));
    assertThat(QuoteCases.acrossBoth(report)).as("quote findings across both articles").isEmpty();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      # a fragment some other person echoes is no misattribution
      Dan Ito said he doubted the "calm and patience" would last.               | "We ask for calm and patience," Anna Berg said.
      # the same words from an organisation and from a person
      "The talks will go on until there is a deal," the White House said.       | "The talks will go on until there is a deal," Tom Ash said.
      """)
  void noMisattribution(String a, String b) {
    JsonNode report = QuoteCases.compare(body(a), body(b));
    assertThat(QuoteCases.quoteFindings(report)).allSatisfy(f ->
        assertThat(QuoteCases.relations(f)).doesNotContain("misattributed"));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      # one statement split by its attribution: every part in the one finding
      "This river town," Tom Ash declared, "will have its bridge by May."      | "This river town will have its bridge by May," Tom Ash said.
      """)
  void aSplitQuoteIsOneStatement(String a, String b) {
    JsonNode report = QuoteCases.compare(body(a), body(b));
    assertThat(QuoteCases.acrossBoth(report)).singleElement().satisfies(f -> {
      assertThat(f.path("verdict").asText()).isEqualTo("agree");
      assertThat(f.path("claims")).extracting(JsonNode::asText)
          .containsExactly("a:q1", "a:q2", "b:q1");
    });
  }
}
