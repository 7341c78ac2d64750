package dev.factx.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factx.Report;
import dev.factx.match.Verdict;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SarifReportWriterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static List<String> violations(String json) throws IOException {
    return SarifSchema.violations(json);
  }

  private static JsonNode sarif(Report report, ReportOptions options) throws IOException {
    String json = ReportGoldenTest.render(report, ReportFormat.sarif, options);
    assertThat(violations(json)).isEmpty();
    return MAPPER.readTree(json);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # all  | fail-on     | results | levels
      false  |             | 4       | warning warning warning warning
      false  | DISCREPANCY | 4       | error error error error
      false  | UNIQUE      | 5       | error error error error error
      true   |             | 6       | warning warning warning warning none note
      true   | DISCREPANCY | 6       | error error error error none note
      """)
  void levelsFollowVerdictAndFailOn(boolean all, Verdict failOn, int results, String levels)
      throws IOException {
    JsonNode run = sarif(SampleReport.report(), new ReportOptions(all, false, 100, failOn, "1"))
        .get("runs").get(0);
    List<String> actual = new ArrayList<>();
    run.get("results").forEach(r -> actual.add(r.get("level").asText()));
    assertThat(actual).hasSize(results).containsExactly(levels.split(" "));
  }

  @Test
  void resultsAreWellFormedBeyondTheSchema() throws IOException {
    JsonNode run = sarif(SampleReport.report(), new ReportOptions(true, false, 100, null, "1"))
        .get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    for (JsonNode r : run.get("results")) {
      // the rule index points at the rule of the result's id
      assertThat(rules.get(r.get("ruleIndex").asInt()).get("id").asText())
          .isEqualTo(r.get("ruleId").asText());
      // SARIF 3.27.9: a level other than none needs kind fail (absent means fail)
      if (!r.get("level").asText().equals("none")) {
        assertThat(r.path("kind").asText("fail")).isEqualTo("fail");
      }
    }
    assertThat(run.get("columnKind").asText()).isEqualTo("unicodeCodePoints");
  }

  @Test
  void regionsPointAtTheSnippetCountingCodePoints() throws IOException {
    JsonNode results = sarif(SampleReport.report(), new ReportOptions(true, false, 100, null, "1"))
        .get("runs").get(0).get("results");
    int checked = 0;
    for (JsonNode result : results) {
      for (JsonNode loc : result.get("locations")) {
        JsonNode region = loc.get("physicalLocation").get("region");
        String uri = loc.get("physicalLocation").get("artifactLocation").get("uri").asText();
        String line = fileLine(uri, region.get("startLine").asInt());
        int from = line.offsetByCodePoints(0, region.get("startColumn").asInt() - 1);
        int to = line.offsetByCodePoints(0, region.get("endColumn").asInt() - 1);
        assertThat(line.substring(from, to)).isEqualTo(region.get("snippet").get("text").asText());
        checked++;
      }
    }
    assertThat(checked).isEqualTo(13);
  }

  /** A line of the sample's made-up files, as the sample's bodies and first lines place them. */
  private static String fileLine(String uri, int line) {
    if (uri.equals("radio%20dir/r,1%3Ax.txt")) {
      return SampleReport.RADIO.split("\n")[line - 1];
    }
    assertThat(uri).isEqualTo("testdata/town.bundle");
    return line >= 30 ? SampleReport.CITY.split("\n")[line - 30]
        : SampleReport.TOWN.split("\n")[line - 10];
  }

  @Test
  void schemaRejectsBrokenSarif() throws IOException {
    String broken = "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"x\"}},"
        + "\"results\":[{\"level\":\"fatal\",\"message\":{\"txt\":\"m\"},\"locations\":[{"
        + "\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"a\"},"
        + "\"region\":{\"startLine\":0}}}]}]}]}";
    assertThat(violations(broken)).hasSizeGreaterThanOrEqualTo(3);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # file                  | uri
      testdata/a.bundle       | testdata/a.bundle
      news dir/b c.txt        | news%20dir/b%20c.txt
      r,1:x.txt               | r,1%3Ax.txt
      /tmp/a#1.txt            | file:///tmp/a%231.txt
      C:\\news\\a.txt         | file:///C:/news/a.txt
      Zürich/ä.txt            | Z%C3%BCrich/%C3%A4.txt
      50%.txt                 | 50%25.txt
      """)
  void fileNamesBecomeUriReferences(String file, String uri) {
    assertThat(SarifReportWriter.uri(file)).isEqualTo(uri);
  }

  @Test
  void standardInputHasNoUri() {
    assertThat(SarifReportWriter.uri("-")).isNull();
  }
}
