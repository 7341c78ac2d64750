package dev.factx.match;

import java.util.Locale;

/** What the articles say together about one claim. */
public enum Verdict {
  /** Articles disagree: different figures, dates, roles, speakers or changed quote wording. */
  DISCREPANCY,
  /** Two or more articles support the same claim. */
  AGREE,
  /** Only one article makes the claim. */
  UNIQUE;

  /** The report's spelling: {@code agree}, {@code discrepancy}, {@code unique}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
