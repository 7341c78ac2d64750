package dev.factx.verify;

import dev.factx.Report;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@code factx verify}: one check per reprint, and the same as a factx report.
 *
 * @param checks one per reprint, in input order
 * @param report the documents, claims and one discrepancy finding per change on a claim, so that
 *     every report format applies
 */
public record Verification(List<Check> checks, Report report) {
  public Verification {
    checks = List.copyOf(checks);
    Objects.requireNonNull(report, "report");
  }

  /** Whether any reprint changed something it should not have: the CI gate. */
  public boolean failed() {
    return checks.stream().anyMatch(c -> !c.changes().isEmpty());
  }
}
