package dev.factx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerifyCommandTest {
  @Test
  void helpNamesTheReferenceAndTheExitStatus() {
    MainTest.Run r = MainTest.run("verify", "--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("--reference=ORIGINAL", "--strict", "Exit status:",
        "a reprint made such a change: changed a claim", "--fail-on=KINDS");
  }

  @Test
  void topLevelHelpListsVerify() {
    assertThat(MainTest.run("--help").out()).contains("verify");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      # arguments                                  | message on stderr
      verify                                       | missing required parameter: 'INPUT'
      verify --format sarif-ish --reference a b    | invalid value for option '--format'
      verify --reference                           | missing required parameter for option '--reference'
      """)
  void usageErrorsExitTwo(String args, String message) {
    MainTest.Run r = MainTest.run(args.split(" "));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains(message);
    assertThat(r.out()).isEmpty();
  }
}
