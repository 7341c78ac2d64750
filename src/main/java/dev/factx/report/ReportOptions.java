package dev.factx.report;

import dev.factx.match.Verdict;

/**
 * How to write a report, whatever the format.
 *
 * @param all list every finding: unique claims in text and Markdown, agreements and unique claims
 *     in SARIF and GitHub annotations
 * @param colour colour the text report with ANSI codes
 * @param width the text report's line width, in columns
 * @param failOn the {@code --fail-on} level ({@code DISCREPANCY} or {@code UNIQUE}), or null for
 *     never; findings that fail the run are SARIF and GitHub errors, others warnings or notes
 * @param version factx's version, for SARIF's tool description
 */
public record ReportOptions(boolean all, boolean colour, int width, Verdict failOn, String version) {
  public ReportOptions {
    if (width < 20) {
      throw new IllegalArgumentException("width must be at least 20 columns, not " + width);
    }
    if (failOn == Verdict.AGREE) {
      throw new IllegalArgumentException("agreements never fail a run");
    }
    version = version == null ? "0.0.0-dev" : version;
  }

  /** Plain text, 100 columns, no unique claims listed, never failing: the defaults. */
  public static ReportOptions defaults() {
    return new ReportOptions(false, false, 100, null, null);
  }

  /** Whether a finding with this verdict makes the run exit 1. */
  public boolean fails(Verdict verdict) {
    return failOn != null
        && (verdict == Verdict.DISCREPANCY || (failOn == Verdict.UNIQUE && verdict == Verdict.UNIQUE));
  }

  /**
   * Whether SARIF and GitHub annotations list findings with this verdict: discrepancies always,
   * findings that fail the run always, the rest only with {@code --all}.
   */
  public boolean annotates(Verdict verdict) {
    return verdict == Verdict.DISCREPANCY || all || fails(verdict);
  }

  /**
   * The SARIF level of a verdict: {@code error} when it fails the run, else {@code warning} for a
   * discrepancy, {@code note} for a unique claim and {@code none} for an agreement.
   */
  public String level(Verdict verdict) {
    if (fails(verdict)) {
      return "error";
    }
    return switch (verdict) {
      case DISCREPANCY -> "warning";
      case UNIQUE -> "note";
      case AGREE -> "none";
    };
  }
}
