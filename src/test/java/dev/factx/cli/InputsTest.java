package dev.factx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** What factx reads, as a user gives it on the command line: ids, file names, standard input. */
class InputsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Runs factx with {@code stdin} as standard input. */
  static MainTest.Run run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out), new PrintWriter(err));
    return new MainTest.Run(status, out.toString(), err.toString());
  }

  private static List<String> articleIds(String json) throws IOException {
    List<String> ids = new ArrayList<>();
    JSON.readTree(json).get("articles").forEach(a -> ids.add(a.get("id").asText()));
    return ids;
  }

  @Test
  void aBundleWhoseArticlesAreNamedA1ToA3000ReadsAndCompares(@TempDir Path dir)
      throws IOException {
    StringBuilder b = new StringBuilder("#factx-bundle 1\nstory: Ids users choose\n\n");
    for (int i = 1; i <= 3000; i++) {
      // every tenth article carries the same quote, so the articles also have something to match
      b.append("=== a").append(i).append("\nsource: Paper ").append(i).append("\n\n")
          .append(i % 10 == 0 ? "The mayor said: \"The bridge will reopen in the spring.\"\n"
              : "Article number " + i + " reports on the bridge.\n");
    }
    Path bundle = dir.resolve("ids.bundle");
    Files.writeString(bundle, b);
    MainTest.Run r = run("", "compare", "--format", "json", bundle.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    JsonNode report = JSON.readTree(r.out());
    assertThat(articleIds(r.out())).hasSize(3000).startsWith("a1", "a2").endsWith("a3000");
    assertThat(report.get("summary").get("agreements").asInt()).isPositive();
  }

  @Test
  void anArticleWithoutIdSkipsAnIdWrittenAfterIt() throws IOException {
    MainTest.Run r = run("===\n\nFirst, no id.\n=== a1\n\nNamed a1.\n", "compare", "--format",
        "json", "-");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(articleIds(r.out())).containsExactly("a2", "a1");
  }

  @Test
  void fileNamesWithSpacesAndCollisionsBecomeIds() throws IOException {
    MainTest.Run r = run("", "compare", "--format", "json", "testdata/format/file-names");
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    // story.md and story.txt: the later one in name order is numbered
    assertThat(articleIds(r.out())).containsExactly("my-reprint", "story", "story-2");
    JsonNode articles = JSON.readTree(r.out()).get("articles");
    assertThat(articles.get(0).get("file").asText())
        .isEqualTo("testdata/format/file-names/my reprint.md");
  }

  @Test
  void aPlainFileWithSpacesInItsNameIsOneArticle(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("my reprint.md");
    Files.writeString(file, "The mayor said: \"The bridge will reopen.\"\n");
    MainTest.Run r = run("", "claims", file.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(file + ":1:18: my-reprint:q1 quote: The bridge will reopen.\n");
  }

  @Test
  void plainTextOnStandardInputIsOneArticle() {
    MainTest.Run r = run("# Bridge\n\nThe mayor said: \"The bridge will reopen.\"\n", "claims",
        "-");
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("-:3:18: a1:q1 quote: The bridge will reopen.\n");
  }

  @Test
  void standardInputStillReadsAsABundleOrJsonLinesWhenItIsOne() {
    MainTest.Run bundle = run("#factx-bundle 1\nstory: S\n\n=== x\n\nOne.\n", "bundle", "--to",
        "jsonl", "-");
    assertThat(bundle.out()).isEqualTo("{\"bundle\":{\"story\":\"S\"}}\n{\"id\":\"x\",\"text\":\"One.\"}\n");
    MainTest.Run jsonl = run("{\"id\": \"y\", \"text\": \"Two.\"}\n", "bundle", "--to", "jsonl",
        "-");
    assertThat(jsonl.out()).isEqualTo("{\"id\":\"y\",\"text\":\"Two.\"}\n");
  }

  @Test
  void inputFormatTextReadsEveryLineAsBody() {
    // a line starting with === is body text here; written as a bundle it is escaped
    MainTest.Run r = run("source: Herald\n\n=== not an article\nBody.\n", "bundle",
        "--input-format", "text", "-");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("#factx-bundle 1\n\n===\nsource: Herald\n\n\\=== not an article\n"
        + "Body.\n");
  }

  @Test
  void aMarkdownArticleWithASetextTitleIsAnArticle() {
    String file = "testdata/format/setext-title.md";
    MainTest.Run r = run("", "claims", file);
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains(file + ":6:2: setext-title:q1 quote: We expect the first buses");
    MainTest.Run json = run("", "compare", "--format", "json", file);
    assertThat(json.status()).isZero();
  }

  @Test
  void aMarkdownFileWithArticleLinesIsStillABundle(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("two.md");
    Files.writeString(file, "=== first\n\nOne.\n=== second\n\nTwo.\n");
    MainTest.Run r = run("", "bundle", "--to", "jsonl", file.toString());
    assertThat(r.out()).isEqualTo("{\"id\":\"first\",\"text\":\"One.\"}\n"
        + "{\"id\":\"second\",\"text\":\"Two.\"}\n");
  }
}
