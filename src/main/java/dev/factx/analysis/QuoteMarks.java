package dev.factx.analysis;

import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Finds the quoted passages of a normalized text by their quote marks, in text order.
 *
 * <p>Normalized text has only straight marks, so the raw character under each mark (curly or
 * straight) and the characters around it decide whether it opens or closes. A quote never runs
 * past its line unless the next line opens again (a quote over several paragraphs); an opening
 * mark never closed and a closing mark never opened are dropped rather than allowed to swallow
 * the text. Single marks quote only outside double-quoted passages, and only when they open
 * before a word and close after one, so that apostrophes (it's, soldiers') never do.
 */
public final class QuoteMarks {
  private static final String OPEN_AFTER = "([{-/:";
  private static final String CLOSE_BEFORE = ".,;:!?)]}-'\"";
  private static final int MAX_SINGLE = 300;

  /**
   * Quotes in text order. A constant, and a class rather than a lambda: a lambda's call site is
   * linked at its first run, a cost paid at every start.
   */
  private static final java.util.Comparator<QuoteSpan> BY_OUTER = new java.util.Comparator<>() {
    @Override
    public int compare(QuoteSpan a, QuoteSpan b) {
      return a.outer().compareTo(b.outer());
    }
  };
  private static final java.util.regex.Pattern DECADE = java.util.regex.Pattern.compile("\\d\\ds\\b");

  private QuoteMarks() {}

  /**
   * The quoted passages of {@code text}.
   *
   * @param rawChar the raw character a text offset came from (tells curly marks apart)
   */
  public static List<QuoteSpan> find(String text, IntUnaryOperator rawChar) {
    List<QuoteSpan> out = new ArrayList<>();
    boolean carried = false;
    int ls = 0;
    while (ls <= text.length()) {
      int le = text.indexOf('\n', ls);
      if (le < 0) {
        le = text.length();
      }
      carried = doubles(text, rawChar, ls, le, carried, out);
      ls = le + 1;
    }
    List<QuoteSpan> singles = new ArrayList<>();
    ls = 0;
    while (ls <= text.length()) {
      int le = text.indexOf('\n', ls);
      if (le < 0) {
        le = text.length();
      }
      singles(text, rawChar, ls, le, out, singles);
      ls = le + 1;
    }
    out.addAll(singles);
    out.sort(BY_OUTER);
    return out;
  }

  /**
   * Double-quoted passages of one line; returns whether the next line carries on a quote. A
   * double mark is {@code "} or a pair of single marks ({@code ''} closing, and {@code ``},
   * normalized to {@code ''}, opening). Three repairs of real copy: an opening curly mark inside
   * an open quote opens a nested quote that the next closing mark closes (the outer one closes
   * after it); a quote left unclosed before {@code , NAME said.} and a new opening mark closes
   * before that comma; any other opening mark inside an open quote starts it afresh.
   */
  private static boolean doubles(
      String t, IntUnaryOperator raw, int ls, int le, boolean carried, List<QuoteSpan> out) {
    int open = -1;
    int openLength = 1;
    int nested = 0;
    boolean continues = false;
    for (int i = ls; i < le; i++) {
      int length = markLength(t, i, le);
      if (length == 0) {
        continue;
      }
      int rawMark = raw.applyAsInt(i);
      boolean opens = opens(t, i, length, rawMark, open >= 0);
      if (open < 0) {
        if (opens) {
          open = i;
          openLength = length;
          continues = carried && blank(t, ls, i);
        }
      } else if (!opens) {
        if (nested > 0) {
          nested--;
        } else {
          add(out, t, open, openLength, i, i + length, continues, false, false);
          open = -1;
        }
      } else {
        int comma = unclosedBefore(t, open + openLength, i);
        if (comma >= 0) {
          add(out, t, open, openLength, comma, comma, continues, false, false);
          continues = false;
        } else if (rawMark == '\u201C' && raw.applyAsInt(open) == '\u201C') {
          nested++; // a quote inside the quote, with the same marks
          i += length - 1;
          continue;
        }
        open = i; // the earlier mark was never closed
        openLength = length;
        nested = 0;
        continues = false;
      }
      i += length - 1;
    }
    if (open >= 0 && nested == 0 && nextLineOpens(t, raw, le)) {
      add(out, t, open, openLength, le, le, continues, true, false);
      return true;
    }
    return false;
  }

  /** How long the double mark at {@code i} is: 1 for {@code "}, 2 for {@code ''}, else 0. */
  private static int markLength(String t, int i, int le) {
    char c = t.charAt(i);
    if (c == '"') {
      return 1;
    }
    if (c == '\'' && i + 1 < le && t.charAt(i + 1) == '\''
        && (i == 0 || t.charAt(i - 1) != '\'') && (i + 2 >= le || t.charAt(i + 2) != '\'')) {
      return 2;
    }
    return 0;
  }

