package dev.factx.bundle;

/** How to read an input: by its name and first bytes, or as one format. */
public enum InputFormat {
  /**
   * {@code .jsonl}/{@code .ndjson} and a first non-blank {@code {} mean JSON Lines; a {@code .txt}
   * or {@code .md} file without a line starting with {@code ===} is one plain article, and so is a
   * {@code .html} or {@code .htm} page; a first non-blank {@code <} means a page; else bundle.
   */
  AUTO,
  /** The delimited bundle format. */
  BUNDLE,
  /** One JSON object per line. */
  JSONL,
  /** A saved web page. */
  HTML
}
