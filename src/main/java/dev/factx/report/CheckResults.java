package dev.factx.report;

import dev.factx.match.Finding;
import dev.factx.text.Span;
import java.util.List;

/**
 * Findings read as the results of a check ({@code factx verify}) rather than of a comparison: each
 * has a rule of its own, stands at one place of the checked article, and rests on claims of other
 * articles (the original), which SARIF lists as related locations and GitHub annotations name in
 * the message. Without it, SARIF and GitHub output place a comparison's finding at every claim.
 */
public interface CheckResults {
  /**
   * One rule of the check.
   *
   * @param id the SARIF rule id, {@code factx/figure-changed}
   * @param name PascalCase, {@code FigureChanged}
   * @param shortDescription one line
   * @param fullDescription a few sentences
   */
  record Rule(String id, String name, String shortDescription, String fullDescription) {}

  /**
   * Where a result stands.
   *
   * @param articleId the checked article
   * @param span the span of its raw body (empty where something was cut)
   */
  record Place(String articleId, Span span) {}

  /** Every rule, in a fixed order, whether used or not (SARIF rule indexes stay stable). */
  List<Rule> rules();

  /** The rule of a finding. */
  Rule rule(Finding f);

  /** Whether a finding fails the run (an error), else it is a warning. */
  boolean fails(Finding f);

  /** Where a finding stands. */
  Place place(Finding f);
}
