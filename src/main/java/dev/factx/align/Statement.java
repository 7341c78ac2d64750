package dev.factx.align;

import dev.factx.text.Span;
import java.util.Objects;

/**
 * A clause or sentence of one article: what the alignment pairs across articles.
 *
 * @param articleId the article
 * @param index its place among the article's statements, from 0
 * @param span where it stands in the article's normalized text ({@code Document.text()})
 * @param source where it stands in the raw article body (what claims' spans index)
 * @param paragraph the index of its paragraph in the article, or -1
 */
public record Statement(String articleId, int index, Span span, Span source, int paragraph) {
  public Statement {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(source, "source");
    if (index < 0) {
      throw new IllegalArgumentException("a statement's index is never negative");
    }
  }

  // equals and hashCode as a record's, written out: see Span's

  @Override
  public boolean equals(Object o) {
    return o instanceof Statement s && index == s.index && paragraph == s.paragraph
        && articleId.equals(s.articleId) && span.equals(s.span) && source.equals(s.source);
  }

  @Override
  public int hashCode() {
    return (((articleId.hashCode() * 31 + index) * 31 + span.hashCode()) * 31 + source.hashCode())
        * 31 + paragraph;
  }
}
