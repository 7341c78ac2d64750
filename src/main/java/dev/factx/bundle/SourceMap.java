package dev.factx.bundle;

import dev.factx.text.Span;

/** Maps spans of an article body back to the input file the article was read from. */
public interface SourceMap {
  /** The file position of a body span; {@code span} lies within the body. */
  Location locate(Span span);
}
