package dev.factx.bundle;

import dev.factx.text.Span;

/**
 * The source map of a body read from one JSON Lines line: every body character maps to the column
 * where its text, escaped or not, stands inside the JSON string.
 */
final class JsonSourceMap implements SourceMap {
  private final int line;
  private final int[] columns; // column of body char i; columns[length] = column after the last

  /**
   * @param line the 1-based file line of the JSON object
   * @param columns per body character its 1-based column (code points), plus one end column
   */
  JsonSourceMap(int line, int[] columns) {
    this.line = line;
    this.columns = columns.clone();
  }

  @Override
  public Location locate(Span span) {
    int start = columns[span.start()];
    return new Location(line, start, columns[span.end()] - start);
  }
}
