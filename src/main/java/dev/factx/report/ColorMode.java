package dev.factx.report;

import java.util.Map;

/** When the text report uses ANSI colour: {@code --color auto|always|never}. */
public enum ColorMode {
  /** Colour when standard output is a terminal and NO_COLOR is unset or empty. */
  auto,
  /** Colour always, even when NO_COLOR is set: an explicit flag wins over the environment. */
  always,
  /** Never colour. */
  never;

  /**
   * Whether to colour.
   *
   * @param env the environment ({@code NO_COLOR}, {@code TERM})
   * @param terminal whether standard output is a terminal
   */
  public boolean colour(Map<String, String> env, boolean terminal) {
    if (this != auto) {
      return this == always;
    }
    String noColor = env.get("NO_COLOR");
    // https://no-color.org: any non-empty value disables colour; TERM=dumb cannot show it
    return terminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
  }

  /** The wrap width without a terminal: COLUMNS when it holds a number of at least 40, else 100. */
  public static int width(Map<String, String> env) {
    return width(env, 0, false);
  }

  /**
   * The wrap width: the terminal's own width when known (at least 20 columns), else COLUMNS when
   * it holds a number of at least 40, else 80 at a terminal whose width is unknown and 100 into a
   * file or a pipe.
   *
   * @param terminalColumns the terminal's width, 0 when unknown
   * @param terminal whether standard output is a terminal
   */
  public static int width(Map<String, String> env, int terminalColumns, boolean terminal) {
    if (terminalColumns >= 20) {
      return terminalColumns;
    }
    String columns = env.get("COLUMNS");
    if (columns != null) {
      try {
        int n = Integer.parseInt(columns.strip());
        if (n >= 40) {
          return n;
        }
      } catch (NumberFormatException e) {
        // not a number: use the default
      }
    }
    return terminal ? 80 : 100;
  }
}
