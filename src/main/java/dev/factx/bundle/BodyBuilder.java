package dev.factx.bundle;

import java.util.Arrays;

/**
 * Collects body lines, drops trailing blank lines and builds the body with its source map; a body
 * longer than {@link Limits#max()} characters is an error at the line that makes it so.
 */
final class BodyBuilder {
  private final String file;
  private final String id;
  private final StringBuilder text = new StringBuilder();
  private int[] shifts = new int[16];
  private int[] starts = new int[16];
  private int lines;
  private int keptLength;
  private int keptLines;
  private int firstFileLine = -1;

  /**
   * @param file the input the body is read from, for the error message
   * @param id the article's id, for the error message
   */
  BodyBuilder(String file, String id) {
    this.file = file;
    this.id = id;
  }

  /**
   * Adds the next body line, read from file line {@code fileLine} with {@code shift} dropped; a
   * line as a reader cuts it, without a line end.
   */
  void add(String line, int fileLine, int shift) {
    if ((long) text.length() + 1 + line.length() > Limits.max()) {
      throw new InputException(file, fileLine, Limits.article(id));
    }
    if (firstFileLine < 0) {
      firstFileLine = fileLine;
    }
    if (lines > 0) {
      text.append('\n');
    }
    if (lines == shifts.length) {
      shifts = Arrays.copyOf(shifts, lines * 2);
      starts = Arrays.copyOf(starts, lines * 2);
    }
    starts[lines] = text.length();
    text.append(line);
    shifts[lines++] = shift;
    if (!Headers.isBlank(line)) {
      keptLength = text.length();
      keptLines = lines;
    }
  }

  /** The body read so far, trailing blank lines dropped. */
  String body() {
    return text.substring(0, keptLength);
  }

  /** The source map of {@link #body()}; {@code nextFileLine} serves an empty body. */
  SourceMap sourceMap(String body, int nextFileLine) {
    int[] s = keptLines == 0 ? new int[1] : Arrays.copyOf(shifts, keptLines);
    // the lines' starts as they were appended, rather than found again in the body
    int[] lineStarts = keptLines == 0 ? new int[1] : Arrays.copyOf(starts, keptLines);
    return new LineSourceMap(body, lineStarts, firstFileLine < 0 ? nextFileLine : firstFileLine,
        s);
  }

  /** The length of {@code body} without its trailing blank lines (and the line ends before them). */
  static int keptLength(CharSequence body) {
    int kept = 0;
    int lineStart = 0;
    for (int i = 0; i <= body.length(); i++) {
      if (i == body.length() || body.charAt(i) == '\n') {
        if (!Headers.isBlank(body.subSequence(lineStart, i))) {
          kept = i;
        }
        lineStart = i + 1;
      }
    }
    return kept;
  }
}
