package dev.factx.bundle;

/**
 * One thing wrong with an input, at a place a person can open.
 *
 * @param file the input as the user named it ({@code -} for standard input)
 * @param line 1-based line, or 0 when the problem is with the file as a whole
 * @param message lowercase, says what was expected and what was found, then what to do
 */
public record Problem(String file, int line, String message) {
  /** {@code FILE:LINE: error: MESSAGE}, or {@code FILE: error: MESSAGE} without a line. */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": error: " + message : file + ": error: " + message;
  }
}
