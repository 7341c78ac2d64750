package dev.factx.cli;

import dev.factx.bundle.Bundle;
import dev.factx.bundle.InputException;
import dev.factx.bundle.Problem;
import dev.factx.match.Verdict;
import dev.factx.report.ColorMode;
import dev.factx.report.ReportFormat;
import dev.factx.report.ReportOptions;
import dev.factx.verify.ChangeText;
import dev.factx.verify.ReprintVerifier;
import dev.factx.verify.Verification;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code factx verify}: checks reprints against the original, as a CI gate. */
final class VerifyCommand implements Callable<Integer> {
  private final CommandSpec spec;
  private final InputOptions input;
  private final OutputOption output;

  private VerifyCommand(InputStream stdin) {
    spec = Specs.command("verify", this,
        "Check reprints against the original: report quotes whose words changed, quotes the"
            + " reprint added, figures, dates, roles and speakers that changed, and sentences cut"
            + " that carried claims. Exits 1 when anything changed, so it can gate CI.",
        "Without --reference, the inputs are read as one bundle: the article with 'role:"
            + " reference' is the original and those with 'role: reprint' are checked. With"
            + " --reference, every article of ORIGINAL is a reference and every input article is"
            + " checked; with several references, each reprint is checked against the one it"
            + " copies most sentences from.");
    spec.usageMessage().footerHeading("%nExit status:%n").footer(
        "  0  every reprint is faithful",
        "  1  a reprint changed a claim (or, with --strict, cut or added a sentence)",
        "  2  usage error or unreadable or malformed input");
    input = new InputOptions(spec, stdin);
    spec.addOption(Specs.option("--reference", "ORIGINAL", String.class, null,
        "The original (file, bundle, JSON Lines or directory) the inputs reprint."));
    spec.addOption(Specs.option("--format", "FORMAT", ReportFormat.class, "text",
        "text (one FILE:LINE:COL line per change, then a summary), or a report whose"
            + " findings are the changes: json, markdown, ndjson, sarif or github"
            + " (default: ${DEFAULT-VALUE})"));
    spec.addOption(Specs.flag(
        "Also report whole sentences cut or added that carry no claim.", "--strict"));
    output = new OutputOption(spec);
    Specs.standardHelp(spec);
  }

  /** The command, reading {@code stdin} for {@code -}. */
  static CommandSpec spec(InputStream stdin) {
    return new VerifyCommand(stdin).spec;
  }

  private Verification verify(ProgressLine progress) {
    Bundle bundle = input.read(progress);
    ReprintVerifier verifier = new ReprintVerifier(Specs.value(spec, "--strict"));
    String reference = Specs.value(spec, "--reference");
    if (reference == null) {
      return verifier.verifyByRole(bundle.story(), bundle.articles(), input.inputs().get(0),
          progress);
    }
    Bundle ref = input.readOther(reference, progress);
    if (ref.articles().isEmpty() || bundle.articles().isEmpty()) {
      throw new InputException(new Problem(ref.articles().isEmpty() ? reference
          : input.inputs().get(0), 0, "no article found; verify needs an original and a reprint"));
    }
    String story = bundle.story() != null ? bundle.story() : ref.story();
    return verifier.verify(story, ref.articles(), bundle.articles(), progress);
  }

  @Override
  public Integer call() throws IOException {
    Verification v;
    try (ProgressLine progress =
        ProgressLine.start(spec.commandLine().getErr(), Terminal.isTerminal(2))) {
      v = verify(progress);
    }
    ReportFormat format = Specs.value(spec, "--format");
    Verification verification = v;
    return output.write(out -> {
      if (format == ReportFormat.text) {
        ChangeText.write(verification, out);
      } else {
        // every change is a discrepancy that fails the run, so sarif and github mark them errors
        ReportOptions options = new ReportOptions(false, false, Terminal.width(),
            Verdict.DISCREPANCY, Specs.version(null));
        format.writer(options).write(verification.report(), out);
      }
      return verification.failed() ? 1 : 0;
    });
  }
}
