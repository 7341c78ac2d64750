package dev.factx.extract;

import dev.factx.analysis.Lexicon;
import dev.factx.analysis.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The numeric core of a figure phrase: a number in digits or words, with its scale, currency or
 * percent sign, or a range of two such numbers; {@link #parse} reads one from a token list. Values
 * are exact decimals, made from the digits as written ("$12.37 billion" is 12370000000 exactly).
 *
 * @param start index of its first token
 * @param end index just after its last token
 * @param low the least value (equal to high for one number)
 * @param high the greatest value
 * @param vague whether the words name a band rather than a number ("dozens", "tens of thousands")
 * @param range whether two numbers were given ("20-30", "between 20 and 30")
 * @param unit {@code percent}, a currency code ({@code USD}, {@code EUR}, ...) or null
 * @param words whether the number was written in words
 * @param plus whether "-plus" follows the number ("80-plus percent": at least 80)
 */
record Amount(
    int start, int end, BigDecimal low, BigDecimal high, boolean vague, boolean range,
    String unit, boolean words, boolean plus) {

  /** Numbers in words below twenty. */
  static final Map<String, Integer> SMALL = numberWords(true);
  /** Tens in words ("twenty" to "ninety"). */
  static final Map<String, Integer> TENS = numberWords(false);
  /** Scale words after a number ("2 million"); "dozen" counts apart. */
  static final Map<String, BigDecimal> SCALES = scales(Lexicon.SCALES, true);
  /** Scale suffixes glued to digits or standing after them ("2.4bn", "20k", "5 mln"). */
  static final Map<String, BigDecimal> SHORT_SCALES = scales(Lexicon.SHORT_SCALES, false);
  /** Bands named by plural scale words: "hundreds" is 200 to 999, "thousands" 2,000 to 9,999. */
  static final Map<String, BigDecimal> BANDS = bands();
  /** Currency signs before a number to their codes ("$" to "USD"). */
  static final Map<String, String> CURRENCY_SIGNS = currencies(true);
  /** Currency words after a number to their codes ("euros" to "EUR"). */
  static final Map<String, String> CURRENCY_WORDS = currencies(false);
  static final Set<String> CURRENCY_CODES = codes();
  /**
   * The words a number or band in words can open with ({@link #words}): any other word opens
   * none, and is told so by one look-up instead of one per table.
   */
  static final Set<String> WORD_OPENERS = wordOpeners();

  private static Set<String> wordOpeners() {
    Set<String> out = new HashSet<>(List.of("tens", "hundreds", "several", "a", "an"));
    out.addAll(BANDS.keySet());
    out.addAll(Lexicon.FIGURE_BANDS.keySet());
    out.addAll(SMALL.keySet());
    out.addAll(TENS.keySet());
    return Set.copyOf(out);
  }

  private static Map<String, Integer> numberWords(boolean small) {
    Map<String, Integer> out = new HashMap<>();
    for (Map.Entry<String, Integer> e : Lexicon.NUMBER_WORDS.entrySet()) {
      int v = e.getValue();
      if (small ? v < 20 : v >= 20 && v % 10 == 0) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return Map.copyOf(out);
  }

  private static Map<String, BigDecimal> scales(Map<String, Double> factors, boolean noDozen) {
    Map<String, BigDecimal> out = new HashMap<>();
    for (Map.Entry<String, Double> e : factors.entrySet()) {
      out.put(e.getKey(), BigDecimal.valueOf(e.getValue().longValue()));
    }
    if (noDozen) {
      out.remove("dozen");
    }
    return Map.copyOf(out);
  }

  private static Map<String, BigDecimal> bands() {
    Map<String, BigDecimal> out = new HashMap<>();
    for (Map.Entry<String, Double> e : Lexicon.SCALES.entrySet()) {
      if (!e.getKey().equals("dozen")) {
        out.put(e.getKey() + "s", BigDecimal.valueOf(e.getValue().longValue()));
      }
    }
    return Map.copyOf(out);
  }

  private static Map<String, String> currencies(boolean signs) {
    Map<String, String> out = new HashMap<>();
    for (List<String> g : Lexicon.CURRENCIES) {
      for (String e : g.subList(1, g.size())) {
        boolean word = false;
        for (int i = 0; i < e.length() && !word; i++) {
          word = Character.isLetter(e.charAt(i));
        }
        if (word != signs) {
          out.put(e, g.get(0));
        }
      }
    }
    return Map.copyOf(out);
  }

  private static Set<String> codes() {
    Set<String> out = new HashSet<>();
    for (List<String> g : Lexicon.CURRENCIES) {
      out.add(g.get(0));
    }
    return Set.copyOf(out);
  }

  /** This amount with other bounds and the same tokens. */
  Amount withBounds(BigDecimal lo, BigDecimal hi) {
    return new Amount(start, end, lo, hi, vague, range, unit, words, plus);
  }

  /** This amount ending at another token, with another unit. */
  Amount withEnd(int newEnd, String newUnit) {
    return new Amount(start, newEnd, low, high, vague, range, newUnit, words, plus);
  }

  /** Reads an amount starting at token {@code i}, or returns null. */
  static Amount parse(List<Token> t, int i) {
    Amount first = single(t, i);
    if (first == null) {
      return null;
    }
    int j = first.end;
    // a second number makes a range: "20-30", "20 to 30", "two or three"
    if (j + 1 < t.size() && !first.vague) {
      Token sep = t.get(j);
      boolean dash = sep.text().equals("-") && sep.glued() && t.get(j + 1).glued();
      if (dash || sep.is("to") || (sep.is("or") && first.words)) {
        Amount second = single(t, j + 1);
        if (second != null && !second.vague && (!dash || !first.words)) {
          Amount r = rangeOf(t, first, second);
          if (r.low.compareTo(r.high) < 0) {
            return r;
          }
        }
      }
    }
    return first;
  }

  /** A range of two amounts; a scale or unit written only after the second applies to both. */
  static Amount rangeOf(List<Token> t, Amount first, Amount second) {
    BigDecimal low = first.low;
    boolean firstScaled = false;
    for (int k = first.start; k < first.end; k++) {
      firstScaled |= isScale(t.get(k).lower());
    }
    if (!firstScaled && !first.words) {
      for (int k = second.start; k < second.end; k++) {
        String w = t.get(k).lower();
        if (isScale(w)) {
          low = low.multiply(SCALES.containsKey(w) ? SCALES.get(w) : SHORT_SCALES.get(w));
        }
      }
    }
    String unit = first.unit != null ? first.unit : second.unit;
    return new Amount(first.start, second.end, low, second.high, false, true, unit,
        first.words && second.words, false);
  }

  private static boolean isScale(String w) {
    return SCALES.containsKey(w) || SHORT_SCALES.containsKey(w);
  }

  /** One number with its currency, scale and percent, not a range. */
  static Amount single(List<Token> t, int i) {
    int j = i;
    String unit = null;
    if (j < t.size() && CURRENCY_SIGNS.containsKey(t.get(j).text())) {
      unit = CURRENCY_SIGNS.get(t.get(j).text());
      j++;
    } else if (j + 1 < t.size() && CURRENCY_CODES.contains(t.get(j).text())) {
      unit = t.get(j).text();
      j++;
    } else if (j + 2 < t.size() && t.get(j).text().equals("US")
        && t.get(j + 1).text().equals("$") && t.get(j + 1).glued()) {
      unit = "USD";
      j += 2;
    }
    if (j >= t.size()) {
      return null;
    }
    BigDecimal low;
    BigDecimal high;
    boolean vague = false;
    boolean words;
    boolean plus = false;
    int end;
    Token n = t.get(j);
    if (n.isNumber()) {
      if (unit != null && j > i && !n.glued() && CURRENCY_SIGNS.containsKey(t.get(j - 1).text())) {
        return null; // "$ 5" is not how figures are written; avoid stray signs
      }
      BigDecimal v = digits(n.text());
      if (v == null) {
        return null;
      }
      low = v;
      end = j + 1;
      words = false;
      if (end < t.size()) {
        Token s = t.get(end);
        BigDecimal scale = s.glued() ? SHORT_SCALES.get(s.lower()) : null;
        if (scale == null && !s.glued()) {
          scale = SCALES.get(s.lower());
          if (scale == null && SHORT_SCALES.containsKey(s.lower()) && s.text().length() > 1) {
            scale = SHORT_SCALES.get(s.lower());
          }
        }
        if (scale != null) {
          low = low.multiply(scale);
          end++;
        }
      }
      // "80-plus percent"
      if (end + 1 < t.size() && t.get(end).text().equals("-") && t.get(end).glued()
          && t.get(end + 1).is("plus") && t.get(end + 1).glued()) {
        plus = true;
        end += 2;
      }
      high = low;
    } else {
      Amount w = words(t, j);
      if (w == null) {
        return null;
      }
      end = w.end;
      low = w.low;
      high = w.high;
      vague = w.vague;
      words = true;
    }
    if (end < t.size()) {
      Token s = t.get(end);
      if (s.text().equals("%") && s.glued()) {
        unit = "percent";
        end++;
      } else if (s.is("percent") || s.is("pct")) {
        unit = "percent";
        end++;
      } else if (s.is("per") && end + 1 < t.size() && t.get(end + 1).is("cent")) {
        unit = "percent";
        end += 2;
      } else if (unit == null && CURRENCY_WORDS.containsKey(s.lower())) {
        unit = CURRENCY_WORDS.get(s.lower());
        end++;
      } else if (unit == null && CURRENCY_CODES.contains(s.text())) {
        unit = s.text();
        end++;
      } else if (unit == null && vague && s.is("of") && end + 1 < t.size()
          && CURRENCY_WORDS.containsKey(t.get(end + 1).lower())) {
        unit = CURRENCY_WORDS.get(t.get(end + 1).lower()); // "tens of thousands of dollars"
        end += 2;
      }
    }
    return new Amount(i, end, low, high, vague, false, unit, words, plus);
  }

  private static final java.util.regex.Pattern PLAIN_DIGITS =
      java.util.regex.Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");

  /** The value of a digit string ("20,000", "1.5"), or null when it is not a plain number. */
  static BigDecimal digits(String s) {
    if (PLAIN_DIGITS.matcher(s).matches()) {
      return new BigDecimal(s.replace(",", ""));
    }
    return null;
  }

  /** A number or band in words at token {@code i} (its end, low and high), or null. */
  static Amount words(List<Token> t, int i) {
    String w = t.get(i).lower();
    if (!WORD_OPENERS.contains(w)) {
      return null;
    }
    String next = i + 1 < t.size() ? t.get(i + 1).lower() : "";
    String after = i + 2 < t.size() ? t.get(i + 2).lower() : "";
    // "tens of thousands", "hundreds of millions"
    if ((w.equals("tens") || w.equals("hundreds")) && next.equals("of")
        && BANDS.containsKey(after) && !after.equals("hundreds")) {
      BigDecimal base = BANDS.get(after).multiply(BigDecimal.valueOf(w.equals("tens") ? 10 : 100));
      return band(i, i + 3, base);
    }
    // "several hundred", "several thousand": three to ten times the scale
    if (w.equals("several") && SCALES.containsKey(next)) {
      BigDecimal s = SCALES.get(next);
      return new Amount(i, i + 2, s.multiply(BigDecimal.valueOf(3)),
          s.multiply(BigDecimal.TEN).subtract(BigDecimal.ONE), true, false, null, true, false);
    }
    if (BANDS.containsKey(w)) {
      return band(i, i + 1, BANDS.get(w));
    }
    List<Integer> named = Lexicon.FIGURE_BANDS.get(w);
    // "scores" and "dozens" count only before "of" ("scores of others"); "several" before a
    // plural noun, or an adjective and one ("several times", "several young men")
    if (named != null && (next.equals("of") || w.equals("several")
        && (plural(next) || plural(after) || next.equals("men") || next.equals("women")
            || next.equals("people") || next.equals("children")))) {
      return new Amount(i, i + 1, BigDecimal.valueOf(named.get(0)),
          BigDecimal.valueOf(named.get(1)), true, false, null, true, false);
    }
    if ((w.equals("a") || w.equals("an")) && (next.equals("dozen") || SCALES.containsKey(next))) {
      BigDecimal v = next.equals("dozen") ? BigDecimal.valueOf(12) : SCALES.get(next);
      return new Amount(i, i + 2, v, v, false, false, null, true, false);
    }
    long total = 0;
    long current = 0;
    int j = i;
    boolean any = false;
    while (j < t.size()) {
      String x = t.get(j).lower();
      long r = current % 100;
      if (SMALL.containsKey(x) && (r == 0 || r >= 20 && r % 10 == 0 && SMALL.get(x) < 10)) {
        current += SMALL.get(x);
      } else if (TENS.containsKey(x) && r == 0) {
        current += TENS.get(x);
      } else if (x.equals("hundred") && r > 0 && current < 100) {
        current *= 100;
      } else if (x.equals("dozen") && current > 0 && current < 100) {
        current *= 12;
      } else if (SCALES.containsKey(x) && !x.equals("hundred") && current > 0) {
        total += current * SCALES.get(x).longValue();
        current = 0;
      } else if ((x.equals("-") && t.get(j).glued() || x.equals("and") && r == 0) && any
          && j + 1 < t.size() && isNumberWord(t.get(j + 1).lower())) {
        j++;
        continue;
      } else {
        break;
      }
      any = true;
      j++;
    }
    if (!any) {
      return null;
    }
    BigDecimal v = BigDecimal.valueOf(total + current);
    return new Amount(i, j, v, v, false, false, null, true, false);
  }

  /** A band two to ten times a base, less one: "hundreds" is 200 to 999. */
  private static Amount band(int start, int end, BigDecimal base) {
    return new Amount(start, end, base.multiply(BigDecimal.valueOf(2)),
        base.multiply(BigDecimal.TEN).subtract(BigDecimal.ONE), true, false, null, true, false);
  }

  private static boolean plural(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us");
  }

  static boolean isNumberWord(String w) {
    return SMALL.containsKey(w) || TENS.containsKey(w);
  }
}
