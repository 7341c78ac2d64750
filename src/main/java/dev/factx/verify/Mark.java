package dev.factx.verify;

import dev.factx.extract.Claim;
import dev.factx.extract.Kind;
import dev.factx.text.Span;
import java.util.List;
import java.util.Objects;

/**
 * A span of a document that carries a claim: one an extractor found, or one verify recognizes on
 * its own (quoted words, a figure, a date word, a name) so that a change is caught even where the
 * extractors miss it.
 *
 * @param kind the kind of claim (names are roles)
 * @param span where it stands in the raw article body
 * @param claim the extracted claim, or null for a span verify recognized itself
 */
record Mark(Kind kind, Span span, Claim claim) {
  /** The kinds in the order in which one mark stands for a change that touches several. */
  static final List<Kind> PRIORITY = List.of(Kind.QUOTE, Kind.NUMBER, Kind.DATE, Kind.ROLE);

  Mark {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
    if (!PRIORITY.contains(kind)) {
      throw new IllegalArgumentException("unknown claim kind: " + kind);
    }
  }

  boolean extracted() {
    return claim != null;
  }

  /** Which of two marks stands for a change that touches both: extracted first, then by kind. */
  static int precedence(Mark m) {
    return (m.extracted() ? 0 : PRIORITY.size()) + PRIORITY.indexOf(m.kind());
  }
}
