package dev.factx.extract;

import java.util.Locale;

/** The kinds of claim, in the order reports list them. */
public enum Kind {
  /** Words attributed to a speaker. */
  QUOTE('q'),
  /** A figure: a count, an amount or a share. */
  NUMBER('n'),
  /** When something happened. */
  DATE('d'),
  /** A person's title or function. */
  ROLE('r');

  private final char letter;

  Kind(char letter) {
    this.letter = letter;
  }

  /** The report's spelling: {@code quote}, {@code number}, {@code date}, {@code role}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The letter of claim ids: {@code ARTICLE:q1}, {@code ARTICLE:n2}. */
  public char letter() {
    return letter;
  }

  /** The label, so that text built from a kind reads as the report writes it. */
  @Override
  public String toString() {
    return label();
  }
}
