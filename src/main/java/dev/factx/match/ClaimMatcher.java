package dev.factx.match;

import dev.factx.extract.Claim;
import java.util.List;

/**
 * Groups claims of one kind across articles and gives each group a verdict.
 *
 * <p>Every claim it is given appears in at least one finding it returns (a quote that merges two
 * sentences can stand in two): a claim that matches no other article's claim gets a finding of its
 * own with verdict {@link Verdict#UNIQUE}. Findings come back without ids; the caller numbers them.
 *
 * @param <C> the kind of claim
 */
public interface ClaimMatcher<C extends Claim> {
  /**
   * The findings on some claims. The claims carry all the context matching reads: a matcher never
   * reads the documents again.
   *
   * @param claims the claims of this kind from all documents, in document then text order
   */
  List<Finding> match(List<C> claims);
}
