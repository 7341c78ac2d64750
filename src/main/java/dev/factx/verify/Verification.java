package dev.factx.verify;

import dev.factx.Report;
import dev.factx.match.Finding;
import dev.factx.report.CheckResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The outcome of {@code factx verify}: one check per reprint, and the same as a factx report.
 *
 * @param checks one per reprint, in input order
 * @param report the documents, claims and one discrepancy finding per change on a claim, so that
 *     every report format applies
 * @param changes the change behind each finding of the report, by finding id
 */
public record Verification(List<Check> checks, Report report, Map<String, Located> changes) {
  /**
   * A change and the check (the reprint) it was found in.
   *
   * @param check the reprint's check
   * @param change the change
   */
  public record Located(Check check, Change change) {}

  public Verification {
    checks = List.copyOf(checks);
    Objects.requireNonNull(report, "report");
    changes = Map.copyOf(changes);
  }

  /** Whether any reprint changed something it should not have: the CI gate. */
  public boolean failed() {
    return checks.stream().anyMatch(c -> !c.changes().isEmpty());
  }

  /** How many changes, of all reprints, are of the kinds that fail the run. */
  public long failing(Set<ChangeKind> failing) {
    long n = 0;
    for (Check c : checks) {
      for (Change change : c.changes()) {
        n += failing.contains(ChangeKind.of(change)) ? 1 : 0;
      }
    }
    return n;
  }

  /** The findings as a check's results for SARIF and GitHub annotations. */
  public CheckResults results(Set<ChangeKind> failing) {
    List<CheckResults.Rule> rules = new ArrayList<>();
    for (ChangeKind k : ChangeKind.values()) {
      rules.add(rule(k));
    }
    return new CheckResults() {
      @Override
      public List<Rule> rules() {
        return rules;
      }

      @Override
      public Rule rule(Finding f) {
        return rules.get(kind(f).ordinal());
      }

      @Override
      public boolean fails(Finding f) {
        return failing.contains(kind(f));
      }

      @Override
      public Place place(Finding f) {
        Located l = located(f);
        return new Place(l.check().reprint().article().id(), l.change().at());
      }
    };
  }

  private Located located(Finding f) {
    Located l = changes.get(f.id());
    if (l == null) {
      throw new IllegalArgumentException("finding " + f.id() + " is not a change of this run");
    }
    return l;
  }

  private ChangeKind kind(Finding f) {
    return ChangeKind.of(located(f).change());
  }

  /** {@code factx/figure-changed}, with its name and descriptions. */
  static CheckResults.Rule rule(ChangeKind k) {
    return new CheckResults.Rule("factx/" + k.label(), k.ruleName(), k.shortDescription(),
        k.fullDescription());
  }
}
