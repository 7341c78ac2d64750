package dev.factx.verify;

import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word of normalized text, the unit of verify's word diff.
 *
 * @param key the word as compared: lowercase (quote marks, dashes and spaces are already folded by
 *     the normalizer, and punctuation is not a word)
 * @param span where the word stands in the normalized text
 */
record Token(String key, Span span) {
  // letters or digits, with inner apostrophes, points, commas and hyphens: "Russia's", "1,000", "2.5"
  private static final Pattern WORD =
      Pattern.compile("[\\p{L}\\p{N}]+(?:['.,\\-][\\p{L}\\p{N}]+)*");

  Token {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(span, "span");
  }

  /** The words of {@code s} within {@code within}, in order. */
  static List<Token> words(String s, Span within) {
    List<Token> out = new ArrayList<>();
    Matcher m = WORD.matcher(s).region(within.start(), within.end());
    while (m.find()) {
      out.add(new Token(m.group().toLowerCase(Locale.ROOT), new Span(m.start(), m.end())));
    }
    return out;
  }
}
