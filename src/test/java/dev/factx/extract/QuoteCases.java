package dev.factx.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factx.CrossReferencer;
import dev.factx.bundle.Article;
import dev.factx.bundle.LineSourceMap;
import dev.factx.cli.Main;
import dev.factx.text.Span;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Articles written in a test, run through the whole pipeline, and their quotes read back by place.
 *
 * <p>Only the stable public surface is used: {@link CrossReferencer#extract}, {@code
 * Report.claims()}, the {@link Quote} record (text, speaker, indirect, span) and the JSON report of
 * {@code factx compare} (the contract of report-format.md). So the phrase tables that use this
 * adapter do not depend on how analysis, extraction and matching are arranged inside.
 *
 * <p>A row is one article body. {@code [[...]]} marks the quoted words a row is about (the words
 * inside the quote marks, as a claim's span holds them); {@code ¶} stands for a paragraph break (a
 * blank line). Offsets of the marks are those of the body with the marks taken out:
 *
 * <pre>
 *   row:   "[[We will win]]," Anna Berg said.
 *   body:  "We will win," Anna Berg said.
 *           ^          ^
 *           1          12     mark = [1, 12)
 * </pre>
 */
public final class QuoteCases {
  /** The article ids the bodies get, in order. */
  public static final List<String> IDS = List.of("a", "b", "c", "d");

  private static final ObjectMapper JSON = new ObjectMapper();

  private QuoteCases() {}

  /**
   * A body with its marks taken out.
   *
   * @param body the article body
   * @param marks the marked spans in {@code body}, in order
   */
  public record Marked(String body, List<Span> marks) {
    public Marked {
      marks = List.copyOf(marks);
    }

    /** The words under mark {@code k}. */
    public String text(int k) {
      return marks.get(k).of(body);
    }
  }

  /** Reads a row: paragraph signs become blank lines, marks are taken out and remembered. */
  public static Marked parse(String row) {
    String s = row.replace(" ¶ ", "\n\n").replace("¶", "\n\n");
    StringBuilder body = new StringBuilder();
    List<Span> marks = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < s.length(); i++) {
      if (s.startsWith("[[", i)) {
        open = body.length();
        i++;
      } else if (s.startsWith("]]", i) && open >= 0) {
        marks.add(new Span(open, body.length()));
        open = -1;
        i++;
      } else {
        body.append(s.charAt(i));
      }
    }
    return new Marked(body.toString(), marks);
  }

  /** An article with a fixed date header, its body starting on line 1 of a file named test. */
  public static Article article(String id, String body) {
    return new Article(id, false, Map.of("date", "2025-03-10"), Map.of(), body, "test",
        new LineSourceMap(body, 1, null));
  }

  /** One article per body, with the ids of {@link #IDS}. */
  public static List<Article> articles(String... bodies) {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < bodies.length; i++) {
      out.add(article(IDS.get(i), bodies[i]));
    }
    return out;
  }

  /** The direct quotes (not reported speech) the pipeline finds in these bodies, in order. */
  public static List<Quote> directQuotes(String... bodies) {
    List<Quote> out = new ArrayList<>();
    for (var c : CrossReferencer.extract(null, articles(bodies)).claims()) {
      if (c instanceof Quote q && !q.indirect()) {
        out.add(q);
      }
    }
    return out;
  }

  /** The quotes of an article that overlap a span of its body. */
  public static List<Quote> over(List<Quote> quotes, String articleId, Span span) {
    return quotes.stream()
        .filter(q -> q.articleId().equals(articleId) && q.span().overlaps(span))
        .toList();
  }

  /**
   * The quotes of an article found for a mark: at least one overlaps it, and together they hold
   * every letter and digit under it (a claim may differ from the mark in spaces and punctuation).
   */
  public static List<Quote> foundFor(List<Quote> quotes, String articleId, Marked m, int k) {
    Span mark = m.marks().get(k);
    List<Quote> over = over(quotes, articleId, mark);
    assertThat(over).as("a quote claim over [[%s]]", m.text(k)).isNotEmpty();
    for (int i = mark.start(); i < mark.end(); i++) {
      int at = i;
      if (Character.isLetterOrDigit(m.body().charAt(i))) {
        assertThat(over.stream().anyMatch(q -> q.span().start() <= at && at < q.span().end()))
            .as("the quote claims over [[%s]] hold all of it, found %s", m.text(k),
                over.stream().map(Quote::text).toList())
            .isTrue();
      }
    }
    return over;
  }

  /**
   * The JSON report of {@code factx compare --format json} on a bundle of these bodies (ids of
   * {@link #IDS}), read from standard input.
   */
  public static JsonNode compare(String... bodies) {
    StringBuilder bundle = new StringBuilder("#factx-bundle 1\n");
    for (int i = 0; i < bodies.length; i++) {
      bundle.append("=== ").append(IDS.get(i)).append("\ndate: 2025-03-10\n\n")
          .append(bodies[i]).append('\n');
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new String[] {"compare", "--format", "json", "-"},
        new ByteArrayInputStream(bundle.toString().getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out), new PrintWriter(err));
    assertThat(status).as("exit status; stderr: %s", err).isIn(0, 1);
    try {
      return JSON.readTree(out.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The quote findings of a JSON report. */
  public static List<JsonNode> quoteFindings(JsonNode report) {
    List<JsonNode> out = new ArrayList<>();
    report.path("findings").forEach(f -> {
      if (f.path("kind").asText().equals("quote")) {
        out.add(f);
      }
    });
    return out;
  }

  /** The quote findings of a report that rest on claims of both articles a and b. */
  public static List<JsonNode> acrossBoth(JsonNode report) {
    return quoteFindings(report).stream()
        .filter(f -> articlesOf(f).containsAll(List.of("a", "b")))
        .toList();
  }

  /** The ids of the articles whose claims a finding rests on. */
  public static List<String> articlesOf(JsonNode finding) {
    List<String> out = new ArrayList<>();
    finding.path("claims").forEach(c -> {
      String id = c.asText().substring(0, c.asText().indexOf(':'));
      if (!out.contains(id)) {
        out.add(id);
      }
    });
    return out;
  }

  /** The relations of a quote finding's variants. */
  public static List<String> relations(JsonNode finding) {
    List<String> out = new ArrayList<>();
    finding.path("variants").forEach(v -> out.add(v.path("relation").asText()));
    return out;
  }
}
