package dev.factx.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factx.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For generated news pages (quotes with speakers, figures, dates and roles; curly quotes and
 * apostrophes written as characters, named entities or numeric references; letters written as
 * references; inline markup and comments inside sentences; spaces, line breaks and CRLF between
 * words; the article in {@code <article>}, {@code itemprop="articleBody"}, {@code <main>} or
 * plain divs, among menus, asides and footers), every claim's line, column and length point at
 * the claim's text in the HTML source: the source span, decoded as a browser shows it, is the
 * claim's text.
 */
class HtmlLocationPropertyTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> SENTENCES = List.of(
      "At least 12 people were injured when the roof of the market hall fell in on Monday.",
      "\u201CWe are doing everything we can,\u201D said fire chief Dana Whitlock.",
      "Council leader Ravi Menon said the hall\u2019s repairs would cost up to 2 million pounds.",
      "Some 300 traders use the hall, according to the council.",
      "\u201CIt\u2019s a miracle nobody died,\u201D a witness told reporters on March 3.",
      "Police spokesperson Ann Holm said 4 people were still in hospital the day before.",
      "Menon said: \u201CThe building will be inspected from top to bottom & rebuilt.\u201D",
      "Engineers had warned about the roof in 2023, the report said.");

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  @Property(tries = 60, seed = "19")
  void claimLocationsPointAtTheClaimTextInTheHtml(@ForAll("seeds") long seed) throws IOException {
    Random r = new Random(seed);
    String html = page(r);
    Path dir = Files.createTempDirectory("factx-html");
    Path file = dir.resolve("page.html");
    Files.writeString(file, html, StandardCharsets.UTF_8);
    try {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int status = Main.run(new String[] {"claims", "--format", "json", file.toString()},
          new PrintWriter(out), new PrintWriter(err));
      assertThat(status).as(err.toString()).isZero();
      JsonNode claims = JSON.readTree(out.toString());
      assertThat(claims).as("no claim found in:\n" + html).isNotEmpty();
      for (JsonNode c : claims) {
        String source = HtmlText.at(html, c.get("line").asInt(), c.get("column").asInt(),
            c.get("length").asInt());
        assertThat(HtmlText.decode(source)).as("%s at %d:%d+%d in:%n%s", c.get("id").asText(),
            c.get("line").asInt(), c.get("column").asInt(), c.get("length").asInt(), html)
            .isEqualTo(HtmlText.collapse(c.get("text").asText()));
      }
    } finally {
      Files.delete(file);
      Files.delete(dir);
    }
  }

  /** A page: chrome around an article of three to six paragraphs, the first with a figure. */
  private static String page(Random r) {
    String nl = r.nextBoolean() ? "\n" : "\r\n";
    StringBuilder p = new StringBuilder("<!DOCTYPE html>" + nl + "<html><head><title>Hall"
        + "</title><style>p{margin:0}</style></head>" + nl + "<body>" + nl);
    if (r.nextBoolean()) {
      p.append("<header><nav><a href=\"/\">Home</a> <a href=\"/n\">News</a></nav></header>")
          .append(nl);
    }
    String[] open = {"<article>", "<div itemprop=\"articleBody\">", "<main>", "<div><div>"};
    String[] close = {"</article>", "</div>", "</main>", "</div></div>"};
    int shape = r.nextInt(open.length);
    p.append(open[shape]).append(nl);
    int paragraphs = 3 + r.nextInt(4);
    for (int i = 0; i < paragraphs; i++) {
      String text = i == 0 ? SENTENCES.get(0) : SENTENCES.get(1 + r.nextInt(SENTENCES.size() - 1));
      if (r.nextInt(3) == 0) {
        text += " " + SENTENCES.get(r.nextInt(SENTENCES.size()));
      }
      String tag = r.nextInt(6) == 0 ? "blockquote" : "p";
      p.append('<').append(tag).append('>').append(encode(text, r, nl)).append("</")
          .append(tag).append('>').append(nl);
      if (r.nextInt(4) == 0) {
        p.append("<aside class=\"related\"><a href=\"/x\">More on the hall</a></aside>")
            .append(nl);
      }
    }
    p.append(close[shape]).append(nl);
    if (r.nextBoolean()) {
      p.append("<footer>&copy; 2025 The Paper</footer>").append(nl);
    }
    return p.append("</body></html>").append(nl).toString();
  }

  /** A sentence as HTML: characters as entities or references, markup and breaks between words. */
  private static String encode(String text, Random r, String nl) {
    StringBuilder out = new StringBuilder();
    String inline = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (inline != null && r.nextInt(3) == 0) {
          out.append("</").append(inline).append('>');
          inline = null;
        }
        int k = r.nextInt(10);
        out.append(k < 6 ? " " : k < 8 ? nl + "  " : k == 8 ? " <!-- note --> " : "\t");
        if (inline == null && r.nextInt(6) == 0) {
          inline = List.of("em", "strong", "span", "a").get(r.nextInt(4));
          out.append('<').append(inline).append(inline.equals("a") ? " href=\"/p\">" : ">");
        }
        continue;
      }
      int k = r.nextInt(12);
      switch (c) {
        case '\u2019' -> out.append(k < 4 ? "&rsquo;" : k < 8 ? "&#8217;" : "\u2019");
        case '\u201C' -> out.append(k < 4 ? "&ldquo;" : k < 8 ? "&#x201C;" : "\u201C");
        case '\u201D' -> out.append(k < 4 ? "&rdquo;" : k < 8 ? "&#8221;" : "\u201D");
        case '&' -> out.append(k < 6 ? "&amp;" : "&#38;");
        default -> out.append(Character.isLetter(c) && k == 0 ? "&#" + (int) c + ";"
            : String.valueOf(c));
      }
    }
    if (inline != null) {
      out.append("</").append(inline).append('>');
    }
    return out.toString();
  }
}
