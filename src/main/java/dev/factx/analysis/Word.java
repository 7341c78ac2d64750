package dev.factx.analysis;

import dev.factx.text.Span;
import java.util.Objects;

/**
 * A word as readers that compare or walk words see it: tokens glued into one where only an inner
 * apostrophe, point, comma or hyphen stands between letters or digits ({@code F-16}, {@code
 * 45-year-old}, {@code G7}, {@code U.S.}); or, where a reader asks for them, a punctuation mark.
 *
 * @param text the word as it stands in the normalized text
 * @param span where it stands
 * @param key the word as compared: lower case
 */
public record Word(String text, Span span, String key) {
  public Word {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(key, "key");
  }

  /** Whether it is a punctuation mark rather than a word. */
  public boolean isPunctuation() {
    return text.length() == 1 && !Character.isLetterOrDigit(text.charAt(0));
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }
}
