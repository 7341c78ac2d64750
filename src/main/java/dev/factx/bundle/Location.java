package dev.factx.bundle;

/**
 * Where a span of an article body stands in its input file.
 *
 * @param line 1-based line in the input file
 * @param column 1-based column, counted in Unicode code points from the start of the line
 * @param length the span's length in code points of the input file (a line end counts as one)
 */
public record Location(int line, int column, int length) {}
