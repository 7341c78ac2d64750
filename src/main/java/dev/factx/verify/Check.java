package dev.factx.verify;

import dev.factx.analysis.Document;
import java.util.List;
import java.util.Objects;

/**
 * How one reprint stands against its original.
 *
 * @param original the original (reference) it was checked against
 * @param reprint the reprint
 * @param changes what the reprint changed, in reprint order
 * @param sentences the reprint's sentences
 * @param copied how many of them came from the original
 * @param cut how many of the original's sentences the reprint left out (with or without claims)
 */
public record Check(
    Document original, Document reprint, List<Change> changes, int sentences, int copied, int cut) {
  public Check {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(reprint, "reprint");
    changes = List.copyOf(changes);
  }

  /** How many changes touch claims. */
  public long claimChanges() {
    return changes.stream().filter(Change::onClaim).count();
  }
}
