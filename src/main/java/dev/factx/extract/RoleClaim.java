package dev.factx.extract;

import dev.factx.text.Span;
import java.util.Objects;

/**
 * A person's title or function as an article gives it.
 *
 * @param id claim id ({@code ARTICLE:rN})
 * @param articleId the article
 * @param span the mention in the raw body ("Pentagon spokesperson Major General Pat Ryder")
 * @param text the mention as it stands in the body
 * @param person the person's full name, as resolved across the bundle
 * @param role the title or function ("spokesperson", "President")
 * @param organisation the organisation, or null ("Pentagon", "US Department of State")
 * @param rank a military or honorific rank, or null ("Major General")
 * @param gender {@code female} or {@code male} when the title or the article's pronouns say, else
 *     null
 */
public record RoleClaim(
    String id,
    String articleId,
    Span span,
    String text,
    String person,
    String role,
    String organisation,
    String rank,
    String gender)
    implements Claim {
  public RoleClaim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(person, "person");
  }

  @Override
  public String kind() {
    return "role";
  }
}
