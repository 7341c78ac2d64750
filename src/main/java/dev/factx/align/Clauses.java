package dev.factx.align;

import dev.factx.analysis.Document;
import dev.factx.analysis.Token;
import dev.factx.analysis.Tokens;
import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a document's sentences into the statements the alignment pairs: clauses, so that a reader
 * can pair "twelve workers died on Tuesday" with the clause of a longer sentence that says so.
 *
 * <p>A sentence is cut at a semicolon, a colon before a space, a dash standing between spaces,
 * and a comma before "which", "who", "while", "but", "whereas", "although", "though", "after",
 * "before" or "when", where each side keeps at least {@link #MIN_CHARS} characters; a clause
 * listing three or more sums of money or percentages ("$4,272.78 on a cruise, $2,306.08 at a
 * park and $900 at ...") is cut at the comma or "and" before each of them. It reads the analysis's sentences and tokens.
 */
final class Clauses {
  /** The fewest characters either side of a cut may keep: shorter pieces say too little. */
  static final int MIN_CHARS = 25;

  private static final Set<String> BEFORE = Set.of("which", "who", "while", "but", "whereas",
      "although", "though", "after", "before", "when");
  private static final Set<String> DASHES = Set.of("\u2014", "\u2013", "--");
  private static final Set<String> LIST_QUALIFIERS = Set.of("over", "about", "nearly", "almost",
      "roughly", "some", "around");

  private Clauses() {}

  /** The statements of a document in text order, as spans of its normalized text. */
  static List<Span> of(Document d) {
    Tokens tk = d.tokens();
    List<Span> out = new ArrayList<>();
    for (Span sentence : d.sentences()) {
      int from = tk.firstAtOrAfter(sentence.start());
      int to = from;
      while (to < tk.size() && tk.end(to) <= sentence.end()) {
        to++;
      }
      if (from == to) {
        continue;
      }
      List<Span> clauses = new ArrayList<>();
      int start = from;
      for (int i = from + 1; i < to - 1; i++) {
        int next = cut(tk, i, to);
        if (next < 0) {
          continue;
        }
        if (tk.start(i) - tk.start(start) >= MIN_CHARS
            && tk.end(to - 1) - tk.start(next) >= MIN_CHARS) {
          clauses.add(new Span(tk.start(start), tk.end(i - 1)));
          start = next;
          i = next;
        }
      }
      clauses.add(new Span(tk.start(start), tk.end(to - 1)));
      for (Span c : clauses) {
        out.addAll(listItems(tk, c));
      }
    }
    return out;
  }

  /**
   * Where the next clause starts when token {@code i} cuts the sentence, or -1: the token after
   * a semicolon, colon or dash, or the word after the comma.
   */
  private static int cut(Tokens tk, int i, int to) {
    String t = tk.text(i);
    if (tk.kind(i) != Token.Kind.PUNCT) {
      return -1;
    }
    if (t.equals(";") || t.equals(":") && !tk.glued(i + 1)) {
      return i + 1;
    }
    if (DASHES.contains(t) && !tk.glued(i) && !tk.glued(i + 1)) {
      return i + 1;
    }
    if (t.equals("-") && i + 2 < to && tk.text(i + 1).equals("-") && tk.glued(i + 1)
        && !tk.glued(i) && !tk.glued(i + 2)) {
      return i + 2;
    }
    if (t.equals(",") && BEFORE.contains(tk.lower(i + 1))) {
      return i + 1;
    }
    return -1;
  }

  /** A clause listing three or more sums or shares, cut before each; else the clause itself. */
  private static List<Span> listItems(Tokens tk, Span clause) {
    int from = tk.firstAtOrAfter(clause.start());
    int to = from;
    while (to < tk.size() && tk.end(to) <= clause.end()) {
      to++;
    }
    int sums = 0;
    for (int i = from; i < to; i++) {
      if (sumAt(tk, i, to)) {
        sums++;
      }
    }
    if (sums < 3) {
      return List.of(clause);
    }
    List<Span> out = new ArrayList<>();
    int start = from;
    for (int i = from + 1; i < to; i++) {
      boolean comma = tk.text(i).equals(",");
      if (!comma && !tk.lower(i).equals("and")) {
        continue;
      }
      int j = i + 1;
      if (comma && j < to && tk.lower(j).equals("and")) {
        j++;
      }
      if (j + 1 < to && tk.lower(j).equals("more") && tk.lower(j + 1).equals("than")) {
        j += 2;
      } else if (j < to && LIST_QUALIFIERS.contains(tk.lower(j))) {
        j++;
      }
      if (j < to && sumAt(tk, j, to) && i > start) {
        out.add(new Span(tk.start(start), tk.end(i - 1)));
        start = i + 1;
      }
    }
    out.add(new Span(tk.start(start), tk.end(to - 1)));
    return out;
  }

  /** Whether a sum of money ("$5", "€3") or a share ("12%", "12 percent") starts at token i. */
  private static boolean sumAt(Tokens tk, int i, int to) {
    if (tk.kind(i) == Token.Kind.PUNCT && i + 1 < to && tk.kind(i + 1) == Token.Kind.NUMBER
        && tk.glued(i + 1) && (tk.text(i).equals("$") || tk.text(i).equals("\u20ac")
            || tk.text(i).equals("\u00a3"))) {
      return true;
    }
    return tk.kind(i) == Token.Kind.NUMBER && i + 1 < to
        && (tk.text(i + 1).equals("%") || tk.lower(i + 1).equals("percent"));
  }
}
