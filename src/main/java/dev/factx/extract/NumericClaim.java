package dev.factx.extract;

import dev.factx.text.Span;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure: a count, amount or share, with the interval its wording allows.
 *
 * @param id claim id ({@code ARTICLE:nN})
 * @param articleId the article
 * @param span the figure phrase in the raw body ("at least 30 soldiers killed or wounded")
 * @param text the phrase as it stands in the body
 * @param low the least value the wording allows, or null when open below; an exact decimal
 * @param high the greatest value the wording allows, or null when open above; an exact decimal
 * @param qualifier {@code exact}, {@code at-least}, {@code more-than}, {@code up-to},
 *     {@code less-than}, {@code about}, {@code range}, {@code ordinal} (low = high = the rank),
 *     {@code score} (low and high are the two sides as written, winner first)
 * @param unit the counted noun as written ("soldiers", "casualties", "days"), {@code percent} or
 *     a currency code ({@code USD}), or null
 * @param outcome what happened to what is counted ("killed or wounded", "missing"), or null
 * @param subject what the figure counts, in words, for reports
 * @param sourceCited who the article says gave the figure, or null
 * @param context what the sentence around the figure says about it, for matching; null when
 *     nothing was read (a claim made outside the extractor)
 * @param counted what the figure counts, for matching; null when nothing was read
 */
public record NumericClaim(
    String id,
    String articleId,
    Span span,
    String text,
    BigDecimal low,
    BigDecimal high,
    String qualifier,
    String unit,
    String outcome,
    String subject,
    String sourceCited,
    FigureContext context,
    Counted counted)
    implements Claim {
  public NumericClaim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(qualifier, "qualifier");
  }

  @Override
  public Kind kind() {
    return Kind.NUMBER;
  }
}
