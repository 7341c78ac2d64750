package dev.factx.match;

import java.util.Objects;

/**
 * How one claim of a quote finding stands against the finding's longest form.
 *
 * @param claim the claim id
 * @param relation {@code exact}, {@code normalized}, {@code truncated}, {@code extended},
 *     {@code elided}, {@code altered}, {@code misattributed} or {@code paraphrase}
 * @param diff a word diff against the longest form ({@code -[removed] +[added]}), or null when exact
 */
public record Variant(String claim, String relation, String diff) {
  public Variant {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(relation, "relation");
  }
}
