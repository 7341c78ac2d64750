package dev.factx.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The words FurnitureRules tries its patterns after: no line a pattern matches goes untried. */
class FurnitureRulesTest {
  /** Each pattern with the words it is tried after. */
  private static final List<Object[]> GUARDED = List.of(
      new Object[] {FurnitureRules.CREDIT_LABEL, FurnitureRules.CREDIT_WORDS},
      new Object[] {FurnitureRules.URL, FurnitureRules.URL_WORDS},
      new Object[] {FurnitureRules.NEWSLETTER, FurnitureRules.NEWSLETTER_WORDS},
      new Object[] {FurnitureRules.DONATION, FurnitureRules.DONATION_WORDS},
      new Object[] {FurnitureRules.COOKIE, FurnitureRules.COOKIE_WORDS});

  /**
   * Pieces of lines: the patterns' own words in odd cases, letters that a case-insensitive
   * Unicode pattern reads as ASCII ones (dotted and dotless I, long s, the Kelvin sign), and
   * what goes between words.
   */
  private static final List<String> PIECES = List.of(
      "image", "IMAGES", "\u0130mage", "\u0131mage", "photo", "Photos", "picture", "video",
      "Graphic", "credit", "courtesy", "source", ":", " by ", "http", "HTTPS", "://", "www.",
      "WWW.", "subscribe", "\u017Fub\u017Fcribed", "subscription", "Subscribing", "newsletter",
      "newsletters", "sign up", "signing up", "signed up", "inbox", "e-mail address",
      "email address", "donate", "donations", "Donating", "membership", "become", "join",
      "reach", " a ", "members", "member", "paywall", "paywalls", "independent journalism",
      "support us", "support our work", "cookies", "coo\u212Aies", "privacy policy",
      "privacy settings", "privacy notice", "terms of use", "terms and service", "accept all",
      "consent", " ", "  ", ".", "-", "\"", "x", "the", "news");

  @Property(tries = 3000)
  void aPatternMatchesOnlyALineHoldingOneOfItsWords(@ForAll("lines") String line) {
    String folded = FurnitureRules.fold(line);
    for (Object[] g : GUARDED) {
      Pattern p = (Pattern) g[0];
      @SuppressWarnings("unchecked")
      List<String> words = (List<String>) g[1];
      if (p.matcher(line).find()) {
        assertThat(holdsAny(folded, words)).as("%s on %s", p, line).isTrue();
      }
    }
  }

  /** The one-pass reading of all five lists says what each list's own search says. */
  @Property(tries = 3000)
  void heldBitsAreWhatEachListHolds(@ForAll("lines") String line) {
    String folded = FurnitureRules.fold(line);
    int held = FurnitureRules.held(folded);
    int[] bits = {FurnitureRules.CREDIT, FurnitureRules.URL_WORD, FurnitureRules.NEWSLETTER_WORD,
        FurnitureRules.DONATION_WORD, FurnitureRules.COOKIE_WORD};
    for (int k = 0; k < GUARDED.size(); k++) {
      @SuppressWarnings("unchecked")
      List<String> words = (List<String>) GUARDED.get(k)[1];
      assertThat((held & bits[k]) != 0).as("%s on %s", words, line)
          .isEqualTo(holdsAny(folded, words));
    }
  }

  @Test
  void heldOfSomeLines() {
    assertThat(FurnitureRules.held(FurnitureRules.fold("Photo: see www.x.org, SIGN up")))
        .isEqualTo(FurnitureRules.CREDIT | FurnitureRules.URL_WORD
            | FurnitureRules.NEWSLETTER_WORD);
    assertThat(FurnitureRules.held("the council met")).isZero();
    assertThat(FurnitureRules.held("we accept all cookies")).isEqualTo(FurnitureRules.COOKIE_WORD);
  }

  @Test
  void everyPieceOfAMatchIsFound() {
    // each word of a list, alone on a line, is tried, in any case a pattern reads as its own
    for (Object[] g : GUARDED) {
      @SuppressWarnings("unchecked")
      List<String> words = (List<String>) g[1];
      for (String w : words) {
        assertThat(holdsAny(FurnitureRules.fold(w.toUpperCase()), words))
            .as(w).isTrue();
      }
    }
    assertThat(FurnitureRules.fold("\u0130MAGE \u0131mage \u017Fign Coo\u212Aie"))
        .isEqualTo("image image sign cookie");
  }

  @Test
  void storyLinesAreStillStory() {
    // a story sentence holding none of the words is judged as before: no reason
    FurnitureRules rules = new FurnitureRules();
    assertThat(rules.reason(LineShape.of(
        "The council voted on Tuesday to close the bridge for repairs until the spring.")))
        .isNull();
    assertThat(rules.reason(LineShape.of("Sign up for our newsletter to get the news first.")))
        .isEqualTo("newsletter prompt");
    assertThat(rules.reason(LineShape.of("Photo credit: Dana Ortiz"))).isEqualTo("credit");
  }

  @Provide
  Arbitrary<String> lines() {
    return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(12)
        .map(parts -> String.join("", parts));
  }

  /** Whether a folded line contains one of some words: each list searched on its own. */
  private static boolean holdsAny(String folded, List<String> words) {
    return words.stream().anyMatch(folded::contains);
  }
}
