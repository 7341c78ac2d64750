package dev.factx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
    Path err = Files.createTempFile("factx-err", ".txt");
    pb.redirectError(err.toFile());
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String errors = Files.readString(err);
    Files.delete(err);
    return new Run(p.exitValue(), out, errors);
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
    String inTerminal = "script -qec '" + COMPARE + "' /dev/null";
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
  void columnsSetsTheWrapWidth() throws Exception {
    Run r = sh("COLUMNS=60 " + COMPARE + " --color never", Map.of());
    // the summary, the last line, stays one line for scripts
    List<String> lines = r.out().lines().toList();
    assertThat(lines.subList(0, lines.size() - 1))
        .allMatch(l -> l.codePointCount(0, l.length()) <= 60 || !l.strip().contains(" "));
    assertThat(lines).anyMatch(l -> l.codePointCount(0, l.length()) > 50);
  }
}
