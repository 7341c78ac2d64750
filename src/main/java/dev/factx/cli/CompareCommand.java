package dev.factx.cli;

import dev.factx.CrossReferencer;
import dev.factx.Report;
import dev.factx.bundle.Bundle;
import dev.factx.match.Verdict;
import dev.factx.report.ColorMode;
import dev.factx.report.ReportFormat;
import dev.factx.report.ReportOptions;
import dev.factx.report.TextReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code factx compare}: cross-references the articles and reports agreements and discrepancies. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Find quotes, figures, dates and roles in the articles, match them across"
        + " articles and report what they agree on and where they differ.")
final class CompareCommand implements Callable<Integer> {
  /** The levels of --fail-on. */
  enum FailOn { never, discrepancy, unique }

  @Spec CommandSpec spec;
  @Mixin InputOptions input;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text, json, markdown, ndjson (one finding a line), sarif (SARIF 2.1.0) or"
          + " github (Actions annotations) (default: ${DEFAULT-VALUE})")
  ReportFormat format = ReportFormat.text;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Exit 1 when a finding is at this level or worse: never, discrepancy, unique"
          + " (default: ${DEFAULT-VALUE}); in sarif and github output such findings are errors")
  FailOn failOn = FailOn.never;

  @Option(names = "--all", description = "List every finding: unique claims in text and markdown;"
      + " agreements and unique claims in sarif and github.")
  boolean all;

  @Option(names = "--color", paramLabel = "WHEN",
      description = "Colour the text report: auto (when standard output is a terminal and NO_COLOR"
          + " is unset or empty), always (even with NO_COLOR) or never (default: ${DEFAULT-VALUE})")
  ColorMode color = ColorMode.auto;

  @Option(names = {"-q", "--quiet"},
      description = "Print only the one-line summary (whatever the --format); the exit status"
          + " still follows --fail-on.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Bundle bundle = input.read(spec.commandLine().getErr());
    Report report = CrossReferencer.run(bundle.story(), bundle.articles());
    Verdict level = failOn == FailOn.never ? null
        : failOn == FailOn.discrepancy ? Verdict.DISCREPANCY : Verdict.UNIQUE;
    ReportOptions options = new ReportOptions(all, Terminal.colour(color),
        ColorMode.width(System.getenv()), level, Terminal.version());
    if (quiet) {
      out.println(TextReportWriter.summary(report));
      out.flush();
    } else {
      format.writer(options).write(report, out);
    }
    return CrossReferencer.fails(report, level) ? 1 : 0;
  }
}
