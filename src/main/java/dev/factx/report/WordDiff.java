package dev.factx.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A quote variant's word diff ({@code -[removed] +[added]} marks in running text) split into
 * segments, so each format can highlight the changed words its own way.
 */
final class WordDiff {
  /** What a segment is: words both forms share, or words only one has. */
  enum Change { SAME, REMOVED, ADDED }

  /**
   * One run of the diff.
   *
   * @param change whether the words are shared, removed or added
   * @param text the words, without the marks
   */
  record Segment(Change change, String text) {}

  private WordDiff() {}

  /**
   * Splits a diff into segments. A mark opens with {@code -[} or {@code +[} at the start, after a
   * space or right after another mark, and closes at the next {@code ]}; anything else is text.
   */
  static List<Segment> parse(String diff) {
    List<Segment> out = new ArrayList<>();
    StringBuilder same = new StringBuilder();
    int i = 0;
    boolean afterMark = false;
    while (i < diff.length()) {
      char c = diff.charAt(i);
      boolean opens = (c == '-' || c == '+') && i + 1 < diff.length() && diff.charAt(i + 1) == '['
          && (i == 0 || afterMark || Character.isWhitespace(diff.charAt(i - 1)));
      int close = opens ? diff.indexOf(']', i + 2) : -1;
      if (close > 0) {
        if (same.length() > 0) {
          out.add(new Segment(Change.SAME, same.toString()));
          same.setLength(0);
        }
        out.add(new Segment(c == '-' ? Change.REMOVED : Change.ADDED, diff.substring(i + 2, close)));
        i = close + 1;
        afterMark = true;
      } else {
        same.append(c);
        i++;
        afterMark = false;
      }
    }
    if (same.length() > 0) {
      out.add(new Segment(Change.SAME, same.toString()));
    }
    return out;
  }
}
