package dev.factx.cli;

import java.io.InputStream;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The top-level command: names the subcommands and the options they share. */
final class FactxCommand implements Runnable {
  /**
   * The subcommands' names, in the order help lists them. {@link Main} declares only the one a run
   * names (all when it names none, or {@code help}): each costs a cold start a few milliseconds.
   */
  private static final List<String> NAMES =
      List.of("bundle", "clean", "claims", "compare", "verify", "schema", "help");

  /** The subcommands' names, in help order. */
  static List<String> names() {
    return NAMES;
  }

  /**
   * Declares the subcommand {@code name} (one of {@link #names}), whose {@code -} inputs read
   * {@code in}. A switch rather than a table of method references: each reference is a call site
   * that a cold start links, a tenth of a millisecond apiece.
   */
  static CommandSpec declare(String name, InputStream in) {
    return switch (name) {
      case "bundle" -> BundleCommand.spec(in);
      case "clean" -> CleanCommand.spec(in);
      case "claims" -> ClaimsCommand.spec(in);
      case "compare" -> CompareCommand.spec(in);
      case "verify" -> VerifyCommand.spec(in);
      case "schema" -> SchemaCommand.spec(in);
      case "help" -> HelpCommand.spec(in);
      default -> throw new IllegalArgumentException("no subcommand " + name);
    };
  }

  private final CommandSpec spec;

  private FactxCommand() {
    spec = Specs.command("factx", this,
        "Cross-references what several news articles about one story claim: quotes and who said"
            + " them, figures, dates and people's roles. Reports what they agree on and where they"
            + " differ.");
    spec.usageMessage().autoWidth(true).footerHeading("%nExit status:%n").footer(
        "  0  ran; no finding at or above the --fail-on level",
        "  1  ran; a finding at or above the --fail-on level",
        "  2  usage error, or unreadable or malformed input (one line on stderr names",
        "     the file and line)");
    Specs.standardHelp(spec);
  }

  /** The top-level command, without subcommands. */
  static CommandSpec spec() {
    return new FactxCommand().spec;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing subcommand");
  }
}
