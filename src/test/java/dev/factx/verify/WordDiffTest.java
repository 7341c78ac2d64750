package dev.factx.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.analysis.Document;
import dev.factx.analysis.Analyzer;
import dev.factx.text.Text;
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
    Document a = analyzed(original);
    Document b = analyzed(reprint);
    assertThat(WordDiff.render(a.text().value(), words(a), b.text().value(), words(b)))
        .isEqualTo(diff);
  }

  /** A text analyzed as it stands (no cleaning: short lines would read as page furniture). */
  private static Document analyzed(String text) {
    return Analyzer.analyze(dev.factx.extract.SeedArticles.article("a", text), Text.of(text),
        java.util.List.of());
  }

  private static java.util.List<dev.factx.analysis.Word> words(Document d) {
    return d.words(new Span(0, d.text().value().length()));
  }
}
