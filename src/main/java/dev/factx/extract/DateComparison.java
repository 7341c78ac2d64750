package dev.factx.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * Whether two date claims can date one event as they stand: the one comparison of dates that date
 * matching and {@code verify} both make.
 *
 * <p>Two dates are compared at the coarser of their precisions: each claim's days are widened to
 * whole units of that precision ("on Aug. 6" read at month precision is August) and the two are
 * {@link Relation#SAME} when the widened days meet: a coarser date that holds a finer one agrees
 * with it ("on Aug. 6" and "this month", "in November" and "last year", "last Wednesday" and "last
 * week"), and {@link Relation#CONFLICT} when they do not ("on April 30" and "in mid-May", 2026 and
 * 2027, "last year" and "earlier this month"). A bound holds when the other date can fall within
 * it ("by March 2017" and "in 2017"); two bounds that name other units differ. A range is compared
 * end by end: both ends must meet ("from 1966 to 1978" and "from 1967 to 1979" conflict, though
 * the years overlap). A past event's date does not change, so disjoint dates conflict; a date of
 * something still to come that moved between two reports (both told as to come and the reports of
 * different days, or one telling of the move: "postponed to July 12") {@link Relation#DIFFERS}.
 */
public final class DateComparison {
  /** How two dates stand. */
  public enum Relation {
    /** Both can hold at the precision compared. */
    SAME,
    /** Both can hold, but they say different things: a scheduled date that moved, two bounds. */
    DIFFERS,
    /** They cannot both hold. */
    CONFLICT
  }

  /**
   * A comparison's outcome.
   *
   * @param relation how the dates stand
   * @param precision the precision they were compared at (the coarser of the two)
   */
  public record Result(Relation relation, DatePrecision precision) {
    public Result {
      Objects.requireNonNull(relation, "relation");
      Objects.requireNonNull(precision, "precision");
    }
  }

  private DateComparison() {}

  /** How two resolved date claims stand, or null when either is unresolved. */
  public static Result compare(DateClaim a, DateClaim b) {
    if (!a.resolved() || !b.resolved()) {
      return null;
    }
    DatePrecision p = a.precision().compareTo(b.precision()) >= 0 ? a.precision() : b.precision();
    Relation r = relation(a, b, p);
    if (r == Relation.CONFLICT && moved(a, b)) {
      r = Relation.DIFFERS;
    }
    return new Result(r, p);
  }

  /**
   * All of a claim that {@link #compare} reads: two claims with equal reads compare alike with any
   * third, so a matcher may compare one claim of each distinct read. Whatever {@link #compare}
   * comes to read of a claim must be added here. Equality is written out, with a record's
   * formulas: a record's generated equals and hashCode cost a cold start the set-up of
   * java.lang.runtime.ObjectMethods, tens of milliseconds (the seed bundle's matching is the first
   * to ask).
   */
  public record Reads(LocalDate low, LocalDate high, DatePrecision precision, DateShape shape,
      LocalDate anchor, DateResolution resolution, boolean rescheduled, boolean futureTense) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Reads r && Objects.equals(low, r.low) && Objects.equals(high, r.high)
          && precision == r.precision && shape == r.shape && Objects.equals(anchor, r.anchor)
          && resolution == r.resolution && rescheduled == r.rescheduled
          && futureTense == r.futureTense;
    }

    @Override
    public int hashCode() {
      int h = Objects.hashCode(low);
      h = 31 * h + Objects.hashCode(high);
      h = 31 * h + Objects.hashCode(precision);
      h = 31 * h + Objects.hashCode(shape);
      h = 31 * h + Objects.hashCode(anchor);
      h = 31 * h + Objects.hashCode(resolution);
      h = 31 * h + Boolean.hashCode(rescheduled);
      return 31 * h + Boolean.hashCode(futureTense);
    }
  }

  /** What {@link #compare} reads of a claim. */
  public static Reads reads(DateClaim c) {
    DateEvent e = c.event();
    return new Reads(c.low(), c.high(), c.precision(), c.shape(), c.anchor(), c.resolution(),
        e != null && e.rescheduled(), e != null && e.tense() == Tense.FUTURE);
  }

  /** Whether two claims name the same days at the coarser precision (verify's "no change"). */
  public static boolean same(DateClaim a, DateClaim b) {
    Result r = compare(a, b);
    return r != null && r.relation() == Relation.SAME;
  }

  private static Relation relation(DateClaim a, DateClaim b, DatePrecision p) {
    DateShape x = a.shape();
    DateShape y = b.shape();
    if (x == DateShape.RANGE && y == DateShape.RANGE) {
      boolean starts = meet(start(a.low(), a.precision()), start(b.low(), b.precision()), p);
      boolean ends = meet(end(a.high(), a.precision()), end(b.high(), b.precision()), p);
      return starts && ends ? Relation.SAME : Relation.CONFLICT;
    }
    if (x == DateShape.BY && y == DateShape.BY) {
      return widen(a.high(), p, true).equals(widen(b.high(), p, true)) ? Relation.SAME
          : Relation.DIFFERS;
    }
    if (x == DateShape.SINCE && y == DateShape.SINCE) {
      return meet(start(a.low(), a.precision()), start(b.low(), b.precision()), p)
          ? Relation.SAME : Relation.CONFLICT;
    }
    // a "since" claim is compared by the time it started from
    LocalDate[] u = x == DateShape.SINCE ? start(a.low(), a.precision()) : days(a);
    LocalDate[] v = y == DateShape.SINCE ? start(b.low(), b.precision()) : days(b);
    return meet(u, v, p) ? Relation.SAME : Relation.CONFLICT;
  }

  /** A claim's days, an open end as null. */
  private static LocalDate[] days(DateClaim c) {
    return new LocalDate[] {c.low(), c.high()};
  }

  /** The first unit of a claim's days: its first day widened to its own precision. */
  private static LocalDate[] start(LocalDate low, DatePrecision own) {
    return low == null ? new LocalDate[] {null, null}
        : new LocalDate[] {widen(low, own, false), widen(low, own, true)};
  }

  /** The last unit of a claim's days. */
  private static LocalDate[] end(LocalDate high, DatePrecision own) {
    return high == null ? new LocalDate[] {null, null}
        : new LocalDate[] {widen(high, own, false), widen(high, own, true)};
  }

  /** Whether two spans of days meet once both are widened to whole units of precision {@code p}. */
  private static boolean meet(LocalDate[] u, LocalDate[] v, DatePrecision p) {
    LocalDate uLow = u[0] == null ? null : widen(u[0], p, false);
    LocalDate uHigh = u[1] == null ? null : widen(u[1], p, true);
    LocalDate vLow = v[0] == null ? null : widen(v[0], p, false);
    LocalDate vHigh = v[1] == null ? null : widen(v[1], p, true);
    boolean uBeforeV = uHigh != null && vLow != null && uHigh.isBefore(vLow);
    boolean vBeforeU = vHigh != null && uLow != null && vHigh.isBefore(uLow);
    return !uBeforeV && !vBeforeU;
  }

  /** The first ({@code end} false) or last day of the unit of precision {@code p} holding a day. */
  static LocalDate widen(LocalDate d, DatePrecision p, boolean end) {
    switch (p) {
      case WEEK:
        return end ? d.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
            : d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH_PART: {
        int day = d.getDayOfMonth();
        int first = day <= 10 ? 1 : day <= 20 ? 11 : 21;
        int last = day <= 10 ? 10 : day <= 20 ? 20 : d.lengthOfMonth();
        return d.withDayOfMonth(end ? last : first);
      }
      case MONTH:
        return end ? d.with(TemporalAdjusters.lastDayOfMonth()) : d.withDayOfMonth(1);
      case YEAR:
        return end ? d.with(TemporalAdjusters.lastDayOfYear()) : d.withDayOfYear(1);
      case DECADE: {
        int y = d.getYear() - Math.floorMod(d.getYear(), 10);
        return end ? LocalDate.of(y + 9, 12, 31) : LocalDate.of(y, 1, 1);
      }
      default:
        return d;
    }
  }

  /**
   * Whether two disjoint dates can be one scheduled date that moved: one claim tells of a move,
   * or both are told as still to come in reports of different days.
   */
  private static boolean moved(DateClaim a, DateClaim b) {
    DateEvent x = a.event();
    DateEvent y = b.event();
    if ((x != null && x.rescheduled()) || (y != null && y.rescheduled())) {
      return true;
    }
    return future(a) && future(b) && a.anchor() != null && b.anchor() != null
        && !a.anchor().equals(b.anchor());
  }

  private static boolean future(DateClaim c) {
    return c.resolution() == DateResolution.HEADER_FUTURE
        || (c.event() != null && c.event().tense() == Tense.FUTURE);
  }
}
