package dev.factx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MainTest {
  /** The result of one run: exit status and both streams. */
  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void helpListsEverySubcommandAndTheExitStatus() {
    Run r = run("--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("bundle", "clean", "claims", "compare", "Exit status:");
    assertThat(r.err()).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"--version", "-V", "compare --version", "verify -V", "bundle --version"})
  void versionNamesTheToolFromEveryCommand(String args) {
    Run r = run(args.split(" "));
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("factx ").endsWith("\n").hasLineCount(1);
    assertThat(r.err()).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"bundle", "clean", "claims", "compare", "verify"})
  void everySubcommandHelpShowsItsInputsAndStandardOptions(String command) {
    Run r = run(command, "--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Usage: factx " + command + " [-h")
        .contains("INPUT...", "--input-format=KIND", "(default: auto)", "--debug",
            "-h, --help", "-V, --version");
    assertThat(r.err()).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      # arguments                          | message on stderr
      frobnicate                           | unknown command 'frobnicate'
      compare                              | missing required parameter: 'INPUT'
      compare --format pdf x.bundle        | invalid value for option '--format'
      compare --fail-on sometimes x.bundle | invalid value for option '--fail-on'
      claims --bogus x.bundle              | unknown option '--bogus'
      ''                                   | missing subcommand
      """)
  void usageErrorsExitTwoWithTheMessageAndAHint(String args, String message) {
    Run r = run(args.isEmpty() ? new String[0] : args.split(" "));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains(message).contains("--help' for usage");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      # arguments                          | what factx says
      compre x.bundle                      | factx: unknown command 'compre'; did you mean 'compare'?
      verfy x.bundle                       | factx: unknown command 'verfy'; did you mean 'verify'?
      claim x.bundle                       | factx: unknown command 'claim'; did you mean 'claims'?
      help compre                          | factx: unknown command 'compre'; did you mean 'compare'?
      compare --formt json x.bundle        | factx: unknown option '--formt'; did you mean '--format'?
      compare --fial-on=unique x.bundle    | factx: unknown option '--fial-on'; did you mean '--fail-on'?
      verify --refrence a b                | factx: unknown option '--refrence'; did you mean '--reference'?
      # too far from anything to guess
      frobnicate                           | factx: unknown command 'frobnicate'
      compare --zzz x.bundle               | factx: unknown option '--zzz'
      """)
  void aMistypedCommandOrOptionGetsASuggestion(String args, String message) {
    Run r = run(args.split(" "));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().lines().findFirst()).hasValue(message);
    assertThat(r.out()).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"bundle", "clean", "claims", "compare", "verify", "schema"})
  void helpCommandShowsTheHelpOfACommand(String command) {
    Run help = run("help", command);
    assertThat(help.status()).isZero();
    assertThat(help.err()).isEmpty();
    assertThat(help.out()).startsWith("Usage: factx " + command + " ")
        .isEqualTo(run(command, "--help").out());
  }

  @Test
  void helpAloneIsTheTopLevelHelp() {
    Run help = run("help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).isEqualTo(run("--help").out()).contains("  help ");
  }

  @Test
  void aJsonLibraryLocationSuffixIsLeftOut() {
    assertThat(Main.withoutSource("Unexpected end-of-input in field name\n at [Source: REDACTED"
        + " (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 3]"))
        .isEqualTo("Unexpected end-of-input in field name");
    assertThat(Main.withoutSource("no such file")).isEqualTo("no such file");
  }
}
