package dev.factx.verify;

import java.util.Locale;

/**
 * What kind of change a reprint made, as a rule of its own: the SARIF rule ids of
 * {@code verify --format sarif} ({@code factx/figure-changed}) and the values of
 * {@code verify --fail-on}, so that a newsroom can allow cuts while failing on changed quotes.
 */
public enum ChangeKind {
  FIGURE_CHANGED("A figure changed", "The reprint gives a figure (a number, an amount, a count)"
      + " otherwise than the original, or cut or added one inside a copied sentence."),
  DATE_CHANGED("A date changed", "The reprint gives a date otherwise than the original, or cut or"
      + " added one inside a copied sentence."),
  QUOTE_CHANGED("A quote's words changed", "Words inside a quote the original carries were"
      + " changed, added or removed."),
  QUOTE_ADDED("A quote was added", "The reprint quotes words the original does not."),
  SPEAKER_CHANGED("A quote's speaker changed", "The reprint gives the original's quote to"
      + " another speaker."),
  ROLE_CHANGED("A person's name or title changed", "The reprint names a person, or gives them a"
      + " title or function, otherwise than the original."),
  SENTENCE_CUT("A sentence with claims was cut", "The reprint leaves out a sentence of the"
      + " original that carries claims (with --strict: any sentence)."),
  SENTENCE_ADDED("A sentence was added", "With --strict: the reprint adds a sentence without"
      + " claims that the original does not have.");

  private final String shortDescription;
  private final String fullDescription;

  ChangeKind(String shortDescription, String fullDescription) {
    this.shortDescription = shortDescription;
    this.fullDescription = fullDescription;
  }

  /** {@code figure-changed}: the name on the command line and in rule ids. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@code FigureChanged}: the SARIF rule name. */
  public String ruleName() {
    StringBuilder b = new StringBuilder();
    for (String part : name().split("_")) {
      b.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
    }
    return b.toString();
  }

  public String shortDescription() {
    return shortDescription;
  }

  public String fullDescription() {
    return fullDescription;
  }

  /** The kind with this {@link #label()}, or null. */
  public static ChangeKind ofLabel(String label) {
    for (ChangeKind k : values()) {
      if (k.label().equals(label)) {
        return k;
      }
    }
    return null;
  }

  /** The kind of a change. */
  public static ChangeKind of(Change c) {
    String what = c.what();
    if (what.startsWith("sentence")) {
      return what.endsWith("added") ? SENTENCE_ADDED : SENTENCE_CUT;
    }
    if (what.equals("quote added")) {
      return QUOTE_ADDED;
    }
    if (what.startsWith("speaker")) {
      return SPEAKER_CHANGED;
    }
    return switch (c.kind()) {
      case QUOTE -> QUOTE_CHANGED;
      case NUMBER -> FIGURE_CHANGED;
      case DATE -> DATE_CHANGED;
      default -> ROLE_CHANGED;
    };
  }
}
