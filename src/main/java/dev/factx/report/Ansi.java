package dev.factx.report;

/** ANSI SGR styles for the text report; a disabled instance returns text unchanged. */
final class Ansi {
  static final String BOLD = "1";
  static final String DIM = "2";
  static final String RED = "31";
  static final String GREEN = "32";
  static final String YELLOW = "33";
  static final String CYAN = "36";
  static final String REMOVED = "1;31";
  static final String ADDED = "1;32";

  private final boolean enabled;

  Ansi(boolean enabled) {
    this.enabled = enabled;
  }

  /** The text in a style ({@code null} style: plain). */
  String style(String style, String text) {
    if (!enabled || style == null || text.isEmpty()) {
      return text;
    }
    return "\u001b[" + style + "m" + text + "\u001b[0m";
  }
}
