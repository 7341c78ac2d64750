package dev.factx.clean;

import dev.factx.analysis.Lexicon;
import java.util.Locale;
import java.util.Set;

/**
 * The shape of one (logical) body line, read from its normalized text: how many words, whether it
 * ends like a sentence, whether it looks like a title or a label.
 *
 * @param text the normalized line, trimmed
 * @param words tokens holding a letter or a digit
 * @param terminal ends with {@code .}, {@code !} or {@code ?} (closing quotes allowed), not with a
 *     bare ellipsis
 * @param capitalStart the first letter or digit is a capital or a digit
 * @param titleLike two or more words, every word but small function words capitalized
 * @param allCaps letters, none of them lowercase
 */
record LineShape(
    String text, int words, boolean terminal, boolean capitalStart, boolean titleLike,
    boolean allCaps) {

  private static final Set<String> SMALL_WORDS = Lexicon.HEADLINE_SMALL_WORDS;

  /** The shape of a normalized, trimmed line. */
  static LineShape of(String text) {
    int words = 0;
    int capitalized = 0;
    boolean titleLike = true;
    int letters = 0;
    int lower = 0;
    // the words are the runs between single spaces (as split(" ") cuts them; an empty run has
    // no letter or digit and counts for nothing)
    int n = text.length();
    // the characters copied out at once: most lines are read before this method is compiled, and
    // in the interpreter a charAt call per character costs more than the copy
    char[] chars = new char[n];
    text.getChars(0, n, chars, 0);
    for (int a = 0; a <= n; ) {
      int b = a;
      while (b < n && chars[b] != ' ') {
        b++;
      }
      boolean hasLetter = false;
      boolean hasDigit = false;
      char first = ' ';
      for (int i = a; i < b; i++) {
        char c = chars[i];
        if (c < 0x80) {
          // ASCII: the letters are A-Z and a-z (a-z the lower case ones), the digits 0-9
          boolean small = c >= 'a' && c <= 'z';
          if (small || c >= 'A' && c <= 'Z') {
            hasLetter = true;
            letters++;
            if (small) {
              lower++;
            }
          } else if (c >= '0' && c <= '9') {
            hasDigit = true;
          } else {
            continue;
          }
          if (first == ' ') {
            first = c;
          }
          continue;
        }
        if (Character.isLetter(c)) {
          hasLetter = true;
          letters++;
          if (Character.isLowerCase(c)) {
            lower++;
          }
        } else if (Character.isDigit(c)) {
          hasDigit = true;
        }
        if (first == ' ' && Character.isLetterOrDigit(c)) {
          first = c;
        }
      }
      int from = a;
      a = b + 1;
      if (!hasLetter && !hasDigit) {
        continue;
      }
      words++;
      if (!hasLetter) {
        continue;
      }
      if (Character.isUpperCase(first) || Character.isDigit(first)) {
        capitalized++;
      } else if (titleLike && !SMALL_WORDS.contains(
          stripPunctuation(text.substring(from, b)).toLowerCase(Locale.ROOT))) {
        titleLike = false; // once false it stays so: the small words are not read again
      }
    }
    char first = firstLetterOrDigit(text);
    boolean capitalStart = Character.isUpperCase(first) || Character.isDigit(first);
    return new LineShape(text, words, terminal(text), capitalStart,
        titleLike && capitalized >= 2, letters >= 2 && lower == 0);
  }

  /** A sentence, or several: ends like one, starts with a capital, and is no headline. */
  boolean prose() {
    return terminal && words >= 2 && capitalStart && !allCaps && !(titleLike && words >= 3);
  }

  /** Short or headline-like and not a sentence: page furniture unless it introduces story. */
  boolean weak() {
    return !prose() && (words <= 5 || titleLike || allCaps);
  }

  private static boolean terminal(String s) {
    int end = s.length();
    boolean closed = false;
    while (end > 0 && "\"')]".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
      closed = true;
    }
    if (end == 0) {
      return false;
    }
    char c = s.charAt(end - 1);
    if (c == '!' || c == '?') {
      return true;
    }
    // a bare ellipsis at the end is a cut-off teaser; inside closing quotes it ends a quote
    return c == '.' && (closed || end < 3 || !s.startsWith("..", end - 3));
  }

  static char firstLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return s.charAt(i);
      }
    }
    return ' ';
  }

  static String stripPunctuation(String token) {
    int a = 0;
    int b = token.length();
    while (a < b && !Character.isLetterOrDigit(token.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(token.charAt(b - 1))) {
      b--;
    }
    return token.substring(a, b);
  }
}
