package dev.factx.match;

import dev.factx.analysis.WordDiff.Segment;
import java.util.List;
import java.util.Objects;

/**
 * How one claim of a quote finding stands against the finding's reference form.
 *
 * @param claim the claim id
 * @param relation how it stands
 * @param diff a word diff against the reference form, or null when exact or without a change
 */
public record Variant(String claim, QuoteRelation relation, List<Segment> diff) {
  public Variant {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(relation, "relation");
    diff = diff == null ? null : List.copyOf(diff);
  }
}
