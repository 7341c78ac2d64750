package dev.factx.report;

/** Small text measures the report writers share. */
final class ReportText {
  private ReportText() {}

  /** Words: runs of letters or digits. */
  static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }
}
