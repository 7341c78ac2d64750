package dev.factx.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level command: names the subcommands and the options they share. */
@Command(
    name = "factx",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Cross-references what several news articles about one story claim: quotes and who said"
          + " them, figures, dates and people's roles. Reports what they agree on and where they"
          + " differ."
    },
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  ran; no finding at or above the --fail-on level",
      "  1  ran; a finding at or above the --fail-on level",
      "  2  usage error, or unreadable or malformed input (one line on stderr names",
      "     the file and line)"
    })
public final class FactxCommand implements Runnable {
  /**
   * The subcommands, in the order help lists them. {@link Main} registers them, only the one named
   * when a run names one: building every subcommand's model costs a cold start tens of milliseconds.
   */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          BundleCommand.class,
          CleanCommand.class,
          ClaimsCommand.class,
          CompareCommand.class,
          VerifyCommand.class);

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing subcommand");
  }
}
