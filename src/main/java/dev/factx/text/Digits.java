package dev.factx.text;

import java.math.BigInteger;

/**
 * Decimal digits: whole numbers written with a comma between groups of three digits, as {@code
 * String.format(Locale.ROOT, "%,d", n)} writes them ("-1,234,567"), without {@link
 * java.util.Formatter} (its first use sets up the locale providers and their resource bundles,
 * milliseconds of a cold start, for a comma); and whether a word holds a digit.
 */
public final class Digits {
  private Digits() {}

  /** {@code n} with its digits grouped. */
  public static String grouped(long n) {
    return grouped(Long.toString(n));
  }

  /** {@code n} with its digits grouped. */
  public static String grouped(BigInteger n) {
    return grouped(n.toString());
  }

  /** Whether {@code s} holds a digit ({@link Character#isDigit(char)}). */
  public static boolean in(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String grouped(String digits) {
    int sign = digits.startsWith("-") ? 1 : 0;
    int length = digits.length() - sign;
    if (length <= 3) {
      return digits;
    }
    StringBuilder b = new StringBuilder(digits.length() + (length - 1) / 3);
    int first = sign + (length % 3 == 0 ? 3 : length % 3);
    b.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      b.append(',').append(digits, i, i + 3);
    }
    return b.toString();
  }
}
