package dev.factx.extract;

import dev.factx.text.Span;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When something happened, as the days a date expression allows, with the precision it names them
 * at and how they relate to it.
 *
 * @param id claim id ({@code ARTICLE:dN})
 * @param articleId the article
 * @param span the date expression in the raw body ("on Dec. 16")
 * @param text the expression as it stands in the body
 * @param low first day the expression allows, or null when it cannot be resolved or has no first
 *     day ("by March 2017")
 * @param high last day the expression allows (equal to low for one day), or null when it cannot be
 *     resolved or has no last day ("since 2002" without an article date)
 * @param anchor the date a relative expression was counted from, or null
 * @param relative whether the expression is relative ("on Monday", "a week ago")
 * @param event what the date dates ("Miller spoke"), or null
 * @param precision how finely the expression names its time ("in November": a month)
 * @param shape how the days relate to it: within them, by their end, since their start, or a
 *     range from the first unit to the last
 * @param resolution how the days were worked out (a weekday told in the past: the latest one on or
 *     before the article's date)
 */
public record DateClaim(
    String id,
    String articleId,
    Span span,
    String text,
    LocalDate low,
    LocalDate high,
    LocalDate anchor,
    boolean relative,
    DateEvent event,
    DatePrecision precision,
    DateShape shape,
    DateResolution resolution)
    implements Claim {
  public DateClaim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(resolution, "resolution");
    if (low != null && high != null && high.isBefore(low)) {
      throw new IllegalArgumentException("high " + high + " before low " + low);
    }
  }

  /**
   * A claim of days at day precision (one day) or of a few days, within them: what a claim made
   * without a reading of its expression's precision is taken for.
   */
  public DateClaim(String id, String articleId, Span span, String text, LocalDate low,
      LocalDate high, LocalDate anchor, boolean relative, DateEvent event) {
    this(id, articleId, span, text, low, high, anchor, relative, event,
        low != null && low.equals(high) ? DatePrecision.DAY : DatePrecision.DAYS, DateShape.POINT,
        low == null && high == null ? DateResolution.UNRESOLVED
            : relative ? DateResolution.HEADER : DateResolution.EXPLICIT);
  }

  /** Whether the claim's days are known (one end may be open). */
  public boolean resolved() {
    return low != null || high != null;
  }

  /**
   * {@code 2024-12-16}, {@code 2024-12-06..2024-12-09}, {@code ..2017-03-31} (by then),
   * {@code 2002-01-01..} (since then), or null when unresolved.
   */
  public String value() {
    if (!resolved()) {
      return null;
    }
    if (low != null && low.equals(high)) {
      return low.toString();
    }
    return (low == null ? "" : low.toString()) + ".." + (high == null ? "" : high.toString());
  }

  @Override
  public Kind kind() {
    return Kind.DATE;
  }
}
