package dev.factx.cli;

import dev.factx.CrossReferencer;
import dev.factx.Report;
import dev.factx.bundle.Bundle;
import dev.factx.report.ClaimsWriter;
import dev.factx.report.ColorMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factx claims}: only the extracted claims, for pipelines. */
final class ClaimsCommand implements Callable<Integer> {
  private final CommandSpec spec;
  private final InputOptions input;
  private final OutputOption output;

  private ClaimsCommand(InputStream stdin) {
    spec = Specs.command("claims", this, "List the claims found in each article (quotes,"
        + " figures, dates, roles), without matching them.");
    input = new InputOptions(spec, stdin);
    spec.addOption(Specs.option("--format", "FORMAT", ClaimsWriter.Format.class, "text",
        "json, ndjson (one claim a line) or text (default: ${DEFAULT-VALUE})"));
    spec.addOption(Specs.option("--color", "WHEN", ColorMode.class, "auto",
        "Colour text lines: auto (when standard output is a terminal and NO_COLOR is unset or"
            + " empty), always (even with NO_COLOR) or never (default: ${DEFAULT-VALUE})"));
    output = new OutputOption(spec);
    Specs.standardHelp(spec);
  }

  /** The command, reading {@code stdin} for {@code -}. */
  static CommandSpec spec(InputStream stdin) {
    return new ClaimsCommand(stdin).spec;
  }

  @Override
  public Integer call() throws IOException {
    Report report;
    try (ProgressLine progress =
        ProgressLine.start(spec.commandLine().getErr(), Terminal.isTerminal(2))) {
      Bundle bundle = input.read(progress);
      Preload.await();
      if (Specs.value(spec, "--format") != ClaimsWriter.Format.text) {
        Preload.json(); // json and ndjson are written through Jackson
      }
      report = CrossReferencer.extract(bundle.story(), bundle.articles(), progress);
    }
    ClaimsWriter.Format format = Specs.value(spec, "--format");
    ClaimsWriter writer = new ClaimsWriter(format, Terminal.colour(Specs.value(spec, "--color")));
    // a class rather than a lambda: a lambda's call site is linked at its first use, a tenth of
    // a millisecond of a cold start
    return output.write(new OutputOption.Body() {
      @Override
      public int write(PrintWriter out) throws IOException {
        writer.write(report, out);
        return 0;
      }
    });
  }
}
