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
import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factx compare}: cross-references the articles and reports agreements and discrepancies. */
final class CompareCommand implements Callable<Integer> {
  /** The levels of --fail-on. */
  enum FailOn { never, discrepancy, unique }

  private final CommandSpec spec;
  private final InputOptions input;
  private final OutputOption output;

  private CompareCommand(InputStream stdin) {
    spec = Specs.command("compare", this, "Find quotes, figures, dates and roles in the articles,"
        + " match them across articles and report what they agree on and where they differ.");
    input = new InputOptions(spec, stdin);
    spec.addOption(Specs.option("--format", "FORMAT", ReportFormat.class, "text",
        "text, json, markdown, ndjson (one finding a line), sarif (SARIF 2.1.0) or github"
            + " (Actions annotations) (default: ${DEFAULT-VALUE})"));
    spec.addOption(Specs.option("--fail-on", "LEVEL", FailOn.class, "never",
        "Exit 1 when a finding is at this level or worse: never, discrepancy, unique"
            + " (default: ${DEFAULT-VALUE}); in sarif and github output such findings are errors"));
    spec.addOption(Specs.flag("List every finding: unique claims in text and markdown;"
        + " agreements and unique claims in sarif and github.", "--all"));
    spec.addOption(Specs.option("--color", "WHEN", ColorMode.class, "auto",
        "Colour the text report: auto (when standard output is a terminal and NO_COLOR"
            + " is unset or empty), always (even with NO_COLOR) or never (default: ${DEFAULT-VALUE})"));
    spec.addOption(Specs.flag("Print only the one-line summary (whatever the --format); the exit"
        + " status still follows --fail-on.", "-q", "--quiet"));
    output = new OutputOption(spec);
    Specs.standardHelp(spec);
  }

  /** The command, reading {@code stdin} for {@code -}. */
  static CommandSpec spec(InputStream stdin) {
    return new CompareCommand(stdin).spec;
  }

  /** Whether the report is written through Jackson: json, ndjson and sarif, unless --quiet. */
  private boolean writesJson() {
    ReportFormat format = Specs.value(spec, "--format");
    return !Specs.<Boolean>value(spec, "--quiet") && (format == ReportFormat.json
        || format == ReportFormat.ndjson || format == ReportFormat.sarif);
  }

  @Override
  public Integer call() throws IOException {
    Report report;
    try (ProgressLine progress =
        ProgressLine.start(spec.commandLine().getErr(), Terminal.isTerminal(2))) {
      Bundle bundle = input.read(progress);
      Preload.await();
      if (writesJson()) {
        Preload.json();
      }
      report = CrossReferencer.run(bundle.story(), bundle.articles(), progress);
    }
    FailOn failOn = Specs.value(spec, "--fail-on");
    Verdict level = failOn == FailOn.never ? null
        : failOn == FailOn.discrepancy ? Verdict.DISCREPANCY : Verdict.UNIQUE;
    ReportOptions options = new ReportOptions(Specs.value(spec, "--all"),
        Terminal.colour(Specs.value(spec, "--color")), Terminal.width(), level,
        Specs.version(null));
    int status = CrossReferencer.fails(report, level) ? 1 : 0;
    // a class rather than a lambda: a lambda's call site is linked at its first use, a tenth of
    // a millisecond of a cold start
    return output.write(new OutputOption.Body() {
      @Override
      public int write(java.io.PrintWriter out) throws IOException {
        if (Specs.<Boolean>value(spec, "--quiet")) {
          out.println(TextReportWriter.summary(report));
          out.flush();
        } else {
          ReportFormat format = Specs.value(spec, "--format");
          format.writer(options).write(report, out);
        }
        return status;
      }
    });
  }
}
