package dev.factx.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.analysis.Lexicon;
import dev.factx.analysis.Token;
import dev.factx.analysis.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A number in words opens only with one of {@link Amount#WORD_OPENERS}: every word of every table
 * {@link Amount#words} reads first opens an amount in some context, so a word left out of the
 * openers would lose it; and the merged people-noun table says what the three lists say.
 */
class AmountOpenersTest {
  @Test
  void everyTableWordOpensAnAmount() {
    Set<String> opened = new HashSet<>();
    for (String w : Amount.SMALL.keySet()) {
      assertOpens(opened, w);
    }
    for (String w : Amount.TENS.keySet()) {
      assertOpens(opened, w);
    }
    for (String w : Amount.BANDS.keySet()) {
      assertOpens(opened, w);
    }
    for (String w : Lexicon.FIGURE_BANDS.keySet()) {
      assertOpens(opened, w + " of them");
    }
    assertOpens(opened, "tens of thousands");
    assertOpens(opened, "hundreds of millions");
    assertOpens(opened, "several hundred");
    assertOpens(opened, "a dozen");
    assertOpens(opened, "an hundred");
    // the openers are exactly the words that opened one
    assertThat(Amount.WORD_OPENERS).containsExactlyInAnyOrderElementsOf(opened);
  }

  @Test
  void otherWordsOpenNone() {
    for (String s : List.of("hundred", "dozen", "million", "and", "-", "the", "of", "cats", "42")) {
      assertThat(Amount.words(tokens(s + " people"), 0)).as(s).isNull();
    }
  }

  @Test
  void bearersAreTheListsInTheirOrder() {
    List<String> nouns = new ArrayList<>(Lexicon.FIGURE_MILITARY);
    nouns.addAll(Lexicon.FIGURE_CIVILIANS);
    nouns.addAll(Lexicon.FIGURE_PEOPLE);
    nouns.addAll(List.of("table", "said", ""));
    for (String n : nouns) {
      String expected = Lexicon.FIGURE_MILITARY.contains(n) ? "military"
          : Lexicon.FIGURE_CIVILIANS.contains(n) ? "civilians"
          : Lexicon.FIGURE_PEOPLE.contains(n) ? "people" : null;
      assertThat(NumberLexicon.bearerOf(n)).as(n).isEqualTo(expected);
    }
    assertThat(NumberLexicon.bearerOf(null)).isNull();
    assertThat(nouns.stream().filter(n -> NumberLexicon.bearerOf(n) != null)).isNotEmpty();
  }

  private static void assertOpens(Set<String> opened, String phrase) {
    List<Token> t = tokens(phrase);
    assertThat(Amount.words(t, 0)).as(phrase).isNotNull();
    opened.add(t.get(0).lower());
  }

  private static List<Token> tokens(String s) {
    var t = Tokenizer.tokenize(s);
    return t.range(0, t.size());
  }
}
