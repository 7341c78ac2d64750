package dev.factx.extract;

import dev.factx.analysis.Document;
import dev.factx.analysis.Lexicon;
import dev.factx.analysis.QuoteSpan;
import dev.factx.analysis.Token;
import dev.factx.analysis.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tells quoted terms from quoted words: a short passage in quote marks that nobody is said to
 * say is a term, a name or a title ({@code the so-called "red zone"}, {@code the film "River of
 * Light"}, {@code the town's "temporary" ferry}), not a statement; it makes no quote claim, so
 * that it is neither matched across articles nor reported by {@code verify} as a quote added.
 *
 * <p>A passage of at most {@value #TERM_WORDS} words (or a title-case one of at most {@value
 * #TITLE_WORDS}) that ends no sentence is a term when a term cue stands right before it ({@code
 * so-called}, {@code known as}, {@code the word}, {@code a group called}), when it is a title
 * after a work noun or a possessive name ({@code the film}, {@code Channel 4's}) or before a noun
 * it names ({@code "Make America Great Again" hats}), or when it has
 * at most {@value #BARE_WORDS} words, no attribution of its own and no speech or characterisation
 * verb in its sentence. A fragment someone is said to say ({@code she called the plan "a
 * disgrace"}) stays a quote.
 */
final class Terms {
  static final int TERM_WORDS = 4;
  static final int TITLE_WORDS = 8;
  static final int BARE_WORDS = 2;

  private final Document d;
  private final Speakers speakers;
  private final Clauses cl;
  private final Tokens tokens;
  private final String text;
  private final List<QuoteSpan> quotes;

  Terms(Document d, Speakers speakers) {
    this.d = d;
    this.speakers = speakers;
    this.cl = new Clauses(d);
    this.tokens = d.tokens();
    this.text = d.text().value();
    this.quotes = d.quotes();
  }

  /** Whether quote k is a term, not someone's words. */
  boolean isTerm(int k) {
    QuoteSpan q = quotes.get(k);
    if (q.continues() || q.runsOn()) {
      return false;
    }
    String inner = q.inner().of(text).strip();
    if (inner.isEmpty() || ".!?".indexOf(inner.charAt(inner.length() - 1)) >= 0) {
      return false;
    }
    List<Token> words = new ArrayList<>();
    for (Token t : d.tokens(q.inner())) {
      if (t.kind() != Token.Kind.PUNCT) {
        words.add(t);
      }
    }
    boolean title = titleCase(words);
    if (words.isEmpty() || words.size() > (title ? TITLE_WORDS : TERM_WORDS)) {
      return false;
    }
    int open = tokens.firstAtOrAfter(q.outer().start());
    if (cueBefore(q.outer().start(), open)) {
      return true;
    }
    if (title && (titleContext(open) || namesSomething(q, k))) {
      return true;
    }
    return words.size() <= BARE_WORDS && speakers.speaker(k) == null && !speakers.framed(k)
        && !frameInSentence(q);
  }

  /**
   * Whether a title-case passage that nobody is said to say stands before a noun it names
   * ({@code "Make America Great Again" hats}, {@code the "Access Hollywood" tape}).
   */
  private boolean namesSomething(QuoteSpan q, int k) {
    if (speakers.speaker(k) != null || speakers.framed(k)) {
      return false;
    }
    int next = tokens.firstAtOrAfter(q.outer().end());
    return next < tokens.size() && tokens.start(next) == q.outer().end() + 1 && cl.isWord(next)
        && !cl.capitalized(next) && !Lexicon.STOP_WORDS.contains(cl.lower(next))
        && !cl.frameVerb(next) && !Lexicon.AUXILIARIES.contains(cl.lower(next));
  }

  /** Whether every word is capitalized, small words of titles aside, and the first is. */
  private static boolean titleCase(List<Token> words) {
    for (int i = 0; i < words.size(); i++) {
      Token t = words.get(i);
      boolean upper = Character.isUpperCase(t.text().codePointAt(0));
      if (!upper && (i == 0 || !Lexicon.HEADLINE_SMALL_WORDS.contains(t.lower()))) {
        return false;
      }
    }
    return !words.isEmpty();
  }

  /** Whether a term cue ends right before the opening mark at {@code offset}. */
  private boolean cueBefore(int offset, int open) {
    int from = Math.max(0, offset - 40);
    String before = text.substring(from, offset).toLowerCase(Locale.ROOT);
    String trimmed = before.stripTrailing();
    if (trimmed.endsWith(",")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1).stripTrailing();
    }
    for (List<String> cue : Lexicon.TERM_CUES) {
      String c = String.join(" ", cue);
      if (trimmed.endsWith(c)) {
        int at = trimmed.length() - c.length();
        if (at == 0 || !Character.isLetterOrDigit(trimmed.charAt(at - 1))) {
          return true;
        }
      }
    }
    int v = open - 1;
    return v >= 0 && cl.isWord(v) && cl.namingPassive(v, Math.max(0, v - 1));
  }

  /** Whether a title stands after a work noun ("the film") or a possessive name ("CNN's"). */
  private boolean titleContext(int open) {
    int t = open - 1;
    if (t >= 0 && cl.is(t, ",")) {
      t--;
    }
    if (t < 0) {
      return false;
    }
    if (cl.isWord(t) && Lexicon.WORK_NOUNS.contains(cl.lower(t))) {
      return true;
    }
    // a possessive after a capitalized name or a number ("Channel 4's", "CNN's")
    String w = tokens.text(t);
    if (cl.is(t, "s") && t >= 2 && cl.is(t - 1, "'")) {
      return true;
    }
    return w.endsWith("'s") && Character.isUpperCase(w.codePointAt(0));
  }

  /** Whether a speech or characterisation verb stands outside quote marks in q's sentence. */
  private boolean frameInSentence(QuoteSpan q) {
    int s = d.sentenceAt(q.outer().start());
    if (s < 0) {
      return false;
    }
    var sentence = d.sentences().get(s);
    int open = tokens.firstAtOrAfter(q.outer().start());
    int from = Math.max(tokens.firstAtOrAfter(sentence.start()), open - Speakers.LOOK_BACK);
    int to = tokens.firstAtOrAfter(q.outer().end()) + Speakers.LOOK_BACK;
    for (int t = from; t < tokens.size() && t < to && tokens.start(t) < sentence.end(); t++) {
      if (!tokens.quoted(t) && cl.frameVerb(t) && !cl.namingPassive(t, from)) {
        return true;
      }
    }
    return false;
  }
}
