package dev.factx.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Usage errors in factx's words, with "did you mean" for a mistyped command or option. */
final class Suggestions {
  private Suggestions() {}

  /** The message for a usage error, without the leading {@code factx: }. */
  static String message(ParameterException ex) {
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String arg = u.getUnmatched().get(0);
      if (arg.startsWith("-") && arg.length() > 1) {
        String typed = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        return "unknown option '" + typed + "'" + didYouMean(typed, optionNames(spec));
      }
      if (!spec.subcommands().isEmpty()) {
        return unknownCommand(arg, spec);
      }
    }
    return Main.lower(ex.getMessage());
  }

  /** "unknown command 'X'" and the nearest of {@code parent}'s subcommands. */
  static String unknownCommand(String name, CommandSpec parent) {
    return "unknown command '" + name + "'" + didYouMean(name, parent.subcommands().keySet());
  }

  private static List<String> optionNames(CommandSpec spec) {
    List<String> names = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (!o.hidden()) {
        names.add(o.longestName());
      }
    }
    return names;
  }

  /**
   * {@code ; did you mean 'NAME'?} for the name nearest to {@code typed} when a few edits turn one
   * into the other (one for every three characters, at least one), else empty. A one-letter
   * option is too short to guess from.
   */
  static String didYouMean(String typed, Collection<String> names) {
    String bare = typed.replaceFirst("^-+", "");
    if (bare.length() < 2) {
      return "";
    }
    int limit = Math.max(1, bare.length() / 3);
    String best = null;
    int bestDistance = limit + 1;
    for (String name : names) {
      int d = LevenshteinDistance.getDefaultInstance().apply(typed, name);
      if (d < bestDistance) {
        best = name;
        bestDistance = d;
      }
    }
    return best == null ? "" : "; did you mean '" + best + "'?";
  }
}
