package dev.factx.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Web pages that try the reader: a 20 MB page, tags nested tens of thousands deep, broken markup,
 * scripts and styles that look like text, and a page with no article at all. Each run ends in
 * bounded time with a known status, clean error lines and claims that point at their text.
 */
class HostilePageTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private static final String STORY = "<p>At least 12 people were injured when the roof of the"
      + " market hall fell in on Monday, the council said.</p>\n<p>&ldquo;We are doing"
      + " everything we can,&rdquo; said fire chief Dana Whitlock on Tuesday.</p>\n";

  private Path write(String name, String html) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, html, StandardCharsets.UTF_8);
    return p;
  }

  /** Compares one page in JSON and checks the invariants; returns the report. */
  private static JsonNode compare(Path page) throws IOException {
    Invariants.Run run = Invariants.check(List.of(page), false);
    assertThat(run.status()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  private static List<String> claimTexts(JsonNode report) {
    List<String> out = new java.util.ArrayList<>();
    report.get("claims").forEach(c -> out.add(c.get("text").asText()));
    return out;
  }

  @Test
  void aTwentyMegabytePage() throws IOException {
    StringBuilder p = new StringBuilder("<!DOCTYPE html><html><head><style>");
    while (p.length() < 4_000_000) {
      p.append(".c").append(p.length()).append("{color:red}\n");
    }
    p.append("</style><script>var data = [");
    while (p.length() < 10_000_000) {
      p.append("{\"t\":\"“A quote in a script,” said Nobody.\"},\n");
    }
    p.append("0];</script></head><body><nav><ul>");
    while (p.length() < 16_000_000) {
      p.append("<li><a href=\"/s/").append(p.length()).append("\">Section</a></li>\n");
    }
    // as on real pages, the bulk is code and chrome; the article is some 100 KB of it
    p.append("</ul></nav><article>").append(STORY);
    for (int i = 0; i < 1000; i++) {
      p.append("<p>Paragraph ").append(i).append(" of the hall story, with nothing in it to"
          + " claim but words and more words to read on and on.</p>\n");
    }
    p.append("</article><svg viewBox=\"0 0 10 10\">");
    while (p.length() < 20_000_000) {
      p.append("<path d=\"M0 0L10 10\"/>\n");
    }
    p.append("</svg></body></html>");
    assertThat(p.length()).isGreaterThanOrEqualTo(20_000_000);
    JsonNode report = compare(write("huge.html", p.toString()));
    assertThat(claimTexts(report)).contains("At least 12 people were injured",
        "We are doing everything we can,").doesNotContain("A quote in a script,");
  }

  @Test
  void tagsNestedFiftyThousandDeep() throws IOException {
    String open = "<div><span>".repeat(25_000);
    String close = "</span></div>".repeat(25_000);
    JsonNode report = compare(write("deep.html", "<html><body>" + open + "<article>" + STORY
        + "</article>" + close + "</body></html>"));
    assertThat(claimTexts(report)).contains("At least 12 people were injured");
  }

  @Test
  void brokenMarkup() throws IOException {
    // unclosed paragraphs, misnested inline tags, stray end tags, a bare '<' and '&' in text,
    // a quote inside an unquoted attribute, an unknown entity, a table never closed
    String html = "<html><body><div class=story\"><article>\n"
        + "<p>At least 12 people were <b>injured <i>when</b> the roof</i> of the market hall"
        + " fell in on Monday, the council said.\n"
        + "</span></div><p>The repairs cost 3 < 4 million pounds & more, &bogus; officials"
        + " said on Tuesday, adding that the hall would stay shut.\n"
        + "<p>&ldquo;We are doing everything we can,&rdquo; said fire chief Dana Whitlock.\n"
        + "<table><tr><td>Stray cell text inside the article\n"
        + "</body>";
    JsonNode report = compare(write("broken.html", html));
    assertThat(claimTexts(report)).contains("At least 12 people were injured",
        "We are doing everything we can,");
  }

  @Test
  void scriptsAndStylesAreNoText() throws IOException {
    JsonNode report = compare(write("scripts.html", "<html><head><script>document.write("
        + "'<p>“Fake quote in the head,” said Nobody on Friday.</p>')</script></head><body>"
        + "<article><style>article::after{content:\"“Styled quote,” said Nobody.\"}</style>"
        + STORY + "<script type=\"text/template\"><p>“Templated quote,” said Nobody.</p>"
        + "</script></article></body></html>"));
    assertThat(claimTexts(report)).allSatisfy(t -> assertThat(t).doesNotContain("Nobody",
        "Fake", "Styled", "Templated"));
  }

  @Test
  void aPageWithNoArticleIsOneErrorLine() throws IOException {
    Path menu = write("menu.html", "<html><body><nav><a href=\"/\">Home</a></nav>"
        + "<ul><li><a href=\"/1\">Story one</a></li></ul><footer>(c) Paper</footer></body>"
        + "</html>");
    Invariants.Run run = Invariants.run(60, "compare", menu.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(menu + ": error: no article text found in the page (3"
        + " blocks of text, all page furniture); save the article's own page, or copy its text"
        + " into a .txt file\n");
  }
}
