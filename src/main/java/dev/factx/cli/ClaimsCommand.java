package dev.factx.cli;

import dev.factx.CrossReferencer;
import dev.factx.Report;
import dev.factx.bundle.Bundle;
import dev.factx.report.ClaimsWriter;
import dev.factx.report.ColorMode;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code factx claims}: only the extracted claims, for pipelines. */
@Command(name = "claims", mixinStandardHelpOptions = true, sortOptions = false,
    description = "List the claims found in each article (quotes, figures, dates, roles),"
        + " without matching them.")
final class ClaimsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "json, ndjson (one claim a line) or text (default: ${DEFAULT-VALUE})")
  ClaimsWriter.Format format = ClaimsWriter.Format.text;

  @Option(names = "--color", paramLabel = "WHEN",
      description = "Colour text lines: auto (when standard output is a terminal and NO_COLOR is"
          + " unset or empty), always (even with NO_COLOR) or never (default: ${DEFAULT-VALUE})")
  ColorMode color = ColorMode.auto;

  @Override
  public Integer call() throws IOException {
    Bundle bundle = input.read(spec.commandLine().getErr());
    Report report = CrossReferencer.extract(bundle.story(), bundle.articles());
    new ClaimsWriter(format, Terminal.colour(color)).write(report, spec.commandLine().getOut());
    return 0;
  }
}
