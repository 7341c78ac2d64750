package dev.factx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/factx as a user runs it: in a real pseudo-terminal (util-linux {@code script}), with
 * NO_COLOR, and into a pipe that closes early. Few and slow-ish, so the launcher builds the jar
 * once, first.
 */
class TerminalTest {
  private static final String COMPARE = "bin/factx compare testdata/kursk-2024-12-16.bundle";

  /** Exit status and output of a shell command line. */
  private record Run(int status, String out, String err) {}

  private static Run sh(String command, Map<String, String> env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", command);
    pb.environment().remove("NO_COLOR");
    pb.environment().put("TERM", "xterm");
    pb.environment().put("FACTX_NO_CDS", "1");
    pb.environment().putAll(env);
    Processes.Result r = Processes.run(pb);
    return new Run(r.status(), r.out(), r.err());
  }

  @BeforeAll
  static void buildOnceAndSkipWithoutScriptOrReader() throws Exception {
    Assumptions.assumeTrue(DocsGeneratorTest.onPath("script") && DocsGeneratorTest.onPath("bash"), "needs util-linux script and bash");
    Run r = sh("bin/factx --version && " + COMPARE + " --quiet", Map.of());
    Assumptions.assumeFalse(r.err().contains("bundle reading comes with issue 2"),
        "the bundle reader has not landed yet");
    assertThat(r.status()).as(r.err()).isZero();
  }

  @Test
  void theLauncherMakesAClassDataArchiveTheJvmCanMapAndThatChangesNoOutput() throws Exception {
    Run archived = sh(COMPARE + " --format json", Map.of("FACTX_NO_CDS", ""));
    // -Xshare:on makes the JVM fail rather than run without the archive
    Run strict = sh(COMPARE + " --format json",
        Map.of("FACTX_NO_CDS", "", "FACTX_JAVA_OPTS", "-Xshare:on"));
    Run plain = sh(COMPARE + " --format json", Map.of());
    assertThat(Path.of("target/factx.jsa")).isNotEmptyFile();
    assertThat(List.of(archived.status(), strict.status(), plain.status()))
        .as(strict.err()).containsOnly(0);
    assertThat(archived.out()).isEqualTo(plain.out());
    assertThat(strict.out()).isEqualTo(plain.out());
    assertThat(archived.err() + strict.err()).isEmpty();
  }

  @Test
  void aTerminalGetsColourAndNoColorTurnsItOff() throws Exception {
    // standard error off the terminal: on a loaded machine the run can pass ProgressLine's delay,
    // and its line (which erases itself with an escape, NO_COLOR or not) would land in the output
    String inTerminal = "script -qec '" + COMPARE + " 2>/dev/null' /dev/null";
    Run coloured = sh(inTerminal, Map.of());
    Run plain = sh(inTerminal, Map.of("NO_COLOR", "1"));
    assertThat(coloured.status()).isZero();
    assertThat(coloured.out()).contains("\u001b[1mArticles\u001b[0m");
    assertThat(plain.status()).isZero();
    assertThat(plain.out()).contains("Articles").doesNotContain("\u001b[");
  }

  /**
   * bundle and clean write data: byte for byte into a pipe, shown safe in a terminal, whatever
   * standard input is (here not a terminal: the input comes from a file).
   */
  @Test
  void dataIsExactInAPipeAndShownSafeInATerminal() throws Exception {
    Path hostile = Files.createTempFile("factx-hostile", ".bundle");
    String bundle = "#factx-bundle 1\n\n=== a\n\nWe said \"stop \u001b]0;pwned\u0007\u001b[2J"
        + " \u202Eand\u202C \u009b31mnow\".\n";
    Files.writeString(hostile, bundle, StandardCharsets.UTF_8);
    try {
      for (String command : List.of("bundle", "clean")) {
        Run piped = sh("bin/factx " + command + " " + hostile + " < /dev/null | cat", Map.of());
        assertThat(piped.out()).as(command).isEqualTo(bundle);
        Run tty = sh("script -qec 'bin/factx " + command + " " + hostile + " < /dev/null'"
            + " /dev/null", Map.of());
        assertThat(tty.status()).as(tty.err()).isZero();
        assertThat(tty.out()).as(command)
            .contains("stop \\e]0;pwned\\x07\\e[2J <U+202E>and<U+202C> <U+009B>31mnow")
            .doesNotContain("\u001b", "\u0007", "\u202E", "\u009b");
      }
    } finally {
      Files.delete(hostile);
    }
  }

