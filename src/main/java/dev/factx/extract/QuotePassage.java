package dev.factx.extract;

import dev.factx.analysis.Document;
import dev.factx.analysis.Token;
import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A quote's words as matching compares them, read once from the document by the extractor:
 * outlets cut and join quotes at sentence boundaries and ellipses, so the passage keeps its
 * pieces.
 *
 * @param text the quoted words in the normalized text, trimmed
 * @param words its words and numbers in lower case, punctuation left out
 * @param pieces its sentences (the document's), cut again at every ellipsis, in order; each has
 *     words
 */
public record QuotePassage(String text, List<String> words, List<Piece> pieces) {
  /**
   * One sentence, or the part of one between ellipses.
   *
   * @param text its normalized text, trimmed
   * @param words its words in lower case
   */
  public record Piece(String text, List<String> words) {
    public Piece {
      Objects.requireNonNull(text, "text");
      words = List.copyOf(words);
    }
  }

  private static final String ELLIPSIS = "...";

  public QuotePassage {
    Objects.requireNonNull(text, "text");
    words = List.copyOf(words);
    pieces = List.copyOf(pieces);
  }

  /** Whether words are left out at an ellipsis. */
  public boolean elided() {
    return text.contains(ELLIPSIS);
  }

  /** The passage of the words a document quotes within {@code inner}. */
  public static QuotePassage of(Document d, Span inner) {
    String t = d.text().value();
    Span span = trim(t, inner);
    List<Piece> pieces = new ArrayList<>();
    int from = span.start();
    while (from < span.end()) {
      int dots = t.indexOf(ELLIPSIS, from);
      int to = dots < 0 || dots >= span.end() ? span.end() : dots;
      addSentences(d, new Span(from, Math.max(from, to)), pieces);
      from = to == span.end() ? to : to + ELLIPSIS.length();
    }
    return new QuotePassage(span.of(t), words(d, span), pieces);
  }

  /** The pieces of a part between ellipses: its parts in each of the document's sentences. */
  private static void addSentences(Document d, Span part, List<Piece> out) {
    String t = d.text().value();
    int from = part.start();
    while (from < part.end()) {
      int s = d.sentenceAt(from);
      int to = s < 0 ? nextSentenceStart(d, from, part.end())
          : Math.min(part.end(), d.sentences().get(s).end());
      Span piece = trim(t, new Span(from, Math.max(from, to)));
      List<String> words = words(d, piece);
      if (!words.isEmpty()) {
        out.add(new Piece(piece.of(t), words));
      }
      from = Math.max(to, from + 1);
    }
  }

  /** Where the next sentence after {@code from} starts, or {@code limit}. */
  private static int nextSentenceStart(Document d, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (d.sentenceAt(i) >= 0) {
        return i;
      }
    }
    return limit;
  }

  private static List<String> words(Document d, Span span) {
    List<String> out = new ArrayList<>();
    for (Token k : d.tokens(span)) {
      if (k.kind() != Token.Kind.PUNCT) {
        out.add(k.lower());
      }
    }
    return out;
  }

  private static Span trim(String t, Span s) {
    int a = s.start();
    int b = s.end();
    while (a < b && Character.isWhitespace(t.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(t.charAt(b - 1))) {
      b--;
    }
    return new Span(a, b);
  }
}
