package dev.factx.extract;

import dev.factx.text.Span;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A date expression found in text, with the days it allows once resolved.
 *
 * @param span the expression in the text it was found in, preposition included ("on Monday")
 * @param low first day allowed, or null while unresolved or open ("by March")
 * @param high last day allowed, or null while unresolved or open ("since 2002" without an anchor)
 * @param relative whether the expression counts from another date ("on Monday", "a week ago")
 * @param fromPrevious whether it counts from the date of the event told just before ("the same
 *     day", "the day before", "a week earlier") rather than from the article's date
 * @param fromDays for {@code fromPrevious}: first day allowed, in days after that date
 * @param toDays for {@code fromPrevious}: last day allowed, in days after that date
 * @param precision how finely it names its time
 * @param shape how the days relate to it
 * @param resolution how the days were worked out
 * @param orAnchor for {@code fromPrevious}: whether, with no event told before, it is the
 *     article's own day ("later in the day", "throughout the day")
 */
public record DateMention(
    Span span,
    LocalDate low,
    LocalDate high,
    boolean relative,
    boolean fromPrevious,
    int fromDays,
    int toDays,
    DatePrecision precision,
    DateShape shape,
    DateResolution resolution,
    boolean orAnchor) {
  public DateMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(resolution, "resolution");
    if ((low == null) != (high == null) && shape == DateShape.POINT) {
      throw new IllegalArgumentException("low and high are both set or both null");
    }
    if (low != null && high != null && high.isBefore(low)) {
      throw new IllegalArgumentException("high " + high + " before low " + low);
    }
    if (fromDays > toDays) {
      throw new IllegalArgumentException("fromDays " + fromDays + " after toDays " + toDays);
    }
  }

  /** A mention that allows the days from low to high, at day precision or as a few days. */
  static DateMention of(Span span, LocalDate low, LocalDate high, boolean relative) {
    return new DateMention(span, low, high, relative, false, 0, 0,
        low != null && low.equals(high) ? DatePrecision.DAY : DatePrecision.DAYS, DateShape.POINT,
        low == null ? DateResolution.UNRESOLVED
            : relative ? DateResolution.HEADER : DateResolution.EXPLICIT, false);
  }

  /** A mention counted from the date of the event told before, unresolved. */
  static DateMention fromPrevious(Span span, int fromDays, int toDays) {
    return new DateMention(span, null, null, true, true, fromDays, toDays,
        fromDays == toDays ? DatePrecision.DAY : DatePrecision.DAYS, DateShape.POINT,
        DateResolution.UNRESOLVED, false);
  }

  /** Whether its days are known (one end may be open). */
  public boolean resolved() {
    return low != null || high != null;
  }

  /** This mention resolved against the date (range) of the event told before it. */
  public DateMention resolve(LocalDate previousLow, LocalDate previousHigh) {
    if (!fromPrevious || previousLow == null) {
      return this;
    }
    LocalDate hi = previousHigh == null ? previousLow : previousHigh;
    LocalDate lo = previousLow.plusDays(fromDays);
    LocalDate h = hi.plusDays(toDays);
    DatePrecision p = lo.equals(h) ? DatePrecision.DAY : DatePrecision.DAYS;
    return new DateMention(span, lo, h, true, true, fromDays, toDays, p, shape,
        DateResolution.PREVIOUS_EVENT, orAnchor);
  }

  /** This mention, which counts from an event told before, taken as the article's own day. */
  public DateMention onAnchor(LocalDate anchor) {
    if (!fromPrevious || anchor == null) {
      return this;
    }
    return new DateMention(span, anchor, anchor, true, true, fromDays, toDays, DatePrecision.DAY,
        shape, DateResolution.HEADER, orAnchor);
  }

  /** {@code 2024-12-16}, {@code 2024-12-06..2024-12-09}, {@code ..2017-03-31}, or null. */
  public String value() {
    if (!resolved()) {
      return null;
    }
    if (low != null && low.equals(high)) {
      return low.toString();
    }
    return (low == null ? "" : low.toString()) + ".." + (high == null ? "" : high.toString());
  }
}
