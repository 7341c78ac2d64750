package dev.factx.extract;

import dev.factx.text.Span;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A date expression found in text, with the days it allows once resolved.
 *
 * @param span the expression in the text it was found in, preposition included ("on Monday")
 * @param low first day allowed, or null while unresolved
 * @param high last day allowed, or null while unresolved
 * @param relative whether the expression counts from another date ("on Monday", "a week ago")
 * @param fromPrevious whether it counts from the date of the event told just before ("the same
 *     day", "the day before", "a week earlier") rather than from the article's date
 * @param fromDays for {@code fromPrevious}: first day allowed, in days after that date
 * @param toDays for {@code fromPrevious}: last day allowed, in days after that date
 */
public record DateMention(
    Span span,
    LocalDate low,
    LocalDate high,
    boolean relative,
    boolean fromPrevious,
    int fromDays,
    int toDays) {
  public DateMention {
    Objects.requireNonNull(span, "span");
    if ((low == null) != (high == null)) {
      throw new IllegalArgumentException("low and high are both set or both null");
    }
    if (low != null && high.isBefore(low)) {
      throw new IllegalArgumentException("high " + high + " before low " + low);
    }
    if (fromDays > toDays) {
      throw new IllegalArgumentException("fromDays " + fromDays + " after toDays " + toDays);
    }
  }

  /** A mention that allows the days from low to high. */
  static DateMention of(Span span, LocalDate low, LocalDate high, boolean relative) {
    return new DateMention(span, low, high, relative, false, 0, 0);
  }

  /** A mention counted from the date of the event told before, unresolved. */
  static DateMention fromPrevious(Span span, int fromDays, int toDays) {
    return new DateMention(span, null, null, true, true, fromDays, toDays);
  }

  /** This mention resolved against the date (range) of the event told before it. */
  public DateMention resolve(LocalDate previousLow, LocalDate previousHigh) {
    if (!fromPrevious || previousLow == null) {
      return this;
    }
    return new DateMention(
        span, previousLow.plusDays(fromDays), previousHigh.plusDays(toDays), true, true, fromDays,
        toDays);
  }

  /** {@code 2024-12-16}, {@code 2024-12-06..2024-12-09}, or null when unresolved. */
  public String value() {
    if (low == null) {
      return null;
    }
    return low.equals(high) ? low.toString() : low + ".." + high;
  }
}
