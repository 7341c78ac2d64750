package dev.factx.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.factx.extract.QuoteCases;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quotes across articles, judged as a fact-checker would: the same words from one person spelled
 * two ways agree; only surely different people make a misattribution; an unattributed quote is
 * never misattributed; one statement cut, split or stitched differently is one statement; quoted
 * terms make no quote finding.
 *
 * <p>Each row is a bundle of two articles of our own writing (ids a and b; {@code ¶} is a paragraph
 * break), run through {@code factx compare --format json}; the assertions read the report as the
 * JSON contract defines it, so they hold however matching is arranged inside. CSV quoting is off.
 */
class QuoteSpeakerMatchingTest {
  private static String body(String row) {
    return QuoteCases.parse(row).body();
  }

  @ParameterizedTest(name = "{2}: {0} / {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      # one person: a short form, initials and a suffix, a transliteration
      "The bridge will open in May after the inspection," Timothy Berg said.    | "The bridge will open in May after the inspection," Tim Berg said.                | agree
      "The bridge will open in May after the inspection," Ana M. Ruiz Jr. said. | "The bridge will open in May after the inspection," Judge Ana Ruiz said.          | agree
      "The bridge will open in May after the inspection," Petro Dmytrenko said. | "The bridge will open in May after the inspection," Petro Dmitrenko said.         | agree
      # one person: a surname or an honorific against the full name
      "The bridge will open in May after the inspection," Anna Berg said.       | "The bridge will open in May after the inspection," Ms. Berg said.                | agree
      "The bridge will open in May after the inspection," Anna Berg said.       | Anna Berg runs the union. ¶ "The bridge will open in May after the inspection," Berg said. | agree
      "The bridge will open in May after the inspection," Congressman Tom Ash said. | Tom Ash chairs the panel. ¶ "The bridge will open in May after the inspection," Ash said. | agree
      # one person: a possessive before the name is no part of it
      Anna Berg's Green allies were silent. ¶ "The bridge will open in May after the inspection," Anna Berg said. | "The bridge will open in May after the inspection," Anna Berg said. | agree
      # one person: a role noun or a pronoun against the name
      Mayor Anna Berg spoke on Monday. "The bridge will open in May after the inspection," the mayor said. | "The bridge will open in May after the inspection," Anna Berg said. | agree
      Anna Berg spoke on Monday. ¶ "The bridge will open in May after the inspection," she said. | "The bridge will open in May after the inspection," Anna Berg said.   | agree
      # unattributed on one side is never a misattribution
      "The bridge will open in May after the inspection," Anna Berg said.       | The notice was short: "The bridge will open in May after the inspection."         | agree
      "The bridge will open in May after the inspection," Anna Berg said.       | "The bridge will open in May after the inspection," a city official said.         | agree
      # an organisation and a person who speaks for it
      "The bridge will open in May after the inspection," the White House said. | "The bridge will open in May after the inspection," said Anna Berg, a White House spokeswoman. | agree
      # surely different people: two full names, one surname with two given names
      "The bridge will open in May after the inspection," Anna Berg said.       | "The bridge will open in May after the inspection," Tom Ash said.                 | misattributed
      "The bridge will open in May after the inspection," Anna Berg said.       | "The bridge will open in May after the inspection," Mia Berg said.                | misattributed
      # surely different people: an honorific resolved in its own article to another person
      Karl Berg spoke first. ¶ "The bridge will open in May after the inspection," Mr. Berg said. | "The bridge will open in May after the inspection," Anna Berg said. | misattributed
      """)
  void sameWordsFromOneOrTwoSpeakers(String a, String b, String relation) {
    JsonNode report = QuoteCases.compare(body(a), body(b));
    boolean misattributed = relation.equals("misattributed");
    assertThat(QuoteCases.acrossBoth(report)).as("quote findings across both articles").singleElement()
        .satisfies(f -> {
          assertThat(f.path("verdict").asText())
              .isEqualTo(misattributed ? "discrepancy" : "agree");
          assertThat(QuoteCases.relations(f).contains("misattributed"))
              .as("a variant is misattributed").isEqualTo(misattributed);
        });
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      # a short quoted sentence and its longer form
      "What this town has is patience," Tom Ash said.                          | "What this town has is patience, and it is running out," Tom Ash said.
      "We are weighing every choice," Tom Ash said.                            | "We are weighing every choice. None of them is easy," Tom Ash said.
      # a fragment of a longer quote
      Tom Ash accused the council of "quietly and recklessly spending reserves." | Tom Ash said the council was "recklessly spending reserves".
      # a quote split by its attribution, and the whole quote
      "This town," Tom Ash declared, "deserves a new bridge by May."            | "This town deserves a new bridge by May," Tom Ash said.
      # two sentences quoted apart, and together
      "The storm took the bridge," Tom Ash said. "We will rebuild it before winter." | "The storm took the bridge. We will rebuild it before winter," Tom Ash said.
      """)
  void oneStatementQuotedTwoWaysAgrees(String a, String b) {
    JsonNode report = QuoteCases.compare(body(a), body(b));
    assertThat(QuoteCases.acrossBoth(report)).as("quote findings across both articles").isNotEmpty()
        .allSatisfy(f -> assertThat(f.path("verdict").asText()).isEqualTo("agree"));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      # two people, two statements that share words
      "If the report holds up, Tom Ash should stand down and let others lead," Anna Berg said. "If the report holds up, he has to go," Dan Ito said. | "If the report holds up, Tom Ash should stand down and let others lead," Anna Berg said.
      # fragments stitched by the writer, and the quote they come from
      Tom Ash said "empty shops" are "spreading like weeds across the county."  | Tom Ash warned of "empty shops spreading like weeds".
      # two statements of one speaker that share an office's name
      "I run the water board. I also drink the water," Anna Berg said.         | "The girl who fished in this river now runs the water board," Anna Berg said. "I run the water board, and I also drink the water."
      # one speech, two sentences that share a phrase
      "Our long wait ends right here and ends right now," Tom Ash said.        | "Our long wait ends right here and ends right now," Tom Ash said. ¶ "Everything starts again right here and right now," he said.
      """)
  void noFalseDiscrepancy(String a, String b) {
    JsonNode report = QuoteCases.compare(body(a), body(b));
    assertThat(QuoteCases.quoteFindings(report))
        .allSatisfy(f -> assertThat(f.path("verdict").asText())
            .as("verdict of %s", f.path("subject").asText()).isNotEqualTo("discrepancy"));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      Residents left the so-called "red zone" on Friday.                        | Police closed the "red zone" on Friday.
      The operation, code-named "Clear Water", began at dawn.                   | The army called off "Clear Water" on Monday.
      """)
  void quotedTermsMakeNoQuoteFindings(String a, String b) {
    assertThat(QuoteCases.quoteFindings(QuoteCases.compare(body(a), body(b)))).isEmpty();
  }
}
