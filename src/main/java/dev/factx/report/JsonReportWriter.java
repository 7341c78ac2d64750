package dev.factx.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.factx.Report;
import dev.factx.align.Link;
import dev.factx.align.Statement;
import dev.factx.analysis.WordDiff;
import dev.factx.bundle.Article;
import dev.factx.bundle.Location;
import dev.factx.analysis.Document;
import dev.factx.extract.Claim;
import dev.factx.extract.DateClaim;
import dev.factx.extract.Kind;
import dev.factx.extract.NumericClaim;
import dev.factx.extract.Quote;
import dev.factx.extract.RoleClaim;
import dev.factx.match.Finding;
import dev.factx.match.Variant;
import dev.factx.match.Verdict;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The JSON report of docs/report-format.md, version 1, written with Jackson's streaming
 * generator (no data binding, so no reflection at start-up).
 */
public final class JsonReportWriter implements ReportWriter {
  static final JsonFactory FACTORY = new JsonFactory();
  private final boolean pretty;

  public JsonReportWriter(boolean pretty) {
    this.pretty = pretty;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      g.writeStartObject();
      g.writeStringField("format", "factx-report");
      g.writeNumberField("version", 1);
      g.writeStringField("story", report.story());
      g.writeArrayFieldStart("articles");
      for (Document d : report.documents()) {
        writeArticle(g, d);
      }
      g.writeEndArray();
      Map<String, Article> articles = new HashMap<>();
      for (Document d : report.documents()) {
        articles.put(d.article().id(), d.article());
      }
      g.writeArrayFieldStart("claims");
      writeAll(g, "claims", report.claims(), new Claims(articles));
      g.writeEndArray();
      g.writeArrayFieldStart("findings");
      writeAll(g, "findings", report.findings(), FINDINGS);
      g.writeEndArray();
      g.writeArrayFieldStart("alignments");
      for (Link l : report.alignments()) {
        writeAlignment(g, l, articles);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("articles", report.documents().size());
      g.writeNumberField("claims", report.claims().size());
      g.writeNumberField("agreements", report.count(Verdict.AGREE));
      g.writeNumberField("discrepancies", report.count(Verdict.DISCREPANCY));
      g.writeNumberField("unique", report.count(Verdict.UNIQUE));
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  /** Writes one value of a report's array. */
  interface ValueWriter<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  // The value writers, the slice tasks and their functions are classes rather than lambdas: a
  // lambda's call site is linked at its first use, a tenth of a millisecond of a cold start apiece.

  /** A claim with its place in its article, one of {@code articles} by id. */
  private static final class Claims implements ValueWriter<Claim> {
    private final Map<String, Article> articles;

    Claims(Map<String, Article> articles) {
      this.articles = articles;
    }

    @Override
    public void write(JsonGenerator g, Claim c) throws IOException {
      writeClaim(g, c, articles.get(c.articleId()));
    }
  }

  /** A finding, its claims as ids. */
  private static final ValueWriter<Finding> FINDINGS = new ValueWriter<>() {
    @Override
    public void write(JsonGenerator g, Finding f) throws IOException {
      writeFinding(g, f);
    }
  };

  /** How many values of an array are written to text side by side at a time. */
  static final int CHUNK = 4096;
  /** How many values one task writes into one text. */
  static final int SLICE = 128;

  /**
   * Writes the values of the array {@code field} of the report object, where {@code g} has just
   * opened it: a slice of values at a time is written to a text of its own by a generator nested
   * as {@code g} is (so it has the same indentation, separators and escapes), the slices of a
   * chunk side by side while the chunk before is copied into {@code g}, each slice as one raw
   * value (after which {@code g} puts the same separator as after a value of its own). The bytes
   * are those of writing each value into {@code g} in turn.
   */
  <T> void writeAll(JsonGenerator g, String field, List<T> values, ValueWriter<T> one)
      throws IOException {
    if (values.size() <= SLICE) {
      for (T v : values) {
        one.write(g, v);
      }
      return;
    }
    CompletableFuture<String[]> next = texts(field, values, 0, one);
    for (int from = 0; from < values.size(); from += CHUNK) {
      String[] texts;
      try {
        texts = next.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof UncheckedIOException io) {
          throw io.getCause();
        }
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
      if (from + CHUNK < values.size()) {
        next = texts(field, values, from + CHUNK, one);
      }
      for (String t : texts) {
        g.writeRawValue(t);
      }
    }
  }

  /** The texts of the slices of values {@code [from, from + CHUNK)}, written side by side. */
  private <T> CompletableFuture<String[]> texts(String field, List<T> values, int from,
      ValueWriter<T> one) {
    int to = Math.min(values.size(), from + CHUNK);
    int slices = (to - from + SLICE - 1) / SLICE;
    IntFunction<String> slice = new IntFunction<>() {
      @Override
      public String apply(int k) {
        return text(field, values.subList(from + k * SLICE, Math.min(to, from + (k + 1) * SLICE)),
            one);
      }
    };
    return CompletableFuture.supplyAsync(new Supplier<String[]>() {
      @Override
      public String[] get() {
        return IntStream.range(0, slices).parallel().mapToObj(slice).toArray(NEW_TEXTS);
      }
    });
  }

  /** An array for the texts of a chunk's slices. */
  private static final IntFunction<String[]> NEW_TEXTS = new IntFunction<>() {
    @Override
    public String[] apply(int n) {
      return new String[n];
    }
  };

  /**
   * Values as {@link #write} puts them inside the array {@code field} of the report object, with
   * the separators between them and none before the first.
   */
  private <T> String text(String field, List<T> values, ValueWriter<T> one) {
    StringWriter out = new StringWriter(8192);
    try (JsonGenerator h = FACTORY.createGenerator(out)) {
      if (pretty) {
        h.useDefaultPrettyPrinter();
      }
      h.writeStartObject();
      h.writeArrayFieldStart(field);
      h.flush();
      StringBuffer text = out.getBuffer();
      int start = text.length();
      for (T v : values) {
        one.write(h, v);
      }
      h.flush();
      // the values, without the separator the generator put before the first
      int at = start;
      while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == ',')) {
        at++;
      }
      String written = text.substring(at);
      h.writeEndArray();
      h.writeEndObject();
      return written;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void writeArticle(JsonGenerator g, Document d) throws IOException {
    Article a = d.article();
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("source", a.source());
    g.writeStringField("date", a.date());
    g.writeStringField("url", a.url());
    g.writeStringField("title", a.title());
    if (a.author() != null) {
      g.writeStringField("author", a.author());
    }
    g.writeStringField("lang", a.lang());
    if (a.role() != null) {
      g.writeStringField("role", a.role());
    }
    g.writeStringField("file", a.file());
    g.writeNumberField("words", d.wordCount());
    g.writeNumberField("boilerplate_lines", d.removed().size());
    Map<String, String> meta = a.metadata();
    if (!meta.isEmpty()) {
      g.writeObjectFieldStart("metadata");
      for (Map.Entry<String, String> e : meta.entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** One claim with its kind's fields and its place in the input file. */
  static void writeClaim(JsonGenerator g, Claim c, Article article) throws IOException {
    writeClaim(g, c, article, null);
  }

  /** One claim, with a {@code file} field when {@code file} is not null. */
  static void writeClaim(JsonGenerator g, Claim c, Article article, String file)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("article", c.articleId());
    g.writeStringField("kind", c.kind().label());
    g.writeStringField("text", c.text());
    if (c instanceof Quote q) {
      g.writeStringField("speaker", q.speaker());
      // an organisation that speaks ("White House") is kept apart from a person
      g.writeStringField("speaker_kind",
          q.speaker() == null ? null : q.organisation() ? "organisation" : "person");
      g.writeBooleanField("indirect", q.indirect());
    } else if (c instanceof NumericClaim n) {
      g.writeObjectFieldStart("value");
      writeNumber(g, "low", n.low());
      writeNumber(g, "high", n.high());
      g.writeStringField("qualifier", n.qualifier());
      g.writeEndObject();
      g.writeStringField("unit", n.unit());
      g.writeStringField("outcome", n.outcome());
      g.writeStringField("subject", n.subject());
      g.writeStringField("source_cited", n.sourceCited());
    } else if (c instanceof DateClaim d) {
      g.writeStringField("value", d.value());
      g.writeStringField("low", d.low() == null ? null : d.low().toString());
      g.writeStringField("high", d.high() == null ? null : d.high().toString());
      g.writeStringField("anchor", d.anchor() == null ? null : d.anchor().toString());
      g.writeBooleanField("relative", d.relative());
      g.writeStringField("precision", d.precision().label());
      g.writeStringField("shape", d.shape().label());
      g.writeStringField("resolution", d.resolution().label());
      g.writeStringField("subject", d.event() == null ? null : d.event().text());
    } else if (c instanceof RoleClaim r) {
      g.writeStringField("person", r.person());
      g.writeStringField("role", r.role());
      g.writeStringField("organisation", r.organisation());
      g.writeStringField("rank", r.rank());
      g.writeStringField("gender", r.gender());
    }
    Location loc = article.sourceMap().locate(c.span());
    g.writeNumberField("line", loc.line());
    g.writeNumberField("column", loc.column());
    g.writeNumberField("length", loc.length());
    if (file != null) {
      g.writeStringField("file", file);
    }
    g.writeEndObject();
  }

  /** An exact decimal as written out in plain digits, no exponent, no trailing zeros. */
  private static void writeNumber(JsonGenerator g, String field, java.math.BigDecimal v)
      throws IOException {
    if (v == null) {
      g.writeNullField(field);
    } else {
      g.writeFieldName(field);
      g.writeNumber(v.stripTrailingZeros().toPlainString());
    }
  }

  /** One alignment: its id, basis, score and the two statements with their place and words. */
  static void writeAlignment(JsonGenerator g, Link l, Map<String, Article> articles)
      throws IOException {
    writeAlignment(g, l, articles.get(l.a().articleId()), articles.get(l.b().articleId()));
  }

  /** One alignment, its statements {@code a} and {@code b} in {@code first} and {@code second}. */
  private static void writeAlignment(JsonGenerator g, Link l, Article first, Article second)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", l.id());
    g.writeStringField("basis", l.basis().label());
    g.writeFieldName("score");
    g.writeNumber(l.score().stripTrailingZeros().toPlainString());
    g.writeArrayFieldStart("statements");
    writeStatement(g, l.a(), first);
    writeStatement(g, l.b(), second);
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeStatement(JsonGenerator g, Statement s, Article a) throws IOException {
    Location loc = a.sourceMap().locate(s.source());
    g.writeStartObject();
    g.writeStringField("article", s.articleId());
    g.writeNumberField("line", loc.line());
    g.writeNumberField("column", loc.column());
    g.writeNumberField("length", loc.length());
    g.writeStringField("text", s.source().of(a.body()));
    g.writeEndObject();
  }

  static void writeFinding(JsonGenerator g, Finding f) throws IOException {
    writeFinding(g, f, null);
  }

  /**
   * One finding; with an index, its claims are written as full objects with their {@code file}
   * (NDJSON), else as ids (the report).
   */
  static void writeFinding(JsonGenerator g, Finding f, ReportIndex inline) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", f.id());
    g.writeStringField("kind", f.kind().label());
    g.writeStringField("verdict", f.verdict().label());
    if (f.relation() != null) {
      g.writeStringField("relation", f.relation().label());
    }
    g.writeStringField("subject", f.subject());
    if (inline == null) {
      writeStrings(g, "claims", f.claims());
    } else {
      g.writeArrayFieldStart("claims");
      for (Claim c : inline.claims(f)) {
        Article a = inline.article(c.articleId());
        writeClaim(g, c, a, a.file());
      }
      g.writeEndArray();
    }
    if (!f.variants().isEmpty()) {
      g.writeArrayFieldStart("variants");
      for (Variant v : f.variants()) {
        g.writeStartObject();
        g.writeStringField("claim", v.claim());
        g.writeStringField("relation", v.relation().label());
        g.writeStringField("diff", v.diff() == null ? null : WordDiff.render(v.diff()));
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeStringField("message", Messages.of(f));
    if (f.kind() == Kind.NUMBER || f.kind() == Kind.DATE) {
      if (inline == null) {
        List<String> ids = new ArrayList<>(f.alignments().size());
        for (Link l : f.alignments()) {
          ids.add(l.id());
        }
        writeStrings(g, "alignments", ids);
      } else {
        g.writeArrayFieldStart("alignments");
        for (Link l : f.alignments()) {
          writeAlignment(g, l, inline.article(l.a().articleId()),
              inline.article(l.b().articleId()));
        }
        g.writeEndArray();
      }
    }
    g.writeEndObject();
  }

  private static void writeStrings(JsonGenerator g, String field, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String s : values) {
      g.writeString(s);
    }
    g.writeEndArray();
  }
}
