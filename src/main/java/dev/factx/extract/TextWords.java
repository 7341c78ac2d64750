package dev.factx.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Words of a normalized text one space apart, read back from a place or on from it: what the role
 * grammar walks. A word is a run of letters, digits and the marks {@code . ' ’ - &} ("U.S.",
 * "Sen.", "Hunter's", "Campa-Najjar"); any other mark, or more than one space, ends a run.
 */
final class TextWords {
  /**
   * A word.
   *
   * @param text as written
   * @param key as the lexicon lists write it ({@link Offices#textKey})
   * @param start where it starts
   * @param end where it ends
   */
  record W(String text, String key, int start, int end) {
    boolean capitalized() {
      return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether it ends in a possessive ("Hunter's", "Ross'"). */
    boolean possessive() {
      return key.endsWith("'s") || (key.endsWith("s'") && key.length() > 2);
    }

    /** The key without a possessive ending. */
    String base() {
      return key.endsWith("'s") ? key.substring(0, key.length() - 2)
          : key.endsWith("'") ? key.substring(0, key.length() - 1) : key;
    }
  }

  private TextWords() {}

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '\'' || c == '\u2019' || c == '-'
        || c == '&';
  }

  /**
   * The words one space apart that end at {@code pos} or one space before it, back to {@code
   * from}, at most {@code max}, in text order.
   */
  static List<W> before(String text, int pos, int from, int max) {
    List<W> out = new ArrayList<>();
    int k = pos > from && text.charAt(pos - 1) == ' ' ? pos - 1 : pos;
    while (out.size() < max && k > from) {
      int e = k;
      int s = e;
      while (s > from && isWordChar(text.charAt(s - 1))) {
        s--;
      }
      if (s == e) {
        break;
      }
      out.add(0, word(text, s, e));
      if (s - 1 <= from || text.charAt(s - 1) != ' ') {
        break;
      }
      k = s - 1;
    }
    return out;
  }

  /** The words from {@code pos} on, one space apart, up to {@code to}, at most {@code max}. */
  static List<W> after(String text, int pos, int to, int max) {
    List<W> out = new ArrayList<>();
    int p = pos;
    while (out.size() < max && p < to) {
      int e = p;
      while (e < to && isWordChar(text.charAt(e))) {
        e++;
      }
      if (e == p) {
        break;
      }
      // a sentence's last word keeps its period in the text, not in the word
      int we = e;
      if (text.charAt(e - 1) == '.' && Offices.textKey(text.substring(p, e)).indexOf('.') < 0) {
        we = e - 1;
      }
      out.add(word(text, p, we));
      if (we < e || e + 1 >= to || text.charAt(e) != ' ' || !isWordChar(text.charAt(e + 1))) {
        break;
      }
      p = e + 1;
    }
    return out;
  }

  private static W word(String text, int s, int e) {
    String t = text.substring(s, e);
    return new W(t, Offices.textKey(t), s, e);
  }

  /** The keys of some words. */
  static List<String> keys(List<W> words) {
    List<String> out = new ArrayList<>(words.size());
    for (W w : words) {
      out.add(w.key());
    }
    return out;
  }
}
