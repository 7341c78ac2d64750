package dev.factx.analysis;

import dev.factx.text.Span;
import java.util.Arrays;

/**
 * The one tokenizer of factx: cuts normalized text into words, numbers and punctuation marks.
 *
 * <p>A word is a run of letters (with the combining marks on them) holding at most one inner
 * apostrophe ({@code Russia's}, {@code O'Brien}, {@code Зеленський}); a number is a run of ASCII
 * digits with single points or commas between digits ({@code 1,000}, {@code 2.5}); every other
 * character that is not white space is a token of its own ({@code -}, {@code .}, {@code $}). A
 * hyphen always stands alone, so {@code F-16} is three tokens, glued: readers join what they need.
 * The tokenizer is a loop, not a regular expression, and linear in the text.
 */
public final class Tokenizer {
  private Tokenizer() {}

  /** The tokens of {@code text}, with offsets into it. */
  public static Tokens tokenize(String text) {
    return tokenize(text, new Span(0, text.length()));
  }

  /** The tokens of {@code text} within {@code within}, with offsets into {@code text}. */
  public static Tokens tokenize(String text, Span within) {
    return tokenize(text, within, new Forms());
  }

  /** The tokens of {@code text}, their texts kept among {@code forms} (shared with other texts'). */
  static Tokens tokenize(String text, Forms forms) {
    return tokenize(text, new Span(0, text.length()), forms);
  }

  private static Tokens tokenize(String text, Span within, Forms forms) {
    Builder b = new Builder(Math.max(16, within.length() / 5));
    int i = within.start();
    int end = within.end();
    while (i < end) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      int start = i;
      Token.Kind kind;
      if (c >= '0' && c <= '9') {
        i = digits(text, i, end);
        while (i + 1 < end && (text.charAt(i) == '.' || text.charAt(i) == ',')
            && isDigit(text.charAt(i + 1))) {
          i = digits(text, i + 1, end);
        }
        kind = Token.Kind.NUMBER;
      } else if (Character.isLetter(text.codePointAt(i))) {
        i = letters(text, i, end);
        if (i + 1 < end && text.charAt(i) == '\'' && Character.isLetter(text.codePointAt(i + 1))) {
          i = letters(text, i + 1, end);
        }
        kind = Token.Kind.WORD;
      } else {
        i += Character.charCount(text.codePointAt(i));
        kind = Token.Kind.PUNCT;
      }
      b.add(start, Math.min(i, end), kind);
    }
    return b.build(text, forms);
  }

  /** Java regular expressions' {@code \s}: what separates tokens. */
  static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digits(String s, int i, int end) {
    while (i < end && isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Past a run of letters and the marks on them. */
  private static int letters(String s, int i, int end) {
    while (i < end) {
      int cp = s.codePointAt(i);
      if (!Character.isLetter(cp) && !isMark(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  private static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK;
  }

  /** Token bounds and kinds, collected in growing arrays. */
  static final class Builder {
    private int[] starts;
    private int[] ends;
    private byte[] kinds;
    private int n;

    Builder(int expected) {
      starts = new int[expected];
      ends = new int[expected];
      kinds = new byte[expected];
    }

    void add(int start, int end, Token.Kind kind) {
      if (n == starts.length) {
        int size = (int) Math.min(Integer.MAX_VALUE - 8, 2L * n + 16);
        starts = Arrays.copyOf(starts, size);
        ends = Arrays.copyOf(ends, size);
        kinds = Arrays.copyOf(kinds, size);
      }
      starts[n] = start;
      ends[n] = end;
      kinds[n] = (byte) kind.ordinal();
      n++;
    }

    Tokens build(String text, Forms vocabulary) {
      Forms.Form[] forms = new Forms.Form[n];
      for (int i = 0; i < n; i++) {
        forms[i] = vocabulary.of(text.substring(starts[i], ends[i]));
      }
      return new Tokens(text, Arrays.copyOf(starts, n), forms, vocabulary,
          Arrays.copyOf(kinds, n), null, null, null);
    }
  }
}
