package dev.factx.match;

import dev.factx.analysis.Lexicon;
import dev.factx.extract.NumericClaim;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How two figures for the same measure stand: {@link Relation#SAME}, {@link Relation#DIFFERS} or
 * {@link Relation#CONFLICT}, worked out in exact decimals.
 *
 * <p>Each figure is an interval: its wording's ("at least 30" is [30, open), "about 400" is [360,
 * 440]), widened for a round exact figure by the precision it implies: a figure of whole hundreds
 * or more ("$250,000", "3,000", "$12.4 billion") may have been rounded to its last non-zero digit
 * or cut down from the next, so it stands for half a unit below to one unit above ("$41,000" for
 * $40,500 to $42,000), each side at most a tenth of the figure (so "$2 trillion" never meets "$1
 * trillion"). Lengths of time compare in one unit (a year is 12 months and 365.25 days).
 *
 * <p>Two figures conflict when their intervals cannot overlap (the exclusive bounds of "more than"
 * and "fewer than" count as open). They are the same when their intervals overlap and they do not
 * bound the count from opposite sides, and either one is a band in words ("dozens", "scores of")
 * or the numbers written lie within a tenth of each other ("at least 30" and "some 30"; ages must
 * be equal, and a decade of life holds the ages in it); a range is the same only as the same
 * range. Anything else differs: both can be true, yet a
 * fact-checker must see them side by side ("at least 30" and "up to 250"). Scores and ranks are
 * the same when equal and conflict otherwise.
 */
final class FigureRelation {
  static final Relation SAME = Relation.SAME;
  static final Relation DIFFERS = Relation.DIFFERS;
  static final Relation CONFLICT = Relation.CONFLICT;
  private static final BigDecimal TOLERANCE = new BigDecimal("0.1");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private FigureRelation() {}

  /** A figure as an interval in one unit; a null bound is open. */
  private record Interval(BigDecimal low, BigDecimal high, boolean lowOpen, boolean highOpen,
      int direction, BigDecimal anchor, boolean band, boolean range) {}

  /**
   * A figure read for comparing with many others: its claim and its interval, worked out when
   * first asked and then kept (an interval depends on its claim alone). For one thread's use.
   */
  static final class Figure {
    final NumericClaim claim;
    private Interval interval;

    Figure(NumericClaim claim) {
      this.claim = claim;
    }

    private Interval interval() {
      if (interval == null) {
        interval = FigureRelation.interval(claim);
      }
      return interval;
    }
  }

  static Relation of(NumericClaim a, NumericClaim b) {
    return of(new Figure(a), new Figure(b));
  }

  /** {@link #of(NumericClaim, NumericClaim)} of two figures' claims. */
  static Relation of(Figure fa, Figure fb) {
    NumericClaim a = fa.claim;
    NumericClaim b = fb.claim;
    if ("score".equals(a.qualifier()) || "score".equals(b.qualifier())
        || "ordinal".equals(a.qualifier()) || "ordinal".equals(b.qualifier())) {
      return equal(a.low(), b.low()) && equal(a.high(), b.high())
          && a.qualifier().equals(b.qualifier()) ? SAME : CONFLICT;
    }
    Interval x = fa.interval();
    Interval y = fb.interval();
    if (!overlap(x, y)) {
      return CONFLICT;
    }
    if (x.direction() * y.direction() < 0) {
      return DIFFERS;
    }
    if (x.band() || y.band()) {
      return SAME;
    }
    boolean ages = a.counted() != null && "age".equals(a.counted().measure());
    if (ages && (x.range() != y.range()) && x.direction() == 0 && y.direction() == 0
        && decade(x.range() ? a : b)) {
      // "in his 30s" holds "then 32": a decade of life is one age, not a band of ages
      Interval range = x.range() ? x : y;
      Interval one = x.range() ? y : x;
      return range.low().compareTo(one.low()) <= 0 && one.high().compareTo(range.high()) <= 0
          ? SAME : DIFFERS;
    }
    if (x.range() || y.range()) {
      // a range is the same figure only as the same range
      return x.range() && y.range() && close(x.low(), y.low()) && close(x.high(), y.high())
          ? SAME : DIFFERS;
    }
    // an age is said exactly: 18 and 19 are two ages, however close
    return ages ? (x.anchor().compareTo(y.anchor()) == 0 ? SAME : DIFFERS)
        : close(x.anchor(), y.anchor()) ? SAME : DIFFERS;
  }

  /** The worse of two relations: conflict over differs over same. */
  static Relation worse(Relation a, Relation b) {
    return Relation.worse(a, b);
  }

  private static boolean equal(BigDecimal x, BigDecimal y) {
    return x == null ? y == null : y != null && x.compareTo(y) == 0;
  }

  private static boolean close(BigDecimal x, BigDecimal y) {
    BigDecimal limit = TOLERANCE.multiply(x.abs().max(y.abs()));
    return x.subtract(y).abs().compareTo(limit) <= 0;
  }

  /** A figure's interval in one unit, widened by the precision a round exact figure implies. */
  private static Interval interval(NumericClaim c) {
    BigDecimal scale = minutes(c);
    BigDecimal lo = c.low() == null ? null : c.low().multiply(scale);
    BigDecimal hi = c.high() == null ? null : c.high().multiply(scale);
    String q = c.qualifier();
    int direction = lo != null && hi == null ? 1 : lo == null && hi != null ? -1 : 0;
    BigDecimal anchor;
    if (lo == null) {
      anchor = hi == null ? BigDecimal.ZERO : hi;
    } else if (hi == null || "less-than".equals(q) || "more-than".equals(q)) {
      anchor = "less-than".equals(q) && hi != null ? hi : lo; // "nearly 30" was built on 30
    } else {
      anchor = lo.add(hi).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    }
    boolean band = "about".equals(q) && c.low() != null && c.high() != null
        && !isTenPercent(c.low(), c.high());
    if ("exact".equals(q) && lo != null && lo.compareTo(hi) == 0) {
      BigDecimal unit = roundUnit(c.low());
      if (unit != null) {
        BigDecimal cap = lo.abs().multiply(TOLERANCE);
        BigDecimal unitInScale = unit.multiply(scale);
        lo = lo.subtract(unitInScale.multiply(HALF).min(cap));
        hi = hi.add(unitInScale.min(cap));
      }
    }
    return new Interval(lo, hi, "more-than".equals(q), "less-than".equals(q), direction, anchor,
        band, "range".equals(q));
  }

  /** Whether a range is a decade of life ("in his 30s": 30 to 39). */
  private static boolean decade(NumericClaim c) {
    return c.low() != null && c.high() != null && c.low().remainder(BigDecimal.TEN).signum() == 0
        && c.high().subtract(c.low()).compareTo(BigDecimal.valueOf(9)) == 0;
  }

  /** Whether an "about" interval is a number ± 10% rather than a band in words. */
  private static boolean isTenPercent(BigDecimal low, BigDecimal high) {
    BigDecimal mid = low.add(high).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    BigDecimal tenth = mid.multiply(TOLERANCE);
    return mid.subtract(low).subtract(tenth).abs().compareTo(new BigDecimal("0.000001")) <= 0;
  }

  /**
   * The unit of the last non-zero digit of a whole figure of hundreds or more ("250,000": 10,000;
   * "12,400,000,000": 100,000,000), or null for a figure that looks exact ("41", "2,306.08").
   */
  static BigDecimal roundUnit(BigDecimal v) {
    BigDecimal d = v.stripTrailingZeros();
    if (d.scale() >= 0 || v.abs().compareTo(HUNDRED) < 0) {
      return null; // "41", "0.3": no trailing zeros to read as rounding
    }
    int zeros = -d.scale();
    return zeros < 2 ? null : BigDecimal.TEN.pow(zeros);
  }

  /** How many minutes one unit of a length of time is; 1 for everything else. */
  private static BigDecimal minutes(NumericClaim c) {
    if (c.counted() == null || !"time".equals(c.counted().measure())) {
      return BigDecimal.ONE;
    }
    Long m = Lexicon.FIGURE_DURATION_MINUTES.get(c.counted().noun());
    return m == null ? BigDecimal.ONE : BigDecimal.valueOf(m);
  }

  private static boolean overlap(Interval a, Interval b) {
    BigDecimal lo = max(a.low(), b.low());
    BigDecimal hi = min(a.high(), b.high());
    if (lo == null || hi == null) {
      return true;
    }
    int c = lo.compareTo(hi);
    if (c != 0) {
      return c < 0;
    }
    // touching at one point: allowed unless a bound there is exclusive
    boolean aOpen = a.lowOpen() && equal(lo, a.low()) || a.highOpen() && equal(hi, a.high());
    boolean bOpen = b.lowOpen() && equal(lo, b.low()) || b.highOpen() && equal(hi, b.high());
    return !aOpen && !bOpen;
  }

  private static BigDecimal max(BigDecimal x, BigDecimal y) {
    return x == null ? y : y == null ? x : x.max(y);
  }

  private static BigDecimal min(BigDecimal x, BigDecimal y) {
    return x == null ? y : y == null ? x : x.min(y);
  }
}
