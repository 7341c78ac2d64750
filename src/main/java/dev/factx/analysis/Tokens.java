package dev.factx.analysis;

import dev.factx.text.Span;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;

/**
 * The tokens of a document, kept compactly (a few ints a token, so that a long article costs
 * little) and looked up by offset through binary search. {@link #get} makes the {@link Token}
 * value of one token; {@link #in} the tokens of a span, for an extractor to walk.
 *
 * <p>Each token's text is one of the {@link Forms} of the documents analyzed with it (the same
 * string for every token written alike, with its lower case made once): {@link #text} and {@link
 * #lower} hand out those strings rather than cut new ones, so reading a token costs no memory,
 * and what readers keep of tokens is shared.
 */
public final class Tokens {
  private static final List<Token.Kind> KINDS = List.of(Token.Kind.values());

  private final String text;
  private final int[] starts;
  /** Each token's text, shared: a token ends where its start and its text's length say. */
  private final Forms.Form[] forms;
  private final Forms vocabulary;
  private final byte[] kinds;
  private final boolean[] quoted; // null: nothing quoted (or not known yet)
  private final int[] sentenceStarts; // null: no sentences known; else the sentences' starts
  private final int[] sentenceEnds;

  Tokens(String text, int[] starts, Forms.Form[] forms, Forms vocabulary, byte[] kinds,
      boolean[] quoted, int[] sentenceStarts, int[] sentenceEnds) {
    this.text = text;
    this.starts = starts;
    this.forms = forms;
    this.vocabulary = vocabulary;
    this.kinds = kinds;
    this.quoted = quoted;
    this.sentenceStarts = sentenceStarts;
    this.sentenceEnds = sentenceEnds;
  }

  /** These tokens knowing which stand inside quote spans and which sentence holds each. */
  Tokens withContext(List<QuoteSpan> quotes, List<Span> sentences) {
    boolean[] q = new boolean[starts.length];
    for (QuoteSpan s : quotes) {
      for (int i = firstAtOrAfter(s.outer().start()); i < starts.length
          && starts[i] < s.outer().end(); i++) {
        q[i] = true;
      }
    }
    int[] ss = new int[sentences.size()];
    int[] se = new int[sentences.size()];
    for (int k = 0; k < ss.length; k++) {
      ss[k] = sentences.get(k).start();
      se[k] = sentences.get(k).end();
    }
    return new Tokens(text, starts, forms, vocabulary, kinds, q, ss, se);
  }

  /** How many tokens there are. */
  public int size() {
    return starts.length;
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return starts[i] + forms[i].text().length();
  }

  public Token.Kind kind(int i) {
    return KINDS.get(kinds[i]);
  }

  /** The token's text. */
  public String text(int i) {
    return forms[i].text();
  }

  /** The token's text in lower case. */
  public String lower(int i) {
    return forms[i].lower();
  }

  /** Whether token {@code i} in lower case is in {@link Lexicon#ATTRIBUTION_VERBS}. */
  public boolean attributionVerb(int i) {
    return forms[i].in(Forms.ATTRIBUTION_VERB);
  }

  /** Whether token {@code i} in lower case is in {@link Lexicon#CHARACTERISATION_VERBS}. */
  public boolean characterisationVerb(int i) {
    return forms[i].in(Forms.CHARACTERISATION_VERB);
  }

  /** Whether token {@code i} as written is in {@link Lexicon#SPEECH_VERBS}. */
  public boolean speechVerbAsWritten(int i) {
    return forms[i].in(Forms.SPEECH_VERB_AS_WRITTEN);
  }

  /** The gender of token {@code i} as a pronoun ({@link Lexicon#PRONOUN_GENDER}), or null. */
  public String pronounGender(int i) {
    return forms[i].in(Forms.GENDERED_PRONOUN)
        ? Lexicon.PRONOUN_GENDER.get(forms[i].lower()) : null;
  }

  /** Whether token {@code i} touches the token before it. */
  public boolean glued(int i) {
    return i > 0 && end(i - 1) == starts[i];
  }

  /**
   * The string kept for {@code s} among these tokens' forms (a new one is kept): for a word a
   * reader keeps that is not one token ("F-16"), so that its copies are shared too.
   */
  String intern(String s) {
    return vocabulary.intern(s);
  }

  /** Whether token {@code i} stands inside quote marks. */
  public boolean quoted(int i) {
    return quoted != null && quoted[i];
  }

  /** The index of the sentence holding token {@code i}, or -1. */
  public int sentence(int i) {
    if (sentenceStarts == null) {
      return -1;
    }
    int at = Arrays.binarySearch(sentenceStarts, starts[i]);
    int k = at >= 0 ? at : -at - 2;
    return k >= 0 && starts[i] < sentenceEnds[k] ? k : -1;
  }

  /** Token {@code i} as a value. */
  public Token get(int i) {
    return new Token(i, text(i), starts[i], end(i), kind(i), glued(i), quoted(i), sentence(i),
        lower(i));
  }

  /** The index of the token holding offset {@code offset}, or -1 when it falls between tokens. */
  public int at(int offset) {
    int at = Arrays.binarySearch(starts, offset);
    int i = at >= 0 ? at : -at - 2;
    return i >= 0 && offset < end(i) ? i : -1;
  }

  /** The index of the first token that starts at or after {@code offset} ({@link #size} if none). */
  public int firstAtOrAfter(int offset) {
    int at = Arrays.binarySearch(starts, offset);
    return at >= 0 ? at : -at - 1;
  }

  /** The index of the first token that ends after {@code offset}. */
  public int firstEndingAfter(int offset) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (end(mid) <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The tokens that lie wholly inside {@code span}, in order, as values. */
  public List<Token> in(Span span) {
    int from = firstAtOrAfter(span.start());
    int to = from;
    while (to < starts.length && end(to) <= span.end()) {
      to++;
    }
    return range(from, to);
  }

  /** Tokens {@code [from, to)} as values, made as they are read. */
  public List<Token> range(int from, int to) {
    return new View(from, to);
  }

  static String lower(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
        return s.toLowerCase(Locale.ROOT);
      }
    }
    return s;
  }

  /** A list of token values over a range; each value is made once, when first read. */
  private final class View extends AbstractList<Token> implements RandomAccess {
    private final int from;
    private final Token[] made;

    View(int from, int to) {
      this.from = from;
      this.made = new Token[to - from];
    }

    @Override
    public Token get(int k) {
      Token t = made[k];
      if (t == null) {
        t = Tokens.this.get(from + k);
        made[k] = t;
      }
      return t;
    }

    @Override
    public int size() {
      return made.length;
    }
  }
}
