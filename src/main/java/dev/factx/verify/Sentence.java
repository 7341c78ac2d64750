package dev.factx.verify;

import dev.factx.analysis.Word;
import dev.factx.text.Span;
import java.util.List;
import java.util.Objects;

/**
 * A sentence of a document as verify aligns it: the document's sentences, with the pieces that a
 * line break cut out of one sentence joined again, so that reflowed lines align.
 *
 * @param index the sentence's place in its document, from 0
 * @param span the sentence in the document's normalized text
 * @param tokens its words, in order
 */
record Sentence(int index, Span span, List<Word> tokens) {
  Sentence {
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
  }
}
