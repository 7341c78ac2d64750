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

  /** The wrap width: COLUMNS when it holds a number of at least 40, else 100. */
  public static int width(Map<String, String> env) {
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
    return 100;
  }
}
