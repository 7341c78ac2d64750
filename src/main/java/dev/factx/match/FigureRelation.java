package dev.factx.match;

import dev.factx.extract.NumericClaim;

/**
 * How two figures for the same measure stand: {@link Relation#SAME}, {@link Relation#DIFFERS} or
 * {@link Relation#CONFLICT}.
 *
 * <p>Two figures conflict when their intervals cannot overlap (exclusive bounds of "more than" and
 * "fewer than" count as open). They are the same when their intervals overlap, the numbers written
 * lie within 10% of each other, and they do not bound the count from opposite sides ("at least 30"
 * and "some 30" are the same; "at least 30" and "up to 30" differ; a range is the same only as the
 * same range). Anything else differs: both can
 * be true, yet a fact-checker must see them side by side ("at least 30" and "up to 250").
 */
final class FigureRelation {
  private static final double TOLERANCE = 0.1;

  private FigureRelation() {}

  static Relation of(NumericClaim a, NumericClaim b) {
    if (!overlap(a, b)) {
      return Relation.CONFLICT;
    }
    int da = direction(a);
    int db = direction(b);
    if (da * db < 0) {
      return Relation.DIFFERS;
    }
    boolean ra = "range".equals(a.qualifier());
    boolean rb = "range".equals(b.qualifier());
    if (ra || rb) {
      // a range is the same figure only as the same range
      return ra && rb && close(a.low(), b.low()) && close(a.high(), b.high())
          ? Relation.SAME : Relation.DIFFERS;
    }
    return close(anchor(a), anchor(b)) ? Relation.SAME : Relation.DIFFERS;
  }

  private static boolean close(double x, double y) {
    return Math.abs(x - y) <= TOLERANCE * Math.max(Math.abs(x), Math.abs(y)) + 1e-9;
  }

  /** +1 for a floor only ("at least"), -1 for a ceiling only ("up to"), 0 otherwise. */
  private static int direction(NumericClaim c) {
    if (c.high() == null && c.low() != null) {
      return 1;
    }
    if (c.low() == null && c.high() != null) {
      return -1;
    }
    return 0;
  }

  /** The number the wording was built on. */
  static double anchor(NumericClaim c) {
    if (c.low() == null) {
      return c.high() == null ? 0 : c.high();
    }
    if (c.high() == null) {
      return c.low();
    }
    if ("less-than".equals(c.qualifier())) {
      return c.high(); // "nearly 30" was built on 30
    }
    return (c.low() + c.high()) / 2;
  }

  private static boolean overlap(NumericClaim a, NumericClaim b) {
    double lo = Math.max(low(a), low(b));
    double hi = Math.min(high(a), high(b));
    if (lo < hi) {
      return true;
    }
    if (lo > hi) {
      return false;
    }
    // touching at one point: allowed unless a bound there is exclusive
    boolean aOpen = lo == low(a) && "more-than".equals(a.qualifier())
        || hi == high(a) && "less-than".equals(a.qualifier());
    boolean bOpen = lo == low(b) && "more-than".equals(b.qualifier())
        || hi == high(b) && "less-than".equals(b.qualifier());
    return !aOpen && !bOpen;
  }

  private static double low(NumericClaim c) {
    return c.low() == null ? Double.NEGATIVE_INFINITY : c.low();
  }

  private static double high(NumericClaim c) {
    return c.high() == null ? Double.POSITIVE_INFINITY : c.high();
  }
}
