package dev.factx.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.analysis.WordDiff.Change;
import dev.factx.analysis.WordDiff.Segment;
import dev.factx.text.Span;
import dev.factx.text.Text;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordDiffTest {
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      textBlock = """
          # quotes: a few shared words around each change, ... for the rest, case and punctuation aside
          the bridge will open in May after the inspection  | So, in our view, the bridge will open in May after the inspection | +[So, in our view,] the bridge will ...
          the bridge will open in May after the inspection  | bridge will open in May after the inspection           | -[the] bridge will open ...
          the bridge will open in May after the inspection  | the bridge will open in June after the inspection      | ... will open in -[May] +[June] after the inspection
          the bridge will open in May after the inspection  | the bridge will open in may, after the inspection.     | ''
          the bridge will open in May after the inspection  | the bridge will open ... the inspection                | ... bridge will open -[in May after] +[...] the inspection
          a b c d e f g h i j k                              | z                                                      | -[a b c d ... i j k] +[z]
          """)
  void diffsQuotes(String reference, String variant, String diff) {
    assertThat(WordDiff.render(WordDiff.quote(reference, variant))).isEqualTo(diff);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # original                      | reprint                         | diff
      # changed, added, removed words, shown as the original writes them
      we will win the war             | we will lose the war            | we will -[win] +[lose] the war
      we will win                     | so we will win                  | +[so] we will win
      we will surely win              | we will win                     | we will -[surely] win
      at least 30 killed              | at least 40 killed              | at least -[30] +[40] killed
      # case, quote marks and punctuation are not words
      We will win.                    | we will win                     | We will win
      "Russia's war"                  | Russia's war!                   | Russia's war
      """)
  void diffsTheWordsOfTwoSentences(String original, String reprint, String diff) {
    List<Word> a = words(original);
    List<Word> b = words(reprint);
    WordDiff d = WordDiff.of(keys(a), keys(b));
    assertThat(WordDiff.render(d.segments(texts(a), texts(b)))).isEqualTo(diff);
  }

  @Test
  void mapsEachWordToItsEqualOnTheOtherSide() {
    WordDiff d = WordDiff.of(List.of("a", "b", "c"), List.of("a", "x", "c", "d"));
    assertThat(d.hunks()).containsExactly(new WordDiff.Hunk(1, 2, 1, 2),
        new WordDiff.Hunk(3, 3, 3, 4));
    assertThat(d.originalOf(2)).isEqualTo(2);
    assertThat(d.originalOf(1)).isEqualTo(-1);
    assertThat(d.reprintOf(0)).isZero();
  }

  @Test
  void rendersSegmentsInTheReportNotationWithoutParsingThemBack() {
    // a word that holds a bracket stays a word: segments are data, never parsed from text
    List<Segment> s = List.of(new Segment(Change.SAME, "well [sic]"),
        new Segment(Change.REMOVED, "a]"), new Segment(Change.ADDED, "b"));
    assertThat(WordDiff.render(s)).isEqualTo("well [sic] -[a]] +[b]");
    assertThat(WordDiff.render(List.of())).isEmpty();
  }

  /** The words of a text analyzed as it stands (no cleaning). */
  private static List<Word> words(String text) {
    Document d = Analyzer.analyze(dev.factx.extract.SeedArticles.article("a", text),
        Text.of(text), List.of());
    return d.words(new Span(0, d.text().value().length()));
  }

  private static List<String> keys(List<Word> words) {
    List<String> out = new ArrayList<>();
    words.forEach(w -> out.add(w.key()));
    return out;
  }

  private static List<String> texts(List<Word> words) {
    List<String> out = new ArrayList<>();
    words.forEach(w -> out.add(w.text()));
    return out;
  }
}
