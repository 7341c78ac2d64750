package dev.factx.match;

import dev.factx.clean.Document;
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
   * @param claims the claims of this kind from all documents, in document then text order
   * @param documents the documents they were extracted from, for context
   */
  List<Finding> match(List<C> claims, List<Document> documents);
}
