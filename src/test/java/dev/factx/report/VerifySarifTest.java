package dev.factx.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factx.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code factx verify --format sarif|github} as a CI job reads it: valid SARIF 2.1.0, one result
 * and one annotation per change, at the reprint's line, the original's claims as related
 * locations, and {@code --fail-on} by kind of change.
 */
class VerifySarifTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ORIGINAL = "testdata/verify/original.txt";
  private static final String CHANGED = "testdata/verify/changed.md";

  /** Exit status and standard output of one in-process run. */
  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
        new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  private static JsonNode sarif(String... args) throws IOException {
    Run r = run(args);
    assertThat(r.err()).isEmpty();
    assertThat(SarifReportWriterTest.violations(r.out())).isEmpty();
    return JSON.readTree(r.out()).get("runs").get(0);
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  /** The text a region covers in its file, columns in code points. */
  private static String regionText(JsonNode physicalLocation) throws IOException {
    String uri = physicalLocation.get("artifactLocation").get("uri").asText();
    JsonNode region = physicalLocation.get("region");
    assertThat(region.get("startLine").asInt()).isEqualTo(region.get("endLine").asInt());
    String line = Files.readAllLines(Path.of(uri), StandardCharsets.UTF_8)
        .get(region.get("startLine").asInt() - 1);
    return line.substring(line.offsetByCodePoints(0, region.get("startColumn").asInt() - 1),
        line.offsetByCodePoints(0, region.get("endColumn").asInt() - 1));
  }

  @Test
  void oneResultPerChangeAtTheReprintWithTheOriginalAsRelatedLocation() throws IOException {
    JsonNode run = sarif("verify", "--format", "sarif", "--reference", ORIGINAL, CHANGED);
    JsonNode results = run.get("results");
    assertThat(texts(results, "ruleId"))
        .containsExactly("factx/date-changed", "factx/figure-changed", "factx/quote-changed");
    assertThat(texts(run.get("tool").get("driver").get("rules"), "id")).containsExactly(
        "factx/figure-changed", "factx/date-changed", "factx/quote-changed", "factx/quote-added",
        "factx/speaker-changed", "factx/role-changed", "factx/sentence-cut",
        "factx/sentence-added");
    for (JsonNode r : results) {
      JsonNode rules = run.get("tool").get("driver").get("rules");
      assertThat(rules.get(r.get("ruleIndex").asInt()).get("id")).isEqualTo(r.get("ruleId"));
      assertThat(r.get("level").asText()).isEqualTo("error");
      // one location, in the reprint; the original under relatedLocations
      assertThat(r.get("locations")).hasSize(1);
      JsonNode at = r.get("locations").get(0).get("physicalLocation");
      assertThat(at.get("artifactLocation").get("uri").asText()).isEqualTo(CHANGED);
      assertThat(regionText(at)).isEqualTo(at.get("region").get("snippet").get("text").asText());
      assertThat(r.get("relatedLocations")).hasSize(1);
      JsonNode original = r.get("relatedLocations").get(0).get("physicalLocation");
      assertThat(original.get("artifactLocation").get("uri").asText()).isEqualTo(ORIGINAL);
      assertThat(regionText(original))
          .isEqualTo(original.get("region").get("snippet").get("text").asText());
    }
    JsonNode quote = results.get(2);
    assertThat(quote.get("locations").get(0).get("physicalLocation").get("region")
        .get("snippet").get("text").asText())
        .isEqualTo("The bridge will reopen once engineers have checked the pillars,");
    assertThat(quote.get("relatedLocations").get(0).get("physicalLocation").get("region")
        .get("startLine").asInt()).isEqualTo(8);
  }

  @Test
  void cutsAndAddedQuotesHaveTheirOwnRulesAndStandInTheReprint(@TempDir Path dir)
      throws IOException {
    Path original = dir.resolve("original.md");
    Files.writeString(original, """
        The council met on Monday.

        "We will open the library in June," the mayor said.

        Repairs will cost at least 40,000 euros, the treasurer said.
        """);
    Path reprint = dir.resolve("reprint.md");
    Files.writeString(reprint, """
        The council met on Monday.

        Repairs will cost at least 40,000 euros, the treasurer said. "Every euro is accounted
        for," she added.
        """);
    JsonNode results = sarif("verify", "--format", "sarif", "--reference", original.toString(),
        reprint.toString()).get("results");
    assertThat(texts(results, "ruleId")).containsExactly("factx/sentence-cut",
        "factx/quote-added");
    for (JsonNode r : results) {
      assertThat(r.get("locations").get(0).get("physicalLocation").get("artifactLocation")
          .get("uri").asText()).isEqualTo(SarifReportWriter.uri(reprint.toString()));
    }
    // the cut stands where the sentence would be in the reprint: an empty region before line 3
    JsonNode cut = results.get(0);
    JsonNode region = cut.get("locations").get(0).get("physicalLocation").get("region");
    assertThat(region.get("startLine").asInt()).isEqualTo(3);
    assertThat(region.get("startColumn").asInt()).isEqualTo(region.get("endColumn").asInt());
    assertThat(region.has("snippet")).isFalse();
    assertThat(cut.get("relatedLocations").get(0).get("physicalLocation").get("region")
        .get("startLine").asInt()).isEqualTo(3);
    // an added quote has no original to point at
    assertThat(results.get(1).has("relatedLocations")).isFalse();
  }

  @Test
  void oneGithubAnnotationPerChangeOnTheReprintsLine() {
    Run r = run("verify", "--format", "github", "--reference", ORIGINAL, CHANGED);
    assertThat(r.status()).isEqualTo(1);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3).allMatch(l -> l.startsWith("::error file=" + CHANGED + ",line="));
    assertThat(lines.get(0)).startsWith("::error file=" + CHANGED + ",line=4,col=44,")
        .contains("title=date-changed (factx f1)::date changed: \"on Tuesday\" -> \"on Monday\"")
        .endsWith("%0Aoriginal: " + ORIGINAL + ":4:41 original:d1");
  }

  @ParameterizedTest(name = "[{index}] --fail-on {0}")
  @CsvSource(delimiter = '|', textBlock = """
      # --fail-on                       | exit | levels (date, figure, quote)
      any                               | 1    | error error error
      never                             | 0    | warning warning warning
      sentence-cut                      | 0    | warning warning warning
      quote-changed                     | 1    | warning warning error
      quote-changed,figure-changed      | 1    | warning error error
      ' date-changed , quote-changed '  | 1    | error warning error
      """)
  void failOnNamesTheKindsOfChangeThatFailTheRun(String failOn, int exit, String levels)
      throws IOException {
    Run r = run("verify", "--format", "sarif", "--fail-on", failOn, "--reference", ORIGINAL,
        CHANGED);
    assertThat(r.status()).isEqualTo(exit);
    JsonNode results = JSON.readTree(r.out()).get("runs").get(0).get("results");
    assertThat(texts(results, "level")).containsExactly(levels.split(" "));
    Run text = run("verify", "--fail-on", failOn, "--reference", ORIGINAL, CHANGED);
    assertThat(text.status()).isEqualTo(exit);
    Run github = run("verify", "--format", "github", "--fail-on", failOn, "--reference", ORIGINAL,
        CHANGED);
    assertThat(github.status()).isEqualTo(exit);
    assertThat(github.out().lines().map(l -> l.substring(2, l.indexOf(' '))))
        .containsExactly(levels.split(" "));
  }

  @Test
  void theTextSummarySaysHowManyChangesFailTheRun() {
    Run r = run("verify", "--fail-on", "quote-changed", "--reference", ORIGINAL, CHANGED);
    assertThat(r.out()).endsWith("3 changes found, 1 of them failing the run (--fail-on"
        + " quote-changed)\n");
  }

  @Test
  void anUnknownKindIsAUsageErrorWithASuggestion() {
    Run r = run("verify", "--fail-on", "quote-chnged", "--reference", ORIGINAL, CHANGED);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("factx: invalid value for option '--fail-on': 'quote-chnged';"
        + " did you mean 'quote-changed'?");
    assertThat(r.out()).isEmpty();
  }
}
