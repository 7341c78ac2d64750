package dev.factx.extract;

import dev.factx.text.Span;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When something happened, as a date or a range of dates.
 *
 * @param id claim id ({@code ARTICLE:dN})
 * @param articleId the article
 * @param span the date expression in the raw body ("on Dec. 16")
 * @param text the expression as it stands in the body
 * @param low first day the expression allows, or null when it cannot be resolved
 * @param high last day the expression allows (equal to low for one day), or null
 * @param anchor the date a relative expression was counted from, or null
 * @param relative whether the expression is relative ("on Monday", "a week ago")
 * @param event what the date dates ("Miller spoke"), or null
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
    DateEvent event)
    implements Claim {
  public DateClaim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }

  /** {@code 2024-12-16}, {@code 2024-12-06..2024-12-09}, or null when unresolved. */
  public String value() {
    if (low == null || high == null) {
      return null;
    }
    return low.equals(high) ? low.toString() : low + ".." + high;
  }

  @Override
  public Kind kind() {
    return Kind.DATE;
  }
}
