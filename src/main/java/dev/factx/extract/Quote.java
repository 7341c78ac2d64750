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
 * @param speaker the resolved full name of the speaker, or null when unattributed
 * @param indirect true for reported speech without quote marks ("Miller noted that ...")
 * @param passage the quoted words as matching compares them; null for a quote made outside the
 *     extractor (verify's own marks)
 */
public record Quote(
    String id, String articleId, Span span, String text, String speaker, boolean indirect,
    QuotePassage passage)
    implements Claim {
  public Quote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }

  @Override
  public Kind kind() {
    return Kind.QUOTE;
  }
}
