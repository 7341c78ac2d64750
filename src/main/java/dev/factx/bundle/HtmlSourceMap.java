package dev.factx.bundle;

import dev.factx.text.OffsetMap;
import dev.factx.text.Span;
import java.util.Arrays;

/**
 * The source map of an article read from a web page: every body character remembers the range
 * of page characters it was read from (an entity such as {@code &rsquo;} is one body character
 * for several page characters; a line end put between two paragraphs is none), and a span of
 * the body is located from the page start of its first character to the page end of its last,
 * markup inside the span included.
 */
final class HtmlSourceMap implements SourceMap {
  /** Code points are counted from checkpoints this many chars apart, so a long line costs little. */
  private static final int STEP = 4096;

  private final String page;
  private final OffsetMap toPage;
  private final int[] lineStarts; // page offset where each line starts
  private final int[] codePoints; // code points before page offset k * STEP

  /**
   * @param page the page as decoded (BOM removed)
   * @param toPage maps body offsets to offsets of {@code page}
   */
  HtmlSourceMap(String page, OffsetMap toPage) {
    this.page = page;
    this.toPage = toPage;
    this.lineStarts = lineStarts(page);
    codePoints = new int[page.length() / STEP + 1];
    for (int k = 1; k < codePoints.length; k++) {
      codePoints[k] = codePoints[k - 1] + page.codePointCount((k - 1) * STEP, k * STEP);
    }
  }

  /** The page offsets where lines start: 0 and after every {@code \n}. */
  static int[] lineStarts(String page) {
    int count = 1;
    for (int i = 0; i < page.length(); i++) {
      if (page.charAt(i) == '\n') {
        count++;
      }
    }
    int[] starts = new int[count];
    int k = 1;
    for (int i = 0; i < page.length(); i++) {
      if (page.charAt(i) == '\n') {
        starts[k++] = i + 1;
      }
    }
    return starts;
  }

  /** The 1-based line of a page offset, given the page's line starts. */
  static int line(int[] lineStarts, int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** The 1-based line of a page offset. */
  int lineOf(int offset) {
    return line(lineStarts, offset);
  }

  /** The number of code points before a page offset. */
  private int codePointsBefore(int offset) {
    int k = offset / STEP;
    return codePoints[k] + page.codePointCount(k * STEP, offset);
  }

  @Override
  public Location locate(Span span) {
    Span s = toPage.toSource(span);
    int line = line(lineStarts, s.start());
    int column = codePointsBefore(s.start()) - codePointsBefore(lineStarts[line - 1]) + 1;
    int length = page.codePointCount(s.start(), s.end());
    for (int i = s.start() + 1; i < s.end(); i++) {
      if (page.charAt(i) == '\n' && page.charAt(i - 1) == '\r') {
        length--; // CRLF is read as LF: one character
      }
    }
    return new Location(line, column, length);
  }
}
