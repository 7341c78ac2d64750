package dev.factx.extract;

import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word, number or punctuation mark of normalized text, with its offsets in that text.
 *
 * @param text the token as it stands
 * @param start offset of its first character
 * @param end offset just after its last character
 * @param glued whether it touches the token before it (no space between)
 * @param lower the token in lower case, made once since the extractors ask for it often
 */
record Token(String text, int start, int end, boolean glued, String lower) {
  // possessive: a greedy group loop recurses once per repetition, so "1,1,1,..." overflowed the stack
  private static final Pattern TOKEN =
      Pattern.compile("\\d++(?:[.,]\\d++)*+|\\p{L}++(?:'\\p{L}++)?+|\\S");

  /** The tokens of {@code s} within {@code span}. */
  static List<Token> tokenize(String s, Span span) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(s).region(span.start(), span.end());
    int prevEnd = -1;
    while (m.find()) {
      String text = m.group();
      out.add(new Token(text, m.start(), m.end(), m.start() == prevEnd, text.toLowerCase(Locale.ROOT)));
      prevEnd = m.end();
    }
    return out;
  }

  boolean isNumber() {
    return Character.isDigit(text.charAt(0));
  }

  boolean isWord() {
    return Character.isLetter(text.charAt(0));
  }

  boolean isCapitalized() {
    return Character.isUpperCase(text.charAt(0));
  }

  boolean is(String word) {
    return text.equalsIgnoreCase(word);
  }
}
