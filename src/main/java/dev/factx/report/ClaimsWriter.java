package dev.factx.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.factx.Report;
import dev.factx.bundle.Article;
import dev.factx.bundle.Location;
import dev.factx.analysis.Document;
import dev.factx.extract.Claim;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes only the claims of a report: a JSON array, NDJSON, or {@code FILE:LINE:COL} text lines.
 * Each JSON claim carries the {@code file} its {@code line} and {@code column} count in, as the
 * claims inlined in {@code compare --format ndjson} do. JSON holds the exact text; the text lines
 * are for a person and show file and text safe ({@link SafeText}).
 */
public final class ClaimsWriter {
  /** The claim list formats. */
  public enum Format { json, ndjson, text }

  private final Format format;
  private final Ansi ansi;

  public ClaimsWriter(Format format) {
    this(format, false);
  }

  /** @param colour colour the text lines' places and kinds, grep-style */
  public ClaimsWriter(Format format, boolean colour) {
    this.format = format;
    this.ansi = new Ansi(colour);
  }

  public void write(Report report, Writer out) throws IOException {
    Map<String, Article> articles = new HashMap<>();
    for (Document d : report.documents()) {
      articles.put(d.article().id(), d.article());
    }
    if (format == Format.text) {
      StringBuilder b = new StringBuilder();
      for (Claim c : report.claims()) {
        Article a = articles.get(c.articleId());
        Location loc = a.sourceMap().locate(c.span());
        b.append(ansi.style(Ansi.BOLD, SafeText.file(a.file()))).append(':')
            .append(ansi.style(Ansi.GREEN, String.valueOf(loc.line()))).append(':')
            .append(ansi.style(Ansi.GREEN, String.valueOf(loc.column()))).append(": ")
            .append(ansi.style(Ansi.CYAN, SafeText.line(c.id() + ' ' + c.kind()))).append(": ")
            .append(SafeText.line(c.text().replace('\n', ' '))).append('\n');
      }
      out.write(b.toString());
      out.flush();
      return;
    }
    if (format == Format.ndjson) {
      for (Claim c : report.claims()) {
        try (JsonGenerator g = JsonReportWriter.FACTORY.createGenerator(out)) {
          g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
          Article a = articles.get(c.articleId());
          JsonReportWriter.writeClaim(g, c, a, a.file());
        }
        out.write('\n');
      }
      out.flush();
      return;
    }
    try (JsonGenerator g = JsonReportWriter.FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartArray();
      for (Claim c : report.claims()) {
        Article a = articles.get(c.articleId());
        JsonReportWriter.writeClaim(g, c, a, a.file());
      }
      g.writeEndArray();
    }
    out.write('\n');
    out.flush();
  }
}
