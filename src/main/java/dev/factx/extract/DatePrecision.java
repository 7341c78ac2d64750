package dev.factx.extract;

/**
 * How finely a date expression names its time, finest first: two dates are compared at the
 * coarser of their precisions ("on Aug. 6" and "this month" are the same month).
 */
public enum DatePrecision {
  /** One day: "on Tuesday", "on March 11". */
  DAY,
  /** A few days that make no calendar unit: "a week ago", "over the weekend". */
  DAYS,
  /** A week, Monday to Sunday: "last week". */
  WEEK,
  /** The first, middle or last third of a month: "in early March", "in mid-May". */
  MONTH_PART,
  /** A month: "in November", "earlier this month". */
  MONTH,
  /** A year: "in 2017", "last year", "since 2002". */
  YEAR,
  /** A decade: "in the 1990s". */
  DECADE;

  /** The name reports use: {@code day}, {@code days}, {@code week}, {@code month part}, ... */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
