package dev.factx.analysis;

import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.List;

/** Glues a document's tokens into {@link Word}s. */
public final class Words {
  private static final String JOINERS = "'.,-";

  private Words() {}

  /** The words wholly inside {@code span}, in order. */
  public static List<Word> of(Tokens tokens, String text, Span span) {
    return of(tokens, text, span, "");
  }

  /**
   * The words wholly inside {@code span} and the punctuation marks among {@code marks} between
   * them, in order.
   */
  public static List<Word> of(Tokens tokens, String text, Span span, String marks) {
    List<Word> out = new ArrayList<>();
    int n = tokens.size();
    int i = tokens.firstAtOrAfter(span.start());
    while (i < n && tokens.end(i) <= span.end()) {
      Token.Kind kind = tokens.kind(i);
      if (kind == Token.Kind.PUNCT) {
        String t = tokens.text(i);
        if (t.length() == 1 && marks.indexOf(t.charAt(0)) >= 0) {
          out.add(new Word(t, new Span(tokens.start(i), tokens.end(i)), t));
        }
        i++;
        continue;
      }
      int j = i;
      boolean letters = kind == Token.Kind.WORD && tokens.end(i) - tokens.start(i) == 1;
      boolean dotted = false;
      while (j + 1 < n && tokens.glued(j + 1) && tokens.end(j + 1) <= span.end()) {
        if (tokens.kind(j + 1) != Token.Kind.PUNCT) {
          j++; // "G7"
          letters = false;
          continue;
        }
        String sep = tokens.text(j + 1);
        if (sep.length() == 1 && JOINERS.indexOf(sep.charAt(0)) >= 0 && j + 2 < n
            && tokens.glued(j + 2) && tokens.kind(j + 2) != Token.Kind.PUNCT
            && tokens.end(j + 2) <= span.end()) {
          boolean single = tokens.kind(j + 2) == Token.Kind.WORD
              && tokens.end(j + 2) - tokens.start(j + 2) == 1;
          dotted |= sep.charAt(0) == '.';
          letters &= sep.charAt(0) == '.' && single;
          j += 2;
          continue;
        }
        break;
      }
      // an initialism keeps its final point: "U.S.", "a.m."
      if (letters && dotted && j + 1 < n && tokens.glued(j + 1) && tokens.end(j + 1) <= span.end()
          && tokens.text(j + 1).equals(".")) {
        j++;
      }
      // a word of one token is that token's text (shared); a glued one is kept once too
      String t = i == j ? tokens.text(i)
          : tokens.intern(text.substring(tokens.start(i), tokens.end(j)));
      String key = i == j ? tokens.lower(i) : tokens.intern(Tokens.lower(t));
      out.add(new Word(t, new Span(tokens.start(i), tokens.end(j)), key));
      i = j + 1;
    }
    return out;
  }
}
