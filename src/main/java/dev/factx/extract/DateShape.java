package dev.factx.extract;

/** How a date claim's days relate to the time it names. */
public enum DateShape {
  /** It happened within the days: "on Tuesday", "in 2017". */
  POINT,
  /** It happened on or before the last day: "by March 2017" (low is open, null). */
  BY,
  /** It has held from the first day to the article's date: "since 2002". */
  SINCE,
  /** It lasted from the first unit to the last: "from 1966 to 1978". */
  RANGE;

  /** The name reports use, lower case. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
