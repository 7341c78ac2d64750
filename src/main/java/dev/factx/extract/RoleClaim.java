package dev.factx.extract;

import dev.factx.text.Span;
import java.util.Objects;
import java.util.Set;

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
 * @param pronouns {@code female} or {@code male} when the pronouns the article uses for the person
 *     agree, else null: evidence apart from the title, which matching weighs against it
 * @param organisationWords the organisation's content words, lower case, for matching
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
    String gender,
    String pronouns,
    Set<String> organisationWords)
    implements Claim {
  public RoleClaim {
    organisationWords = organisationWords == null ? Set.of() : Set.copyOf(organisationWords);
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(person, "person");
  }

  @Override
  public Kind kind() {
    return Kind.ROLE;
  }
}
