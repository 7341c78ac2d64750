package dev.factx.extract;

/** How a date claim's days were worked out, so that a reader can see what was assumed. */
public enum DateResolution {
  /** The expression names its days in full: "on Aug. 6, 2019", "in 2017". */
  EXPLICIT,
  /** Counted from the article's date by the unit it names: "yesterday", "last year". */
  HEADER,
  /** A weekday, day or month without a year, told in the past: the latest one by the date. */
  HEADER_PAST,
  /** The same told of something still to come: the next one from the article's date. */
  HEADER_FUTURE,
  /** The same with no tense to go by: the one nearest the article's date. */
  HEADER_NEAREST,
  /** Counted from the date of the event told before it: "the day before". */
  PREVIOUS_EVENT,
  /** Not worked out: the article has no date, or nothing was told before. */
  UNRESOLVED;

  /** The name reports use, lower case with spaces. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
