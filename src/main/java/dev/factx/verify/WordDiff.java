package dev.factx.verify;

import dev.factx.analysis.Word;
import dev.factx.match.Similarity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.diff.CommandVisitor;
import org.apache.commons.text.diff.StringsComparator;

/**
 * A word diff of two aligned sentences: the longest common subsequence of their words, and the
 * hunks between its runs where words were changed, added or removed.
 */
final class WordDiff {
  /**
   * One place where the words differ: original words {@code [aStart, aEnd)} became reprint words
   * {@code [bStart, bEnd)}; one side may be empty.
   */
  record Hunk(int aStart, int aEnd, int bStart, int bEnd) {}

  private final int[] bToA; // reprint word -> the equal original word, or -1
  private final int[] aToB;
  private final List<Hunk> hunks;

  private WordDiff(int[] bToA, int[] aToB, List<Hunk> hunks) {
    this.bToA = bToA;
    this.aToB = aToB;
    this.hunks = List.copyOf(hunks);
  }

  /** Diffs the words of an original sentence ({@code a}) against a reprint's ({@code b}). */
  static WordDiff of(List<Word> a, List<Word> b) {
    int n = a.size();
    int m = b.size();
    // common prefix and suffix first: most aligned sentences differ in a word or two
    int pre = 0;
    while (pre < n && pre < m && a.get(pre).key().equals(b.get(pre).key())) {
      pre++;
    }
    int suf = 0;
    while (suf < n - pre && suf < m - pre
        && a.get(n - 1 - suf).key().equals(b.get(m - 1 - suf).key())) {
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
    // the middle goes to Commons Text's Myers diff (near-linear memory, unlike an LCS table),
    // over one character per distinct word as the quote matcher's diff does
    final int first = pre;
    Map<String, Character> codes = new HashMap<>();
    String x = Similarity.encode(keys(a.subList(pre, n - suf)), codes);
    String y = Similarity.encode(keys(b.subList(pre, m - suf)), codes);
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

  private static List<String> keys(List<Word> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (Word t : tokens) {
      out.add(t.key());
    }
    return out;
  }

  List<Hunk> hunks() {
    return hunks;
  }

  /** The original word equal to reprint word {@code j}, or -1 when the reprint changed it. */
  int originalOf(int j) {
    return bToA[j];
  }

  /** The reprint word equal to original word {@code i}, or -1 when the reprint changed it. */
  int reprintOf(int i) {
    return aToB[i];
  }

  /**
   * The words of an original against a reprint as one line: equal words as they are,
   * {@code -[removed]} and {@code +[added]} runs, each word as it stands in its text.
   */
  static String render(String textA, List<Word> a, String textB, List<Word> b) {
    WordDiff d = of(a, b);
    StringBuilder out = new StringBuilder();
    int ai = 0;
    for (Hunk h : d.hunks) {
      while (ai < h.aStart()) {
        space(out).append(a.get(ai++).span().of(textA));
      }
      if (h.aEnd() > h.aStart()) {
        space(out).append("-[").append(join(textA, a.subList(h.aStart(), h.aEnd()))).append(']');
      }
      if (h.bEnd() > h.bStart()) {
        space(out).append("+[").append(join(textB, b.subList(h.bStart(), h.bEnd()))).append(']');
      }
      ai = h.aEnd();
    }
    while (ai < a.size()) {
      space(out).append(a.get(ai++).span().of(textA));
    }
    return out.toString();
  }

  private static String join(String text, List<Word> words) {
    StringBuilder b = new StringBuilder();
    for (Word t : words) {
      space(b).append(t.span().of(text));
    }
    return b.toString();
  }

  private static StringBuilder space(StringBuilder b) {
    if (b.length() > 0) {
      b.append(' ');
    }
    return b;
  }
}
