package dev.factx.bundle;

import dev.factx.text.IntRuns;
import dev.factx.text.Span;

/**
 * The source map of a body read from one JSON Lines line: every body character maps to the column
 * where its text, escaped or not, stands inside the JSON string.
 */
final class JsonSourceMap implements SourceMap {
  private final int line;
  // column of body char i; the last value is the column after the last char. Kept as runs: columns
  // count up one by one between escapes, so a body costs a few ints per escape, not one per char
  private final IntRuns columns;

  /**
   * @param line the 1-based file line of the JSON object
   * @param columns per body character its 1-based column (code points), plus one end column
   */
  JsonSourceMap(int line, int[] columns) {
    this.line = line;
    IntRuns.Builder b = new IntRuns.Builder();
    for (int c : columns) {
      b.add(c);
    }
    this.columns = b.build();
  }

  @Override
  public Location locate(Span span) {
    int start = columns.get(span.start());
    return new Location(line, start, columns.get(span.end()) - start);
  }
}
