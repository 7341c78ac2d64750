package dev.factx.cli;

import java.io.InputStream;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The top-level command: names the subcommands and the options they share. */
final class FactxCommand implements Runnable {
  /** A subcommand: its name and how to declare it, given what {@code -} reads. */
  record Subcommand(String name, Function<InputStream, CommandSpec> declare) {}

  /**
   * The subcommands, in the order help lists them. {@link Main} declares only the one a run names
   * (all when it names none, or {@code help}): each costs a cold start a few milliseconds.
   */
  static final List<Subcommand> SUBCOMMANDS =
      List.of(
          new Subcommand("bundle", BundleCommand::spec),
          new Subcommand("clean", CleanCommand::spec),
          new Subcommand("claims", ClaimsCommand::spec),
          new Subcommand("compare", CompareCommand::spec),
          new Subcommand("verify", VerifyCommand::spec),
          new Subcommand("schema", SchemaCommand::spec),
          new Subcommand("help", HelpCommand::spec));

  /** The subcommands' names, in help order. */
  static List<String> names() {
    return SUBCOMMANDS.stream().map(Subcommand::name).toList();
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
