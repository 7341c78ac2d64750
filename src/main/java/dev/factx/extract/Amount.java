package dev.factx.extract;

import dev.factx.analysis.Lexicon;
import dev.factx.analysis.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The numeric core of a figure phrase: a number in digits or words, with its scale, currency or
 * percent sign, or a range of two such numbers; {@link #parse} reads one from a token list.
 *
 * @param start index of its first token
 * @param end index just after its last token
 * @param low the least value (equal to high for one number)
 * @param high the greatest value
 * @param vague whether the words name a band rather than a number ("dozens", "tens of thousands")
 * @param range whether two numbers were given ("20-30", "between 20 and 30")
 * @param unit {@code percent}, a currency code ({@code USD}, {@code EUR}, ...) or null
 * @param words whether the number was written in words
 */
record Amount(
    int start, int end, double low, double high, boolean vague, boolean range, String unit,
    boolean words) {

  /** Numbers in words below twenty. */
  static final Map<String, Integer> SMALL = numberWords(true);
  /** Tens in words ("twenty" to "ninety"). */
  static final Map<String, Integer> TENS = numberWords(false);
  /** Scale words after a number ("2 million"); "dozen" counts apart. */
  static final Map<String, Double> SCALES = scales();
  /** Scale suffixes glued to digits or standing after them ("2.4bn", "20k", "5 mln"). */
  static final Map<String, Double> SHORT_SCALES = Lexicon.SHORT_SCALES;
  /** Bands named by plural scale words: "dozens" is 24 to 99, "hundreds" 200 to 999, .... */
  static final Map<String, Double> BANDS = bands();
  /** Currency signs before a number to their codes ("$" to "USD"). */
  static final Map<String, String> CURRENCY_SIGNS = currencies(true);
  /** Currency words after a number to their codes ("euros" to "EUR"). */
  static final Map<String, String> CURRENCY_WORDS = currencies(false);
  static final List<String> CURRENCY_CODES = codes();

  private static Map<String, Integer> numberWords(boolean small) {
    Map<String, Integer> out = new HashMap<>();
    Lexicon.NUMBER_WORDS.forEach((w, v) -> {
      if (small ? v < 20 : v >= 20 && v % 10 == 0) {
        out.put(w, v);
      }
    });
    return Map.copyOf(out);
  }

  private static Map<String, Double> scales() {
    Map<String, Double> out = new HashMap<>(Lexicon.SCALES);
    out.remove("dozen");
    return Map.copyOf(out);
  }

  private static Map<String, Double> bands() {
    Map<String, Double> out = new HashMap<>();
    Lexicon.SCALES.forEach((w, v) -> out.put(w + "s", v));
    return Map.copyOf(out);
  }

  private static Map<String, String> currencies(boolean signs) {
    Map<String, String> out = new HashMap<>();
    for (List<String> g : Lexicon.CURRENCIES) {
      for (String e : g.subList(1, g.size())) {
        boolean word = e.chars().anyMatch(Character::isLetter);
        if (word != signs) {
          out.put(e, g.get(0));
        }
      }
    }
    return Map.copyOf(out);
  }

  private static List<String> codes() {
    List<String> out = new ArrayList<>();
    for (List<String> g : Lexicon.CURRENCIES) {
      out.add(g.get(0));
    }
    return List.copyOf(out);
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
          if (r.low < r.high) {
            return r;
          }
        }
      }
    }
    return first;
  }

  /** A range of two amounts; a scale or unit written only after the second applies to both. */
  static Amount rangeOf(List<Token> t, Amount first, Amount second) {
    double low = first.low;
    boolean firstScaled = false;
    for (int k = first.start; k < first.end; k++) {
      firstScaled |= isScale(t.get(k).lower());
    }
    if (!firstScaled && !first.words) {
      for (int k = second.start; k < second.end; k++) {
        if (isScale(t.get(k).lower())) {
          low *= SCALES.containsKey(t.get(k).lower())
              ? SCALES.get(t.get(k).lower())
              : SHORT_SCALES.get(t.get(k).lower());
        }
      }
    }
    String unit = first.unit != null ? first.unit : second.unit;
    return new Amount(first.start, second.end, low, second.high, false, true, unit,
        first.words && second.words);
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
    double low;
    double high;
    boolean vague = false;
    boolean words;
    int end;
    Token n = t.get(j);
    if (n.isNumber()) {
      if (unit != null && j > i && !n.glued() && CURRENCY_SIGNS.containsKey(t.get(j - 1).text())) {
        return null; // "$ 5" is not how figures are written; avoid stray signs
      }
      Double v = digits(n.text());
      if (v == null) {
        return null;
      }
      low = v;
      end = j + 1;
      words = false;
      if (end < t.size()) {
        Token s = t.get(end);
        Double scale = s.glued() ? SHORT_SCALES.get(s.lower()) : null;
        if (scale == null && !s.glued()) {
          scale = SCALES.get(s.lower());
          if (scale == null && SHORT_SCALES.containsKey(s.lower()) && s.text().length() > 1) {
            scale = SHORT_SCALES.get(s.lower());
          }
        }
        if (scale != null) {
          low *= scale;
          end++;
        }
      }
      high = low;
    } else {
      double[] w = words(t, j);
      if (w == null) {
        return null;
      }
      end = (int) w[0];
      low = w[1];
      high = w[2];
      vague = low != high;
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
      }
    }
    return new Amount(i, end, low, high, vague, false, unit, words);
  }

  /** The value of a digit string ("20,000", "1.5"), or null when it is not a plain number. */
  static Double digits(String s) {
    if (s.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?")) {
      return Double.parseDouble(s.replace(",", ""));
    }
    return null;
  }

  /** {end, low, high} of a number in words at token {@code i}, or null. */
  static double[] words(List<Token> t, int i) {
    String w = t.get(i).lower();
    String next = i + 1 < t.size() ? t.get(i + 1).lower() : "";
    String after = i + 2 < t.size() ? t.get(i + 2).lower() : "";
    // "tens of thousands", "hundreds of millions", "dozens of"
    if ((w.equals("tens") || w.equals("hundreds")) && next.equals("of")
        && BANDS.containsKey(after) && !after.equals("dozens") && !after.equals("hundreds")) {
      double base = (w.equals("tens") ? 10 : 100) * BANDS.get(after);
      return new double[] {i + 3, 2 * base, 10 * base - 1};
    }
    if (BANDS.containsKey(w)) {
      double base = BANDS.get(w);
      return new double[] {i + 1, 2 * base, (w.equals("dozens") ? 100 : 10 * base) - 1};
    }
    if ((w.equals("a") || w.equals("an")) && (next.equals("dozen") || SCALES.containsKey(next))) {
      double v = next.equals("dozen") ? 12 : SCALES.get(next);
      return new double[] {i + 2, v, v};
    }
    double total = 0;
    double current = 0;
    int j = i;
    boolean any = false;
    while (j < t.size()) {
      String x = t.get(j).lower();
      double r = current % 100;
      if (SMALL.containsKey(x) && (r == 0 || r >= 20 && r % 10 == 0 && SMALL.get(x) < 10)) {
        current += SMALL.get(x);
      } else if (TENS.containsKey(x) && r == 0) {
        current += TENS.get(x);
      } else if (x.equals("hundred") && r > 0 && current < 100) {
        current *= 100;
      } else if (x.equals("dozen") && current > 0 && current < 100) {
        current *= 12;
      } else if (SCALES.containsKey(x) && !x.equals("hundred") && current > 0) {
        total += current * SCALES.get(x);
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
    double v = total + current;
    return new double[] {j, v, v};
  }

  static boolean isNumberWord(String w) {
    return SMALL.containsKey(w) || TENS.containsKey(w);
  }
}