  @Test
  void aPipeGetsNoColour() throws Exception {
    Run r = sh(COMPARE + " | cat", Map.of());
    assertThat(r.out()).contains("Articles").doesNotContain("\u001b[");
  }

  @Test
  void aPipeThatClosesEarlyEndsQuietly() throws Exception {
    Run r = sh("set -o pipefail; " + COMPARE + " --format ndjson | head -1", Map.of());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines().count()).isLessThanOrEqualTo(1);
  }

  @Test
  void aFullDiskIsExitTwoWithOneLine() throws Exception {
    Run r = sh(COMPARE + " > /dev/full", Map.of());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("factx: error: cannot write to standard output (no space left"
        + " on device); check the disk or the file it goes to\n");
  }

  /** The lines of a pty's output (the pty writes CRLF). */
  private static List<String> ptyLines(String out) {
    return out.replace("\r\n", "\n").lines().toList();
  }

  @Test
  void anEightyColumnTerminalGetsLinesOfAtMostEighty() throws Exception {
    Run launcher = sh("script -qec 'stty cols 80 rows 40; " + COMPARE + " --color never' /dev/null",
        Map.of());
    // java -jar has no launcher to ask the terminal: without COLUMNS it takes 80
    Run jar = sh("script -qec 'stty cols 132 rows 40; unset COLUMNS; java -jar target/factx.jar"
        + " compare --color never testdata/kursk-2024-12-16.bundle' /dev/null", Map.of());
    for (Run r : List.of(launcher, jar)) {
      assertThat(r.status()).as(r.err()).isZero();
      List<String> lines = ptyLines(r.out());
      assertThat(lines).hasSizeGreaterThan(100)
          .allMatch(l -> l.codePointCount(0, l.length()) <= 80)
          .anyMatch(l -> l.codePointCount(0, l.length()) >= 75);
    }
    Run wide = sh("script -qec 'stty cols 132 rows 40; " + COMPARE + " --color never' /dev/null",
        Map.of());
    assertThat(ptyLines(wide.out())).anyMatch(l -> l.codePointCount(0, l.length()) > 100)
        .allMatch(l -> l.codePointCount(0, l.length()) <= 132);
  }

  @Test
  void aPipeToAPagerAtATerminalWrapsAtTheTerminalsWidth() throws Exception {
    Run r = sh("script -qec 'stty cols 80 rows 40; " + COMPARE + " --color never | cat' /dev/null",
        Map.of());
    assertThat(ptyLines(r.out())).hasSizeGreaterThan(100)
        .allMatch(l -> l.codePointCount(0, l.length()) <= 80);
  }

  @Test
  void aLongRunShowsProgressOnATerminalAndNothingOtherwise(@TempDir Path dir) throws Exception {
    // about two seconds on an idle two-core machine: past the one second before progress shows
    Path big = dir.resolve("big.bundle");
    dev.factx.bench.SyntheticCorpus.main(new String[] {"testdata/kursk-2024-12-16.bundle", "1000",
        big.toString()});
    String run = "bin/factx compare --format json " + big;
    // standard output to /dev/null, standard error to the terminal: the pty shows stderr only
    Run terminal = sh("script -qec '" + run + " > /dev/null' /dev/null", Map.of());
    assertThat(terminal.status()).isZero();
    assertThat(terminal.out()).contains("\r\u001b[Kfactx: ").contains(" claims (")
        .containsPattern("factx: (finding claims: [0-9,]+ of 1,000 articles|matching [0-9,]+"
            + " claims)")
        // erased at the end: the next prompt starts on a clean line
        .endsWith("\r\u001b[K");
    // in the same terminal, standard error into a pipe: nothing
    Run pipe = sh("script -qec '" + run + " 2>&1 >/dev/null | cat' /dev/null", Map.of());
    assertThat(pipe.status()).isZero();
    assertThat(pipe.out()).isEmpty();
  }

  @Test
  void columnsSetsTheWrapWidth() throws Exception {
    Run r = sh("COLUMNS=60 " + COMPARE + " --color never", Map.of());
    // the summary, the last line, stays one line for scripts
    List<String> lines = r.out().lines().toList();
    assertThat(lines.subList(0, lines.size() - 1))
        .allMatch(l -> l.codePointCount(0, l.length()) <= 60 || !l.strip().contains(" "));
    assertThat(lines).anyMatch(l -> l.codePointCount(0, l.length()) > 50);
  }
}
