package dev.factx.analysis;

import dev.factx.bundle.Article;
import dev.factx.clean.RemovedLine;
import dev.factx.text.Span;
import dev.factx.text.Text;
import java.util.List;
import java.util.Objects;

/**
 * One article analyzed once for every reader: its story text normalized, cut into paragraphs,
 * sentences and tokens, with its quote spans and name mentions (Lucene's one {@code
 * TokenStreamComponents} chain that every consumer reads). Made by {@link Analyzer}; immutable.
 *
 * <p>Offsets are into {@link #text()}'s normalized value; {@link #sourceSpan} maps them to the raw
 * article body through the text's offset map.
 *
 * <p>Once a bundle's claims are extracted and its statements aligned, the report needs of a
 * document only its article, its word count and its furniture lines: {@link #released} is that
 * document without its text, tokens and names, so that a big bundle's analyses need not stay in
 * memory while matching runs. Reading anything else of a released document is a mistake and
 * throws.
 */
public final class Document {
  private final Article article;
  private final Text text;
  private final List<Span> paragraphs;
  private final List<Span> sentences;
  private final Tokens tokens;
  private final List<QuoteSpan> quotes;
  private final List<NameMention> names;
  private final List<RemovedLine> removed;
  private final int[] sentenceStarts;
  private final int[] paragraphStarts;
  private final int[] nameEnds;
  /** The word count, once known (-1 until then); a released document keeps only this of its text. */
  private int words = -1;
  private final boolean released;

  Document(Article article, Text text, List<Span> paragraphs, List<Span> sentences,
      Tokens tokens, List<QuoteSpan> quotes, List<NameMention> names, List<RemovedLine> removed) {
    this.article = Objects.requireNonNull(article, "article");
    this.text = Objects.requireNonNull(text, "text");
    this.paragraphs = List.copyOf(paragraphs);
    this.sentences = List.copyOf(sentences);
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.quotes = List.copyOf(quotes);
    this.names = List.copyOf(names);
    this.removed = List.copyOf(removed);
    this.sentenceStarts = starts(this.sentences);
    this.paragraphStarts = starts(this.paragraphs);
    this.nameEnds = new int[this.names.size()];
    for (int i = 0; i < nameEnds.length; i++) {
      nameEnds[i] = this.names.get(i).span().end();
    }
    this.released = false;
  }

  /** A released document: see {@link #released()}. */
  private Document(Article article, List<RemovedLine> removed, int words) {
    this.article = article;
    this.text = null;
    this.paragraphs = null;
    this.sentences = null;
    this.tokens = null;
    this.quotes = null;
    this.names = null;
    this.removed = removed;
    this.sentenceStarts = null;
    this.paragraphStarts = null;
    this.nameEnds = null;
    this.words = words;
    this.released = true;
  }

  /**
   * This document as a report keeps it after matching: its {@link #article}, {@link #wordCount}
   * and {@link #removed} lines, and nothing else (every other reader throws).
   */
  public Document released() {
    return released ? this : new Document(article, removed, wordCount());
  }

  /** Whether this is a {@link #released} document. */
  public boolean isReleased() {
    return released;
  }

  /** The part of the analysis a reader asks for, which a released document no longer has. */
  private <T> T held(T part) {
    if (released) {
      throw new IllegalStateException("document " + article.id()
          + " was released after matching: only its article, word count and removed lines remain");
    }
    return part;
  }

  private static int[] starts(List<Span> spans) {
    int[] out = new int[spans.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = spans.get(i).start();
    }
    return out;
  }

  /** The article as read. */
  public Article article() {
    return article;
  }

  /**
   * The story text (furniture lines left out, one paragraph a line, paragraphs separated by a
   * blank line), normalized; its offset map leads back to {@code article().body()}.
   */
  public Text text() {
    return held(text);
  }

  /** Paragraph spans, in order, not overlapping. */
  public List<Span> paragraphs() {
    return held(paragraphs);
  }

  /** Sentence spans, in order, not overlapping, each inside one paragraph. */
  public List<Span> sentences() {
    return held(sentences);
  }

  /** Every token of the text. */
  public Tokens tokens() {
    return held(tokens);
  }

  /** The tokens wholly inside a span, as values. */
  public List<Token> tokens(Span span) {
    return tokens().in(span);
  }

  /** The words wholly inside a span ({@link Words}). */
  public List<Word> words(Span span) {
    return Words.of(tokens(), text().value(), span);
  }

  /** The words inside a span and the punctuation marks among {@code marks}. */
  public List<Word> words(Span span, String marks) {
    return Words.of(tokens(), text().value(), span, marks);
  }

  /** The quoted passages, in order of their opening marks. */
  public List<QuoteSpan> quotes() {
    return held(quotes);
  }

  /** The name mentions, in text order. */
  public List<NameMention> names() {
    return held(names);
  }

  /** The furniture lines the cleaner left out, in body order. */
  public List<RemovedLine> removed() {
    return removed;
  }

  /** The index of the sentence holding an offset, or -1 when it stands between sentences. */
  public int sentenceAt(int offset) {
    return holding(held(sentenceStarts), sentences, offset);
  }

  /** The index of the paragraph holding an offset, or -1. */
  public int paragraphAt(int offset) {
    return holding(held(paragraphStarts), paragraphs, offset);
  }

  private static int holding(int[] starts, List<Span> spans, int offset) {
    int at = java.util.Arrays.binarySearch(starts, offset);
    int i = at >= 0 ? at : -at - 2;
    return i >= 0 && offset < spans.get(i).end() ? i : -1;
  }

  /** The index of the last name mention that ends at or before {@code offset}, or -1. */
  public int lastNameEndingBy(int offset) {
    int at = java.util.Arrays.binarySearch(held(nameEnds), offset);
    if (at >= 0) {
      while (at + 1 < nameEnds.length && nameEnds[at + 1] == offset) {
        at++;
      }
      return at;
    }
    return -at - 2;
  }

  /** The index of the name mention that ends exactly at {@code offset}, or -1. */
  public int nameEndingAt(int offset) {
    int i = lastNameEndingBy(offset);
    return i >= 0 && nameEnds[i] == offset ? i : -1;
  }

  /** The index of the first name mention that starts at or after {@code offset}. */
  public int firstNameFrom(int offset) {
    int lo = 0;
    int hi = names().size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (names.get(mid).span().start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The raw-body span of a span of the normalized text. */
  public Span sourceSpan(Span span) {
    return text().sourceSpan(span);
  }

  /** The raw article text under a span of the normalized text: what a claim quotes. */
  public String sourceText(Span span) {
    return sourceSpan(span).of(article.body());
  }

  /** Words for the report: runs of letters or digits in the normalized text. */
  public int wordCount() {
    if (words >= 0) {
      return words;
    }
    String s = text.value();
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    words = n;
    return n;
  }
}
