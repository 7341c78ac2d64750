package dev.factx.analysis;

import dev.factx.text.Span;
import java.util.Objects;

/**
 * One passage between quote marks, in a document's normalized text.
 *
 * @param inner the quoted words, without the marks or surrounding spaces
 * @param outer the passage with its marks (for a paragraph that runs on: to the paragraph end)
 * @param continues whether it carries on a quote left open at the end of the paragraph before
 *     (news style: a quote over several paragraphs opens each and closes only the last)
 * @param runsOn whether it is left open at its paragraph's end and goes on in the next one
 * @param single whether single marks ({@code 'a dead end'}) quote it rather than double ones
 */
public record QuoteSpan(Span inner, Span outer, boolean continues, boolean runsOn, boolean single) {
  public QuoteSpan {
    Objects.requireNonNull(inner, "inner");
    Objects.requireNonNull(outer, "outer");
  }
}
