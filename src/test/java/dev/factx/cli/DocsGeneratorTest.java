package dev.factx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The completion script and man page: generated into target/ (so {@code mvn package} and
 * {@code mvn verify} leave target/factx.1 and target/factx_completion.bash) and checked with bash
 * and groff when they are installed.
 */
class DocsGeneratorTest {
  private static final Path TARGET = Path.of("target");

  private static String projectVersion() throws IOException {
    Matcher m = Pattern.compile("<artifactId>factx</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(Path.of("pom.xml")));
    return m.find() ? m.group(1) : null;
  }

  @Test
  void buildWritesCompletionAndManPageIntoTarget() throws IOException {
    DocsGenerator.write(TARGET, projectVersion());
    String man = Files.readString(TARGET.resolve("factx.1"), StandardCharsets.UTF_8);
    assertThat(man).startsWith(".\\\"").contains(".TH FACTX 1", ".SH EXIT STATUS", "NO_COLOR");
    for (String sub : new String[] {"bundle", "clean", "claims", "compare"}) {
      assertThat(man).contains(".SS factx " + sub);
    }
    for (OptionSpec o : Main.commandLine(false).getSubcommands().get("compare")
        .getCommandSpec().options()) {
      assertThat(man).contains("\\fB" + o.longestName().replace("-", "\\-") + "\\fR");
    }
    assertThat(Files.readString(TARGET.resolve("factx_completion.bash")))
        .contains("local commands=\"bundle clean claims compare verify schema help\"")
        .contains("\"markdown\" \"ndjson\" \"sarif\" \"github\"")
        .contains("bashcompinit");
  }

  @Test
  void manPageIsCleanRoffAndCompletionIsValidBash() throws Exception {
    Path dir = Files.createTempDirectory("factx-docs");
    DocsGenerator.write(dir, "1.2.3");
    if (onPath("groff")) {
      Process p = new ProcessBuilder("groff", "-man", "-ww", "-z", dir.resolve("factx.1").toString())
          .redirectErrorStream(true).start();
      String warnings = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).isZero();
      assertThat(warnings).isEmpty();
    }
    if (onPath("bash")) {
      Process p = new ProcessBuilder("bash", "-n", dir.resolve("factx_completion.bash").toString())
          .redirectErrorStream(true).start();
      String errors = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(errors).isZero();
    }
  }

  @Test
  void theManPagesExitStatusIsOneItemPerStatusAndVerifyDocumentsItsOwn() throws IOException {
    String man = DocsGenerator.manPage("1.2.3");
    String exit = man.substring(man.indexOf(".SH EXIT STATUS\n"), man.indexOf(".SH ENVIRONMENT"));
    assertThat(exit).isEqualTo("""
        .SH EXIT STATUS
        .TP
        .B 0
        ran; no finding at or above the \\-\\-fail\\-on level
        .TP
        .B 1
        ran; a finding at or above the \\-\\-fail\\-on level
        .TP
        .B 2
        usage error, or unreadable or malformed input (one line on stderr names the file and line)
        """);
    String verify = man.substring(man.indexOf(".SS factx verify"), man.indexOf(".SS factx schema"));
    assertThat(verify).contains(".PP\nExit status:\n.TP\n.B 0\n", ".TP\n.B 1\na reprint made such a"
        + " change: changed a claim (or, with \\-\\-strict, cut or added a sentence)\n",
        ".TP\n.B 2\n");
  }

  /** What the completion script offers after {@code words} (the last one being completed). */
  private static List<String> complete(String function, String dir, String... words)
      throws Exception {
    Path script = Files.createTempDirectory("factx-completion");
    DocsGenerator.write(script, "1");
    StringBuilder array = new StringBuilder();
    for (String w : words) {
      array.append(" '").append(w).append('\'');
    }
    String bash = "source " + script.resolve("factx_completion.bash") + " 2>/dev/null; cd " + dir
        + "; COMP_WORDS=(" + array + " ); COMP_CWORD=" + (words.length - 1) + "; " + function
        + " 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"";
    Processes.Result r = Processes.run(new ProcessBuilder("bash", "-c", bash));
    assertThat(r.status()).as(r.err()).isZero();
    return r.out().lines().filter(l -> !l.isEmpty()).toList();
  }

  @Test
  void completionOffersFileNamesForInputsAndTheValuesOfEachOption() throws Exception {
    Assumptions.assumeTrue(onPath("bash"), "needs bash");
    assertThat(complete("_picocli_factx_compare", "testdata", "factx", "compare", "kursk"))
        .containsExactly("kursk-2024-12-16.bundle");
    assertThat(complete("_picocli_factx_compare", ".", "factx", "compare", "--input-format", ""))
        .containsExactly("auto", "bundle", "jsonl", "html", "text");
    assertThat(complete("_picocli_factx_compare", ".", "factx", "compare", "--format", ""))
        .containsExactly("text", "json", "markdown", "ndjson", "sarif", "github");
    assertThat(complete("_picocli_factx_verify", "testdata/verify", "factx", "verify",
        "--reference", "orig")).containsExactly("original.txt");
    assertThat(complete("_picocli_factx_verify", ".", "factx", "verify", "--fail-on", "quote"))
        .containsExactly("quote-changed", "quote-added");
    assertThat(complete("_picocli_factx_help", ".", "factx", "help", "c"))
        .containsExactly("clean", "claims", "compare");
  }

  /** Whether a program is on the PATH. */
  static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # text             | roff
      --format           | \\\\-\\\\-format
      back\\\\slash        | back\\\\eslash
      .starts with dot   | \\\\&.starts with dot
      'quoted            | \\\\&'quoted
      two\\nlines         | two lines
      """)
  void roffEscapesWhatRoffWouldRead(String text, String roff) {
    assertThat(DocsGenerator.roff(text.replace("\\n", "\n").replace("\\\\", "\\")))
        .isEqualTo(roff.replace("\\\\", "\\"));
  }
}
