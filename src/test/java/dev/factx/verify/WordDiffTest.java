package dev.factx.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.text.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordDiffTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # original                      | reprint                         | diff
      # changed, added, removed words
      we will win the war             | we will lose the war            | we will -[win] +[lose] the war
      we will win                     | so we will win                  | +[so] we will win
      we will surely win              | we will win                     | we will -[surely] win
      at least 30 killed              | at least 40 killed              | at least -[30] +[40] killed
      # case, quote marks and punctuation are not words
      We will win.                    | we will win                     | We will win
      "Russia's war"                  | Russia's war!                   | Russia's war
      """)
  void rendersWordDiff(String original, String reprint, String diff) {
    assertThat(WordDiff.render(original, Token.words(original, new Span(0, original.length())),
        reprint, Token.words(reprint, new Span(0, reprint.length())))).isEqualTo(diff);
  }
}
