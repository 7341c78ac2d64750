package dev.factx.extract;

import dev.factx.text.Span;
import java.util.Objects;

/**
 * Words attributed to a speaker: a direct quote, or reported speech that may paraphrase one.
 *
 * @param id claim id ({@code ARTICLE:qN})
 * @param articleId the article
 * @param span the quoted words in the raw body (without the quote marks)
 * @param text the quoted words as they stand in the body
 * @param speaker the speaker as the bundle names them: a person's full name, an organisation as
 *     the text names it without "the" ("White House"), or null when unattributed
 * @param indirect true for reported speech without quote marks ("Miller noted that ...")
 * @param passage the quoted words as matching compares them; null for a quote made outside the
 *     extractor (verify's own marks)
 * @param organisation whether the speaker is an organisation, not a person
 * @param person the speaker's place in the bundle's person index ({@code Person.id()}), or -1
 *     when the speaker is no person the index holds (an organisation, a name it does not know,
 *     nobody): two quotes are surely by different people only when both have one and they differ
 * @param partOf for a later part of a quote split by its attribution ({@code "We will," he said,
 *     "win."}), the id of its first part; else null
 */
public record Quote(
    String id, String articleId, Span span, String text, String speaker, boolean indirect,
    QuotePassage passage, boolean organisation, int person, String partOf)
    implements Claim {
  public Quote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (speaker == null && (organisation || person >= 0)) {
      throw new IllegalArgumentException("a quote without a speaker has no speaker kind");
    }
  }

  /** A quote whose speaker, if any, is a name the bundle's person index does not hold. */
  public Quote(String id, String articleId, Span span, String text, String speaker,
      boolean indirect, QuotePassage passage) {
    this(id, articleId, span, text, speaker, indirect, passage, false, -1, null);
  }

  @Override
  public Kind kind() {
    return Kind.QUOTE;
  }
}
