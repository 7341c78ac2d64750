package dev.factx.clean;

import dev.factx.bundle.Article;
import dev.factx.text.Span;
import dev.factx.text.Text;
import java.util.List;
import java.util.Objects;

/**
 * An article made ready for extraction: furniture removed, text normalized, split into sentences.
 *
 * @param article the article as read
 * @param text the story text (furniture lines left out, paragraphs separated by a blank line),
 *     normalized for matching; its offset map leads back to {@code article.body()}
 * @param sentences sentence spans in {@code text.value()}, in order, not overlapping
 * @param paragraphs paragraph spans in {@code text.value()}, in order, not overlapping
 * @param removed the furniture lines, in body order
 */
public record Document(
    Article article, Text text, List<Span> sentences, List<Span> paragraphs, List<RemovedLine> removed) {
  public Document {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    paragraphs = List.copyOf(paragraphs);
    removed = List.copyOf(removed);
  }

  /** The raw-body span of a span of the normalized text. */
  public Span sourceSpan(Span span) {
    return text.sourceSpan(span);
  }

  /** The raw article text under a span of the normalized text: what a claim quotes. */
  public String sourceText(Span span) {
    return sourceSpan(span).of(article.body());
  }
}
