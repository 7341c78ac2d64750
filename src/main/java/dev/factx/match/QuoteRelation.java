package dev.factx.match;

import java.util.Locale;

/** How one quote of a finding stands against the finding's reference form. */
public enum QuoteRelation {
  /** The same words, written the same way. */
  EXACT,
  /** Differs only in case, punctuation, quote marks, dashes or spacing. */
  NORMALIZED,
  /** A part of the reference form. */
  TRUNCATED,
  /** The reference form and more. */
  EXTENDED,
  /** An ellipsis stands for words left out. */
  ELIDED,
  /** Words changed, added or removed inside the quoted span. */
  ALTERED,
  /** The same words from another speaker. */
  MISATTRIBUTED,
  /** The same statement in reported speech, from the same speaker. */
  PARAPHRASE;

  /** The report's spelling: {@code exact}, {@code truncated}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The label, so that text built from a relation reads as the report writes it. */
  @Override
  public String toString() {
    return label();
  }
}
