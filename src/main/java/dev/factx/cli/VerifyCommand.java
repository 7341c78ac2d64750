package dev.factx.cli;

import dev.factx.bundle.Bundle;
import dev.factx.bundle.InputException;
import dev.factx.bundle.Problem;
import dev.factx.match.Verdict;
import dev.factx.report.CheckResults;
import dev.factx.report.GithubReportWriter;
import dev.factx.report.ReportFormat;
import dev.factx.report.ReportOptions;
import dev.factx.report.SarifReportWriter;
import dev.factx.verify.ChangeKind;
import dev.factx.verify.ChangeText;
import dev.factx.verify.ReprintVerifier;
import dev.factx.verify.Verification;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** {@code factx verify}: checks reprints against the original, as a CI gate. */
final class VerifyCommand implements Callable<Integer> {
  private final CommandSpec spec;
  private final InputOptions input;
  private final OutputOption output;

  private VerifyCommand(InputStream stdin) {
    spec = Specs.command("verify", this,
        "Check reprints against the original: report quotes whose words changed, quotes the"
            + " reprint added, figures, dates, roles and speakers that changed, and sentences cut"
            + " that carried claims. Exits 1 when anything changed (or, with --fail-on, a change"
            + " of the kinds it names), so it can gate CI.",
        "Without --reference, the inputs are read as one bundle: the article with 'role:"
            + " reference' is the original and those with 'role: reprint' are checked. With"
            + " --reference, every article of ORIGINAL is a reference and every input article is"
            + " checked; with several references, each reprint is checked against the one it"
            + " copies most sentences from.");
    spec.usageMessage().footerHeading("%nExit status:%n").footer(
        "  0  no reprint made a change of a kind --fail-on names (default: any)",
        "  1  a reprint made such a change: changed a claim (or, with --strict, cut",
        "     or added a sentence)",
        "  2  usage error or unreadable or malformed input");
    input = new InputOptions(spec, stdin);
    spec.addOption(Specs.option("--reference", "ORIGINAL", java.io.File.class, null,
        "The original (file, bundle, JSON Lines or directory) the inputs reprint."));
    spec.addOption(Specs.option("--format", "FORMAT", ReportFormat.class, "text",
        "text (one FILE:LINE:COL line per change, then a summary), or a report whose"
            + " findings are the changes: json, markdown, ndjson, sarif or github"
            + " (default: ${DEFAULT-VALUE})"));
    spec.addOption(Specs.flag(
        "Also report whole sentences cut or added that carry no claim.", "--strict"));
    List<String> failOn = new ArrayList<>(List.of("any", "never"));
    for (ChangeKind k : ChangeKind.values()) {
      failOn.add(k.label());
    }
    spec.addOption(OptionSpec.builder("--fail-on").paramLabel("KINDS").type(String.class)
        .defaultValue("any").completionCandidates(failOn)
        .description("Exit 1 only for changes of these kinds, separated by commas: "
            + String.join(", ", failOn.subList(2, failOn.size())) + "; or any, or never"
            + " (default: ${DEFAULT-VALUE}). Other changes are still reported, as warnings in"
            + " sarif and github.")
        .build());
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
    java.io.File given = Specs.value(spec, "--reference");
    String reference = given == null ? null : given.getPath();
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
    String failOn = Specs.value(spec, "--fail-on");
    Set<ChangeKind> failing = failing(failOn);
    Verification v;
    try (ProgressLine progress =
        ProgressLine.start(spec.commandLine().getErr(), Terminal.isTerminal(2))) {
      v = verify(progress);
    }
    ReportFormat format = Specs.value(spec, "--format");
    Verification verification = v;
    ReportOptions options = new ReportOptions(false, false, Terminal.width(), Verdict.DISCREPANCY,
        Specs.version(null));
    CheckResults results = v.results(failing);
    // a class rather than a lambda: a lambda's call site is linked at its first use, a tenth of
    // a millisecond of a cold start
    return output.write(new OutputOption.Body() {
      @Override
      public int write(PrintWriter out) throws IOException {
        switch (format) {
          case text -> ChangeText.write(verification, failing, failOn, out);
          case sarif -> new SarifReportWriter(options, results).write(verification.report(), out);
          case github -> new GithubReportWriter(options, results).write(verification.report(), out);
          default -> format.writer(options).write(verification.report(), out);
        }
        return verification.failing(failing) > 0 ? 1 : 0;
      }
    });
  }

  /**
   * The kinds of change that fail the run: {@code any}, {@code never}, or kinds by name.
   *
   * @throws ParameterException naming the value that is none of them
   */
  private Set<ChangeKind> failing(String value) {
    Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
    for (String part : value.split(",", -1)) {
      String name = part.strip().toLowerCase(Locale.ROOT);
      ChangeKind kind = ChangeKind.ofLabel(name);
      if (name.equals("any")) {
        kinds.addAll(EnumSet.allOf(ChangeKind.class));
      } else if (kind != null) {
        kinds.add(kind);
      } else if (!name.equals("never")) {
        List<String> names = new ArrayList<>(List.of("any", "never"));
        EnumSet.allOf(ChangeKind.class).forEach(k -> names.add(k.label()));
        throw new ParameterException(spec.commandLine(), "invalid value for option '--fail-on': '"
            + part.strip() + "'" + Suggestions.didYouMean(name, names) + " (use any, never or"
            + " kinds of change separated by commas; see --help)");
      }
    }
    return kinds;
  }
}
