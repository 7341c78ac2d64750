package dev.factx.match;

import java.util.Locale;

/** How the figures or dates of one finding stand to each other. */
public enum Relation {
  /** The same value. */
  SAME,
  /** Both can be true but they are not the same ("at least 30" and "up to 250"). */
  DIFFERS,
  /** They cannot both be true. */
  CONFLICT;

  /** The report's spelling: {@code same}, {@code differs}, {@code conflict}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The worse of two relations: conflict over differs over same; null counts for nothing. */
  static Relation worse(Relation a, Relation b) {
    if (a == null) {
      return b;
    }
    return b == null || a.ordinal() >= b.ordinal() ? a : b;
  }

  /** The label, so that text built from a relation reads as the report writes it. */
  @Override
  public String toString() {
    return label();
  }
}
