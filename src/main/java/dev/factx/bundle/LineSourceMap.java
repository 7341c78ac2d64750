package dev.factx.bundle;

import dev.factx.text.Span;
import java.util.Arrays;

/**
 * The source map of a body that was read line by line: each body line starts at a known file line,
 * after a known number of code points that the reader removed (the backslash of {@code \===}).
 */
public final class LineSourceMap implements SourceMap {
  private final String body;
  private final int[] lineStarts; // body offset where each body line starts
  private final int[] fileLines; // 1-based file line of each body line
  private final int[] shifts; // code points before the body line's first char in the file line

  /**
   * @param body the article body, lines joined by {@code \n}
   * @param firstFileLine the file line of the body's first line
   * @param shifts per body line, code points removed at its start (null: none); its length must be
   *     the number of body lines
   */
  public LineSourceMap(String body, int firstFileLine, int[] shifts) {
    this.body = body;
    // indexOf rather than a loop of charAt: bundles are read on one thread, before anything else
    int count = 1;
    for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
      count++;
    }
    lineStarts = new int[count];
    fileLines = new int[count];
    int k = 1;
    for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
      lineStarts[k++] = i + 1;
    }
    for (int i = 0; i < count; i++) {
      fileLines[i] = firstFileLine + i;
    }
    this.shifts = shifts == null ? new int[count] : Arrays.copyOf(shifts, count);
  }

  /**
   * The map of a body whose line starts the caller knows: {@code lineStarts[k]} is where body line
   * {@code k} starts (0 for the first, one past its line end for each other), one entry a line.
   *
   * @param shifts per body line, code points removed at its start; as long as lineStarts
   */
  LineSourceMap(String body, int[] lineStarts, int firstFileLine, int[] shifts) {
    if (lineStarts.length == 0 || lineStarts[0] != 0 || shifts.length != lineStarts.length) {
      throw new IllegalArgumentException("one line start (the first 0) and shift a line");
    }
    this.body = body;
    this.lineStarts = lineStarts;
    this.fileLines = new int[lineStarts.length];
    for (int i = 0; i < fileLines.length; i++) {
      fileLines[i] = firstFileLine + i;
    }
    this.shifts = shifts;
  }

  private int lineIndex(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i : -i - 2;
  }

  @Override
  public Location locate(Span span) {
    int line = lineIndex(span.start());
    int column = shifts[line] + body.codePointCount(lineStarts[line], span.start()) + 1;
    int length = body.codePointCount(span.start(), span.end());
    for (int l = line + 1; l < lineStarts.length && lineStarts[l] < span.end(); l++) {
      length += shifts[l];
    }
    return new Location(fileLines[line], column, length);
  }
}
