package dev.factx.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.analysis.Lexicon;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A line's shape is what reading its words cut by split(" ") with the Unicode tables gives. */
class LineShapeTest {
  @Property(tries = 3000)
  void shapeIsTheSplitReading(@ForAll("lines") String line) {
    assertThat(LineShape.of(line)).isEqualTo(oracle(line));
  }

  @Test
  void asciiShortcutsAgreeWithTheTables() {
    // every ASCII character as a word of its own, before and after a letter
    for (char c = 0; c < 0x80; c++) {
      for (String line : List.of(String.valueOf(c), "a" + c, c + "B", "x " + c + " Y")) {
        assertThat(LineShape.of(line)).as("%d", (int) c).isEqualTo(oracle(line));
      }
    }
  }

  @Test
  void someShapes() {
    LineShape s = LineShape.of("The Council Votes on the Bridge");
    assertThat(s.words()).isEqualTo(6);
    assertThat(s.titleLike()).isTrue();
    assertThat(LineShape.of("The council votes on the bridge.").prose()).isTrue();
    assertThat(LineShape.of("BREAKING NEWS").allCaps()).isTrue();
  }

  /** The reading before the words were cut without split (its helpers are LineShape's). */
  private static LineShape oracle(String text) {
    int words = 0;
    int capitalized = 0;
    boolean titleLike = true;
    int letters = 0;
    int lower = 0;
    for (String token : text.split(" ")) {
      boolean hasLetter = false;
      boolean hasDigit = false;
      for (int i = 0; i < token.length(); i++) {
        char c = token.charAt(i);
        if (Character.isLetter(c)) {
          hasLetter = true;
          letters++;
          if (Character.isLowerCase(c)) {
            lower++;
          }
        } else if (Character.isDigit(c)) {
          hasDigit = true;
        }
      }
      if (!hasLetter && !hasDigit) {
        continue;
      }
      words++;
      if (!hasLetter) {
        continue;
      }
      char first = LineShape.firstLetterOrDigit(token);
      if (Character.isUpperCase(first) || Character.isDigit(first)) {
        capitalized++;
      } else if (!Lexicon.HEADLINE_SMALL_WORDS.contains(
          LineShape.stripPunctuation(token).toLowerCase(Locale.ROOT))) {
        titleLike = false;
      }
    }
    LineShape own = LineShape.of(text);
    // the line-level parts (the first character, the end) are read as before: taken from own
    return new LineShape(text, words, own.terminal(), own.capitalStart(),
        titleLike && capitalized >= 2, letters >= 2 && lower == 0);
  }

  /** Words in odd cases and scripts, small words, digits, punctuation, runs of spaces. */
  @Provide
  Arbitrary<String> lines() {
    Arbitrary<String> piece = Arbitraries.of(
        "The", "the", "of", "and", "A", "a", "Council", "VOTES", "\u00C9lan", "\u00E9t\u00E9",
        "\u0394\u03B5\u03BB", "\u03B4", "\u00AA", "\u2167", "42", "\u0663", "x2", "(the)", "\"Of\"",
        "-", ".", "...", "!", "?", "'", ")", "\u00DF", "\u01C5", "ﬁ", "_", " ", "  ", "   ");
    return piece.list().ofMinSize(0).ofMaxSize(10).map(p -> String.join(" ", p).strip());
  }
}
