package dev.factx.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The word classes a token's form carries ({@link Forms#classesOf}) say what the word lists say
 * of the token, and {@link Token#is} says what {@code equalsIgnoreCase} says.
 */
class WordClassesTest {
  /** Every word of the lists read, in its own case, capitalized and in capitals, in one text. */
  @Test
  void tokensOfTheListsAreClassedAsTheListsSay() {
    List<String> words = new ArrayList<>();
    for (String w : Lexicon.ATTRIBUTION_VERBS) {
      words.add(w);
    }
    words.addAll(Lexicon.CHARACTERISATION_VERBS);
    words.addAll(Lexicon.PRONOUN_GENDER.keySet());
    words.addAll(Lexicon.SPEECH_VERBS);
    words.addAll(List.of("the", "Said", "SAID", "He", "HER", "tells", "x", "42", "-", "İt"));
    StringBuilder text = new StringBuilder();
    for (String w : words) {
      for (String form : List.of(w, capitalized(w), w.toUpperCase(java.util.Locale.ROOT))) {
        text.append(form).append(' ');
      }
    }
    Tokens t = Tokenizer.tokenize(text.toString());
    int checked = 0;
    for (int i = 0; i < t.size(); i++) {
      String lower = t.lower(i);
      assertThat(t.attributionVerb(i)).as(t.text(i))
          .isEqualTo(Lexicon.ATTRIBUTION_VERBS.contains(lower));
      assertThat(t.characterisationVerb(i)).as(t.text(i))
          .isEqualTo(Lexicon.CHARACTERISATION_VERBS.contains(lower));
      assertThat(t.speechVerbAsWritten(i)).as(t.text(i))
          .isEqualTo(Lexicon.SPEECH_VERBS.contains(t.text(i)));
      assertThat(t.pronounGender(i)).as(t.text(i))
          .isEqualTo(Lexicon.PRONOUN_GENDER.get(lower));
      checked++;
    }
    assertThat(checked).isGreaterThan(300);
    // the lists are not empty of what the text holds: some of each class was seen
    assertThat(t.attributionVerb(0)).isTrue();
  }

  @Test
  void classesOfSomeWords() {
    assertThat(Forms.classesOf("said", "said") & Forms.ATTRIBUTION_VERB).isNotZero();
    assertThat(Forms.classesOf("Said", "said") & Forms.SPEECH_VERB_AS_WRITTEN).isZero();
    assertThat(Forms.classesOf("She", "she") & Forms.GENDERED_PRONOUN).isNotZero();
    assertThat(Forms.classesOf("table", "table")).isZero();
  }

  private static String capitalized(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  @Property(tries = 3000)
  void isAgreesWithEqualsIgnoreCase(@ForAll("texts") String text, @ForAll("texts") String word) {
    Token t = new Token(0, text, 0, text.length(), Token.Kind.WORD, false, false, -1,
        Tokens.lower(text));
    assertThat(t.is(word)).isEqualTo(text.equalsIgnoreCase(word));
  }

  @Test
  void isFoldsWhatEqualsIgnoreCaseFolds() {
    // the Kelvin sign folds onto k, the long s onto S, the dotless i onto I
    for (String[] p : new String[][] {{"\u212Aey", "key"}, {"\u017Fay", "say"},
        {"\u0131t", "IT"}, {"KEY", "key"}, {"key", "kez"}, {"Abc", "abd"}, {"@b", "`b"}}) {
      Token t = new Token(0, p[0], 0, p[0].length(), Token.Kind.WORD, false, false, -1,
          Tokens.lower(p[0]));
      assertThat(t.is(p[1])).as(p[0] + " " + p[1]).isEqualTo(p[0].equalsIgnoreCase(p[1]));
    }
    Token t = new Token(0, "x", 0, 1, Token.Kind.WORD, false, false, -1, "x");
    assertThat(t.is(null)).isFalse();
  }

  /** Short strings of ASCII letters in both cases, punctuation, and letters that fold onto ASCII. */
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars("aAbBkKsSiI@`[{_1\u212A\u017F\u0131\u0130\u00DF\u00E9\u00C9")
        .ofMinLength(0).ofMaxLength(3);
  }
}