  /** Words an attribution clause may hold after its comma ({@code , Anna Berg said.}). */
  private static final int CLAUSE_WORDS = 8;

  /**
   * Where an open quote should have closed, when the text before a new opening mark ends in an
   * attribution clause ({@code "... nobody can check, Anna Berg said. "He is wrong."}): the
   * offset of that clause's comma; else -1.
   */
  private static int unclosedBefore(String t, int from, int mark) {
    int end = mark;
    while (end > from && Character.isWhitespace(t.charAt(end - 1))) {
      end--;
    }
    if (end <= from || t.charAt(end - 1) != '.') {
      return -1;
    }
    int comma = t.lastIndexOf(", ", end - 1);
    if (comma < from) {
      return -1;
    }
    String[] words = t.substring(comma + 2, end - 1).split(" ");
    if (words.length < 2 || words.length > CLAUSE_WORDS) {
      return -1;
    }
    String first = words[0];
    boolean subject = !first.isEmpty() && (Character.isUpperCase(first.codePointAt(0))
        || first.equals("he") || first.equals("she"));
    boolean verb = false;
    for (String w : words) {
      verb |= !w.isEmpty() && Character.isLowerCase(w.codePointAt(0))
          && Lexicon.SPEECH_VERBS.contains(w);
    }
    return subject && verb ? comma : -1;
  }

  private static void singles(
      String t, IntUnaryOperator raw, int ls, int le, List<QuoteSpan> doubles,
      List<QuoteSpan> out) {
    for (int i = ls; i < le; i++) {
      if (t.charAt(i) != '\'' || inside(doubles, i)) {
        continue;
      }
      char prev = i > ls ? t.charAt(i - 1) : ' ';
      if (!(Character.isWhitespace(prev) || OPEN_AFTER.indexOf(prev) >= 0 || prev == '"')
          || i + 1 >= le
          || !Character.isLetterOrDigit(t.charAt(i + 1))
          || raw.applyAsInt(i) == '\u2019'
          || DECADE.matcher(t).region(i + 1, le).lookingAt()) {
        continue;
      }
      for (int j = i + 2; j < Math.min(le, i + MAX_SINGLE); j++) {
        char c = t.charAt(j);
        if (c == '"' || inside(doubles, j)) {
          break;
        }
        if (c == '\'' && !Character.isWhitespace(t.charAt(j - 1))
            && (j + 1 >= le || !Character.isLetterOrDigit(t.charAt(j + 1)))
            && raw.applyAsInt(j) != '\u2018') {
          add(out, t, i, 1, j, j + 1, false, false, true);
          i = j;
          break;
        }
      }
    }
  }

  /** Whether the double mark at {@code i} opens a quote (else it closes one). */
  private static boolean opens(String t, int i, int length, int rawMark, boolean insideQuote) {
    char prev = i > 0 ? t.charAt(i - 1) : '\n';
    char next = i + length < t.length() ? t.charAt(i + length) : '\n';
    boolean openCtx =
        (Character.isWhitespace(prev) || OPEN_AFTER.indexOf(prev) >= 0)
            && !Character.isWhitespace(next);
    boolean closeCtx =
        !Character.isWhitespace(prev)
            && (Character.isWhitespace(next) || CLOSE_BEFORE.indexOf(next) >= 0);
    if (openCtx != closeCtx) {
      return openCtx;
    }
    if (rawMark == '\u201C' || rawMark == '\u201E' || rawMark == '\u00AB' || rawMark == '`') {
      return true;
    }
    if (rawMark == '\u201D' || rawMark == '\u00BB') {
      return false;
    }
    return !insideQuote;
  }

  private static boolean nextLineOpens(String t, IntUnaryOperator raw, int le) {
    int i = le;
    while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    int length = i < t.length() ? markLength(t, i, t.length()) : 0;
    return i > le && length > 0 && opens(t, i, length, raw.applyAsInt(i), false);
  }

  private static void add(List<QuoteSpan> out, String t, int open, int openLength, int close,
      int end, boolean cont, boolean runsOn, boolean single) {
    int s = open + openLength;
    int e = close;
    while (s < e && Character.isWhitespace(t.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
      e--;
    }
    for (int k = s; k < e; k++) {
      if (Character.isLetterOrDigit(t.charAt(k))) {
        out.add(new QuoteSpan(new Span(s, e), new Span(open, end), cont, runsOn, single));
        return;
      }
    }
  }

  private static boolean blank(String t, int from, int to) {
    return t.substring(from, to).isBlank();
  }

  /** Whether offset {@code i} lies inside one of the quotes (in order, not overlapping). */
  private static boolean inside(List<QuoteSpan> quotes, int i) {
    int lo = 0;
    int hi = quotes.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span o = quotes.get(mid).outer();
      if (o.end() <= i) {
        lo = mid + 1;
      } else if (o.start() > i) {
        hi = mid - 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
