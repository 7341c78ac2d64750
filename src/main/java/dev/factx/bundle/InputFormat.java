package dev.factx.bundle;

/** How to read an input: by its name and first bytes, or as one format. */
public enum InputFormat {
  /**
   * {@code .jsonl}/{@code .ndjson} and a first non-blank {@code {} mean JSON Lines; a {@code .txt}
   * or {@code .md} file without an article line (a line starting with {@code ===} that is not a
   * Markdown title underline) is one plain article, and so is a {@code .html} or {@code .htm}
   * page; a first non-blank {@code <} means a page; standard input that starts like neither a
   * bundle nor JSON Lines nor a page is one plain article; else bundle.
   */
  AUTO,
  /** The delimited bundle format. */
  BUNDLE,
  /** One JSON object per line. */
  JSONL,
  /** A saved web page. */
  HTML,
  /** One plain article: an optional header block, then the body; no {@code ===} lines. */
  TEXT
}
