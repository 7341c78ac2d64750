package dev.factx.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.text.Span;
import dev.factx.text.Text;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizerTest {
  /** Characters that normalization touches, mixed with plain ones. */
  private static final String ALPHABET = "ab Z.,\n\t\"'"
      + "\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb\u2032\u2033\u2034\u00b4`"
      + "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe31\u2e3a"
      + "\u2026\u2025\u00a0\u202f\u2007\u3000\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e"
      + "\u0301\u0308\u00e9\u00a8\u02dc\ufb01\u00bd\u2460\uff21\uff02\u2028\r";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # quotes and primes
      \u201cWe will win,\u201d he said.     | "We will win," he said.
      \u2018legitimate targets\u2019        | 'legitimate targets'
      \u00abNon\u00bb                       | "Non"
      It\u2019s 5\u2032 10\u2033 tall       | It's 5' 10" tall
      # dashes and ellipsis
      war \u2014 and peace \u2013 again    | war - and peace - again
      Russia\u2010North Korea \u2212 5      | Russia-North Korea - 5
      We will\u2026 win                    | We will... win
      # spaces
      a\u00a0\u00a0b\u202fc                 | a b c
      zero\u200bwidth\u00adhyphen\ufeff     | zerowidthhyphen
      `a \t  b`                             | a b
      # NFKC
      \ufb01nance \u2460 \uff21             | finance 1 A
      caf\u0065\u0301                       | caf\u00e9
      """)
  void normalizes(String raw, String expected) {
    assertThat(Normalizer.normalize(raw).value()).isEqualTo(expected);
  }

  @Test
  void keepsLineEndsAndDropsSpacesNextToThem() {
    assertThat(Normalizer.normalize("one  \n\n  two\r\nthree ").value())
        .isEqualTo("one\n\ntwo\nthree ");
  }

  @Test
  void mapsEveryCharacterBackToWhatItCameFrom() {
    //  raw:   x \u00a0 \u00a0 y \u2026 z
    //         0   1      2    3   4    5
    //  norm:  x   ' '         y . . .  z
    Text t = Normalizer.normalize("x\u00a0\u00a0y\u2026z");
    assertThat(t.value()).isEqualTo("x y...z");
    assertThat(t.sourceSpan(new Span(1, 2))).isEqualTo(new Span(1, 3));
    assertThat(t.sourceSpan(new Span(3, 5))).isEqualTo(new Span(4, 5));
    assertThat(t.sourceSpan(new Span(2, 7))).isEqualTo(new Span(3, 6));
  }

  @Property(tries = 300)
  void normalizingTwiceEqualsNormalizingOnce(@ForAll("texts") String s) {
    String once = Normalizer.normalize(s).value();
    assertThat(Normalizer.normalize(once).value()).isEqualTo(once);
  }

  @Property(tries = 300)
  void everySubstringMapsToSourceThatNormalizesToIt(@ForAll("texts") String s) {
    Text t = Normalizer.normalize(s);
    String v = t.value();
    for (int start = 0; start < v.length(); start++) {
      for (int end = start + 1; end <= Math.min(v.length(), start + 6); end++) {
        String derived = v.substring(start, end).strip();
        String source = t.sourceSpan(new Span(start, end)).of(s);
        String again = Normalizer.normalize(source).value().strip();
        // a span that cuts one source character's expansion (... of an ellipsis) in two maps to
        // the whole character; elsewhere the source normalizes to exactly the derived text
        boolean cut = start > 0 && t.toSource().sourceStart(start) == t.toSource().sourceStart(start - 1)
            || end < v.length() && t.toSource().sourceStart(end) == t.toSource().sourceStart(end - 1);
        if (cut) {
          assertThat(again).as("%s <- %s", derived, source).contains(derived);
        } else {
          assertThat(again).as("%s <- %s", derived, source).isEqualTo(derived);
        }
      }
    }
  }

  @Test
  void commonFormsAreTheNormalizersOwn() {
    Normalizer.COMMON_FORMS.forEach(
        (c, form) ->
            assertThat(java.text.Normalizer.normalize(c, java.text.Normalizer.Form.NFKC))
                .isEqualTo(form));
  }

  @Test
  void asciiLetterTakesTheMarkAfterIt() {
    assertThat(Normalizer.normalize("cafe\u0301 A\u030A!").value()).isEqualTo("caf\u00E9 \u00C5!");
  }

  @Test
  void asciiShortcutsAgreeWithTheUnicodeTables() {
    // Output.add reads ASCII without the tables: no ASCII character is a format character or a
    // mark, and isAsciiSpace is isSpace
    for (int c = 0; c < 0x80; c++) {
      assertThat(Normalizer.isIgnorable(c)).as("format %04x", c).isFalse();
      assertThat(Normalizer.isMark(c)).as("mark %04x", c).isFalse();
      assertThat(Normalizer.isAsciiSpace(c)).as("space %04x", c).isEqualTo(Normalizer.isSpace(c));
    }
  }

  @Test
  void controlSpacesFoldLikeSpaces() {
    assertThat(Normalizer.normalize("a\t\u000B\f\r\u001C\u001F b\n c").value())
        .isEqualTo("a b\nc");
  }

  @Property(tries = 2000)
  void plainRunsGiveWhatCharacterByCharacterGives(@ForAll("wordy") String s) {
    assertSameAsCharByChar(s);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
    "ab c\u0301d", "ab \u0301", "a b\u0301 c", "x  y", "\n a b", " a", "a ", "a`b c",
    "ab\u00a0c d", "a\u200bb c", "a \n b", "\u0301a b", "a\u0301", "a b\u0308", "ab\u2026 c"})
  void plainRunsAtTheirEdges(String escaped) {
    assertSameAsCharByChar(unescape(escaped));
  }

  private static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (s.startsWith("\\u", i)) {
        b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else if (s.startsWith("\\n", i)) {
        b.append('\n');
        i++;
      } else {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  private static void assertSameAsCharByChar(String s) {
    Text runs = Normalizer.normalize(s, true);
    Text chars = Normalizer.normalize(s, false);
    assertThat(runs.value()).isEqualTo(chars.value());
    int n = runs.value().length();
    assertThat(runs.toSource().length()).isEqualTo(n);
    for (int i = 0; i < n; i++) {
      assertThat(runs.toSource().sourceStart(i)).as("start %d of %s", i, s)
          .isEqualTo(chars.toSource().sourceStart(i));
      assertThat(runs.toSource().sourceEnd(i)).as("end %d of %s", i, s)
          .isEqualTo(chars.toSource().sourceEnd(i));
    }
    assertThat(runs.toSource().sourceStart(n)).isEqualTo(chars.toSource().sourceStart(n));
  }

  /** Mostly plain ASCII words and single spaces, with everything {@link #ALPHABET} has. */
  @Provide
  Arbitrary<String> wordy() {
    return Arbitraries.strings()
        .withChars((ALPHABET + "abcdefghijklmnop      qrstuvwxyz0123456789").toCharArray())
        .ofMaxLength(60);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(40);
  }
}
