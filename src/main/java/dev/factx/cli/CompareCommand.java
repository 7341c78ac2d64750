package dev.factx.cli;

import dev.factx.CrossReferencer;
import dev.factx.Report;
import dev.factx.bundle.Bundle;
import dev.factx.match.Verdict;
import dev.factx.report.JsonReportWriter;
import dev.factx.report.ReportWriter;
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
  /** The report formats. */
  enum Format { text, json }

  /** The levels of --fail-on. */
  enum FailOn { never, discrepancy, unique }

  @Spec CommandSpec spec;
  @Mixin InputOptions input;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "text or json (default: ${DEFAULT-VALUE})")
  Format format = Format.text;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Exit 1 when a finding is at this level or worse: never, discrepancy, unique"
          + " (default: ${DEFAULT-VALUE})")
  FailOn failOn = FailOn.never;

  @Option(names = "--all", description = "List unique claims one by one in text output.")
  boolean all;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Bundle bundle = input.read(spec.commandLine().getErr());
    Report report = CrossReferencer.run(bundle.story(), bundle.articles());
    ReportWriter writer = format == Format.json ? new JsonReportWriter(true) : new TextReportWriter(all);
    writer.write(report, out);
    Verdict level = failOn == FailOn.never ? null
        : failOn == FailOn.discrepancy ? Verdict.DISCREPANCY : Verdict.UNIQUE;
    return CrossReferencer.fails(report, level) ? 1 : 0;
  }
}
