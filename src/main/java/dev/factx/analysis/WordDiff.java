package dev.factx.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.text.diff.CommandVisitor;
import org.apache.commons.text.diff.StringsComparator;

/**
 * The one word diff of factx, shared by quote matching, {@code verify} and every report: the
 * longest common subsequence of two word sequences (Commons Text's Myers diff over one character
 * per distinct word, after the common head and tail are set aside, so that a cut or an addition
 * at either end shows as one change), the hunks between its runs, and the diff as {@link
 * Segment}s that each format renders its own way ({@link #render} writes the {@code -[removed]
 * +[added]} notation of the JSON report).
 */
public final class WordDiff {
  /** What a segment is: words both sides share, or words only one has. */
  public enum Change {
    SAME,
    REMOVED,
    ADDED
  }

  /**
   * One run of a diff.
   *
   * @param change whether the words are shared, removed or added
   * @param text the words, one space between them ({@code ...} where shared words are left out)
   */
  public record Segment(Change change, String text) {
    public Segment {
      Objects.requireNonNull(change, "change");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * One place where the words differ: words {@code [aStart, aEnd)} of the first sequence became
   * words {@code [bStart, bEnd)} of the second; one side may be empty.
   *
   * @param aStart first word of the first sequence
   * @param aEnd just after the last
   * @param bStart first word of the second sequence
   * @param bEnd just after the last
   */
  public record Hunk(int aStart, int aEnd, int bStart, int bEnd) {}

  /** Shared words kept around each change in a compact diff. */
  private static final int CONTEXT = 3;

  /** A changed run longer than this is shortened in a compact diff. */
  private static final int MAX_CHANGE = 8;

  private final int[] bToA;
  private final int[] aToB;
  private final List<Hunk> hunks;

  private WordDiff(int[] bToA, int[] aToB, List<Hunk> hunks) {
    this.bToA = bToA;
    this.aToB = aToB;
    this.hunks = List.copyOf(hunks);
  }

  /** Diffs two sequences of word keys (words as compared: lower case, say). */
  public static WordDiff of(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int pre = 0;
    while (pre < n && pre < m && a.get(pre).equals(b.get(pre))) {
      pre++;
    }
    int suf = 0;
    while (suf < n - pre && suf < m - pre && a.get(n - 1 - suf).equals(b.get(m - 1 - suf))) {
      suf++;
    }
    int[] bToA = new int[m];
    int[] aToB = new int[n];
    Arrays.fill(bToA, -1);
    Arrays.fill(aToB, -1);
    for (int i = 0; i < pre; i++) {
      bToA[i] = i;
      aToB[i] = i;
    }
    for (int i = 0; i < suf; i++) {
      bToA[m - 1 - i] = n - 1 - i;
      aToB[n - 1 - i] = m - 1 - i;
    }
    final int first = pre;
    Map<String, Character> codes = new HashMap<>();
    String x = encode(a.subList(pre, n - suf), codes);
    String y = encode(b.subList(pre, m - suf), codes);
    new StringsComparator(x, y).getScript().visit(new CommandVisitor<Character>() {
      private int i = first;
      private int j = first;

      @Override
      public void visitKeepCommand(Character c) {
        bToA[j] = i;
        aToB[i] = j;
        i++;
        j++;
      }

      @Override
      public void visitDeleteCommand(Character c) {
        i++;
      }

      @Override
      public void visitInsertCommand(Character c) {
        j++;
      }
    });
    List<Hunk> hunks = new ArrayList<>();
    int ai = 0;
    int bi = 0;
    while (ai < n || bi < m) {
      if (ai < n && bi < m && aToB[ai] == bi) {
        ai++;
        bi++;
        continue;
      }
      int as = ai;
      int bs = bi;
      while (ai < n && aToB[ai] < 0) {
        ai++;
      }
      while (bi < m && bToA[bi] < 0) {
        bi++;
      }
      hunks.add(new Hunk(as, ai, bs, bi));
    }
    return new WordDiff(bToA, aToB, hunks);
  }

  /**
   * Each distinct word as one character (from the private-use area on), so that character
   * algorithms from Commons Text run on words.
   */
  public static String encode(List<String> words, Map<String, Character> codes) {
    StringBuilder sb = new StringBuilder(words.size());
    for (String w : words) {
      Character code = codes.get(w);
      if (code == null) {
        code = (char) (0xE000 + codes.size());
        codes.put(w, code);
      }
      sb.append((char) code);
    }
    return sb.toString();
  }

  /** The places where the words differ, in order. */
  public List<Hunk> hunks() {
    return hunks;
  }

  /** The first sequence's word equal to word {@code j} of the second, or -1 when changed. */
  public int originalOf(int j) {
    return bToA[j];
  }

  /** The second sequence's word equal to word {@code i} of the first, or -1 when changed. */
  public int reprintOf(int i) {
    return aToB[i];
  }

  /**
   * The whole diff as segments: shared words as the first sequence writes them ({@code a}),
   * removed words from {@code a}, added ones from {@code b}.
   */
  public List<Segment> segments(List<String> a, List<String> b) {
    List<Segment> out = new ArrayList<>();
    int ai = 0;
    for (Hunk h : hunks) {
      if (ai < h.aStart()) {
        out.add(new Segment(Change.SAME, String.join(" ", a.subList(ai, h.aStart()))));
      }
      changes(out, a.subList(h.aStart(), h.aEnd()), b.subList(h.bStart(), h.bEnd()), false);
      ai = h.aEnd();
    }
    if (ai < a.size()) {
      out.add(new Segment(Change.SAME, String.join(" ", a.subList(ai, a.size()))));
    }
    return out;
  }

  /**
   * A short word diff of a quote against a reference form: words are the texts' runs between
   * white space, compared without case or punctuation, so only wording changes show; shared
   * words are shown as the quote writes them, {@value #CONTEXT} of them around each change and
   * {@code ...} for the rest; a long changed run keeps its first four and last three words.
   * Empty when the words agree.
   */
  public static List<Segment> quote(String reference, String variant) {
    List<String> ref = spaced(reference);
    List<String> var = spaced(variant);
    WordDiff d = of(keys(ref), keys(var));
    List<Segment> out = new ArrayList<>();
    if (d.hunks.isEmpty()) {
      return out;
    }
    int bi = 0;
    for (int k = 0; k <= d.hunks.size(); k++) {
      Hunk h = k < d.hunks.size() ? d.hunks.get(k) : null;
      int to = h == null ? var.size() : h.bStart();
      if (bi < to) {
        out.add(new Segment(Change.SAME, context(var.subList(bi, to), k > 0, h != null)));
      }
      if (h != null) {
        changes(out, ref.subList(h.aStart(), h.aEnd()), var.subList(h.bStart(), h.bEnd()), true);
        bi = h.bEnd();
      }
    }
    return out;
  }

  /** Shared words between changes: a few next to each change, {@code ...} for the rest. */
  private static String context(List<String> words, boolean before, boolean after) {
    int n = words.size();
    int head = before ? Math.min(CONTEXT, n) : 0;
    int tail = after ? Math.min(CONTEXT, n - head) : 0;
    List<String> out = new ArrayList<>(words.subList(0, head));
    if (n > head + tail) {
      out.add("...");
    }
    out.addAll(words.subList(n - tail, n));
    return String.join(" ", out);
  }

  private static void changes(List<Segment> out, List<String> removed, List<String> added,
      boolean shorten) {
    if (!removed.isEmpty()) {
      out.add(new Segment(Change.REMOVED, shorten ? shorten(removed) : String.join(" ", removed)));
    }
    if (!added.isEmpty()) {
      out.add(new Segment(Change.ADDED, shorten ? shorten(added) : String.join(" ", added)));
    }
  }

  private static String shorten(List<String> run) {
    if (run.size() <= MAX_CHANGE) {
      return String.join(" ", run);
    }
    return String.join(" ", run.subList(0, 4)) + " ... "
        + String.join(" ", run.subList(run.size() - 3, run.size()));
  }

  /** The runs of a text between white space. */
  private static List<String> spaced(String s) {
    String t = s.strip();
    return t.isEmpty() ? List.of() : List.of(t.split("\\s+"));
  }

  /** Words as a quote diff compares them: lower case, letters and digits only. */
  private static List<String> keys(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      StringBuilder k = new StringBuilder(w.length());
      String lower = w.toLowerCase(Locale.ROOT);
      for (int i = 0; i < lower.length(); ) {
        int cp = lower.codePointAt(i);
        int type = Character.getType(cp);
        if (Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER
            || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER) {
          k.appendCodePoint(cp);
        }
        i += Character.charCount(cp);
      }
      out.add(k.length() == 0 ? w : k.toString());
    }
    return out;
  }

  /**
   * A diff in the report's notation: shared words as they are, {@code -[removed]} and {@code
   * +[added]} runs, one space between segments; the empty string for no segment.
   */
  public static String render(List<Segment> segments) {
    StringBuilder b = new StringBuilder();
    for (Segment s : segments) {
      if (b.length() > 0) {
        b.append(' ');
      }
      switch (s.change()) {
        case REMOVED -> b.append("-[").append(s.text()).append(']');
        case ADDED -> b.append("+[").append(s.text()).append(']');
        default -> b.append(s.text());
      }
    }
    return b.toString();
  }
}
