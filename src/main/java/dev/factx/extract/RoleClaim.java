package dev.factx.extract;

import dev.factx.text.Span;
import java.util.List;
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
 * @param office the office the title names, in the lexicon's words ("Sen." -> "senator",
 *     "spokeswoman" -> "spokesperson"; {@code offices.txt}), or null
 * @param modifiers the words of time before the title, lower case ("former", "then", "newly
 *     confirmed"), in order
 * @param party the party the mention gives ("democrat", "republican", "independent"), or null
 * @param jurisdiction the US state the mention gives, lower case ("ohio" from "(R-Ohio)", "of
 *     Ohio", "Ohio Gov."), or null
 * @param relativeTo whose the role is, as written ("Mr. Reyes" in "Mr. Reyes's lawyer", "his" in
 *     "his wife"), or null
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
    Set<String> organisationWords,
    String office,
    List<String> modifiers,
    String party,
    String jurisdiction,
    String relativeTo)
    implements Claim {
  public RoleClaim {
    organisationWords = organisationWords == null ? Set.of() : Set.copyOf(organisationWords);
    modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(person, "person");
  }

  /** A claim of a title alone, its office read from the title, with no party, state or relative. */
  public RoleClaim(String id, String articleId, Span span, String text, String person,
      String role, String organisation, String rank, String gender, String pronouns,
      Set<String> organisationWords) {
    this(id, articleId, span, text, person, role, organisation, rank, gender, pronouns,
        organisationWords, Offices.office(role, organisation), List.of(), null, null, null);
  }

  /** When the person holds the office: the time of its first modifier ("past"), else "now". */
  public String time() {
    for (String m : modifiers) {
      String t = Offices.time(m);
      if (t != null && !t.equals("now")) {
        return t;
      }
    }
    return "now";
  }

  @Override
  public Kind kind() {
    return Kind.ROLE;
  }
}
