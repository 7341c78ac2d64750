package dev.factx.text;

import java.math.BigInteger;

/**
 * Whole numbers with a comma between groups of three digits, as {@code String.format(Locale.ROOT,
 * "%,d", n)} writes them ("-1,234,567"), without {@link java.util.Formatter}: its first use sets
 * up the locale providers and their resource bundles, milliseconds of a cold start, for a comma.
 */
public final class Thousands {
  private Thousands() {}

  /** {@code n} with its digits grouped. */
  public static String of(long n) {
    return grouped(Long.toString(n));
  }

  /** {@code n} with its digits grouped. */
  public static String of(BigInteger n) {
    return grouped(n.toString());
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
