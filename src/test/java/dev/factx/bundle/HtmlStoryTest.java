package dev.factx.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.factx.cli.Main;
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

/**
 * One story, the Kelmouth ferry fire, written as three web pages of three outlets
 * ({@code testdata/html/story/}: site chrome with JSON-LD and Open Graph, an AMP page, a print
 * page) and typed out as a bundle ({@code testdata/html/story.bundle}): factx finds the same
 * claims and the same findings in both, and every claim found in a page points at its text there.
 */
class HtmlStoryTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PAGES = "testdata/html/story";
  private static final String BUNDLE = "testdata/html/story.bundle";

  private static JsonNode compare(String input) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new String[] {"compare", "--format", "json", input},
        new PrintWriter(out), new PrintWriter(err));
    assertThat(err.toString()).isEmpty();
    assertThat(status).isZero();
    return JSON.readTree(out.toString());
  }

  /** Claims, findings and alignments without their places in the input, which differ by design. */
  private static JsonNode withoutPlaces(JsonNode report) {
    ObjectNode r = report.deepCopy();
    r.remove(List.of("story", "articles"));
    r.get("claims").forEach(c -> ((ObjectNode) c).remove(List.of("line", "column", "length")));
    r.get("alignments").forEach(a -> a.get("statements")
        .forEach(s -> ((ObjectNode) s).remove(List.of("line", "column", "length"))));
    return r;
  }

  @Test
  void pagesAndBundleGiveTheSameFindings() throws IOException {
    JsonNode pages = compare(PAGES);
    JsonNode bundle = compare(BUNDLE);
    assertThat(withoutPlaces(pages)).isEqualTo(withoutPlaces(bundle));
    // the story is worth comparing: a discrepancy, agreements on a quote and a role
    List<String> findings = new ArrayList<>();
    pages.get("findings").forEach(f -> findings.add(f.get("verdict").asText() + " "
        + f.get("kind").asText()));
    assertThat(findings).contains("discrepancy number", "agree quote", "agree role");
    // headers read from the pages are those typed into the bundle
    for (int i = 0; i < 3; i++) {
      for (String key : List.of("id", "source", "date", "url", "title", "author", "lang")) {
        assertThat(pages.get("articles").get(i).get(key)).as(key)
            .isEqualTo(bundle.get("articles").get(i).get(key));
      }
    }
  }

  @Test
  void everyClaimInAPagePointsAtItsTextInTheHtml() throws IOException {
    JsonNode pages = compare(PAGES);
    assertThat(pages.get("claims")).hasSizeGreaterThan(20);
    for (JsonNode c : pages.get("claims")) {
      String file = PAGES + "/" + c.get("article").asText() + ".html";
      String html = Files.readString(Path.of(file), StandardCharsets.UTF_8);
      String source = HtmlText.at(html, c.get("line").asInt(), c.get("column").asInt(),
          c.get("length").asInt());
      assertThat(HtmlText.decode(source)).as(c.get("id").asText())
          .isEqualTo(HtmlText.collapse(c.get("text").asText()));
    }
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    assertThat(err.toString()).isEmpty();
    assertThat(status).isZero();
    return out.toString();
  }

  @Test
  void thePagesBecomeABundleOrJsonLinesThatKeepTheirFindings(@TempDir Path dir)
      throws IOException {
    String bundle = run("bundle", PAGES);
    assertThat(bundle).contains("=== courier\nsource: The Kelmouth Courier\n"
        + "url: https://courier.example/news/2025/03/12/ferry-fire-kelmouth\n"
        + "date: 2025-03-12T07:40:00Z\ntitle: Fourteen hurt as fire sweeps ferry off Kelmouth\n"
        + "author: Maren Holt\nlang: en-GB\n\nAt least 14 passengers were injured when fire");
    String jsonl = run("bundle", "--to", "jsonl", PAGES);
    assertThat(jsonl.lines()).hasSize(3).allMatch(l -> l.startsWith("{\"id\":"));
    Path asBundle = Files.writeString(dir.resolve("story.bundle"), bundle);
    Path asJsonl = Files.writeString(dir.resolve("story.jsonl"), jsonl);
    JsonNode pages = withoutPlaces(compare(PAGES));
    assertThat(withoutPlaces(compare(asBundle.toString()))).isEqualTo(pages);
    assertThat(withoutPlaces(compare(asJsonl.toString()))).isEqualTo(pages);
  }
}
