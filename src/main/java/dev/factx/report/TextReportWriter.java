package dev.factx.report;

import dev.factx.Report;
import dev.factx.bundle.Article;
import dev.factx.clean.Document;
import dev.factx.extract.Claim;
import dev.factx.match.Finding;
import dev.factx.match.Variant;
import dev.factx.match.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The report for a person at a terminal: legend, discrepancies, agreements, unique claims. */
public final class TextReportWriter implements ReportWriter {
  private final boolean all;

  /** @param all list unique claims one by one rather than only counting them */
  public TextReportWriter(boolean all) {
    this.all = all;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    Map<String, Claim> claims = new LinkedHashMap<>();
    for (Claim c : report.claims()) {
      claims.put(c.id(), c);
    }
    StringBuilder b = new StringBuilder();
    if (report.story() != null) {
      b.append("Story: ").append(report.story()).append("\n\n");
    }
    b.append("Articles:\n");
    for (Document d : report.documents()) {
      Article a = d.article();
      b.append("  ").append(a.id());
      if (a.source() != null) {
        b.append("  ").append(a.source());
      }
      if (a.date() != null) {
        b.append("  ").append(a.date());
      }
      if (!d.removed().isEmpty()) {
        b.append("  (").append(d.removed().size()).append(" furniture lines removed)");
      }
      b.append('\n');
    }
    section(b, report, claims, Verdict.DISCREPANCY, "Discrepancies");
    section(b, report, claims, Verdict.AGREE, "Agreements");
    long unique = report.count(Verdict.UNIQUE);
    if (all) {
      section(b, report, claims, Verdict.UNIQUE, "Unique claims");
    } else if (unique > 0) {
      b.append('\n').append(unique).append(" unique claims (one article only); --all lists them\n");
    }
    b.append('\n').append(summary(report)).append('\n');
    out.write(b.toString());
    out.flush();
  }

  /** The one-line summary. */
  public static String summary(Report report) {
    return String.format("%d articles, %d claims: %d discrepancies, %d agreements, %d unique",
        report.documents().size(), report.claims().size(), report.count(Verdict.DISCREPANCY),
        report.count(Verdict.AGREE), report.count(Verdict.UNIQUE));
  }

  private static void section(StringBuilder b, Report report, Map<String, Claim> claims,
      Verdict verdict, String title) {
    List<Finding> fs = report.findings().stream().filter(f -> f.verdict() == verdict).toList();
    if (fs.isEmpty()) {
      return;
    }
    b.append('\n').append(title).append(" (").append(fs.size()).append("):\n");
    for (Finding f : fs) {
      b.append("\n  ").append(f.id()).append(' ').append(f.kind());
      if (f.relation() != null) {
        b.append(" (").append(f.relation()).append(')');
      }
      b.append(": ").append(f.subject()).append('\n');
      Set<String> arts = new LinkedHashSet<>();
      for (String id : f.claims()) {
        Claim c = claims.get(id);
        if (c != null) {
          arts.add(c.articleId());
        }
      }
      b.append("    in: ").append(String.join(", ", arts)).append('\n');
      if (f.message() != null) {
        b.append("    ").append(f.message()).append('\n');
      }
      for (Variant v : f.variants()) {
        if (v.diff() != null && !"exact".equals(v.relation())) {
          b.append("    ").append(v.claim()).append(' ').append(v.relation()).append(": ")
              .append(v.diff()).append('\n');
        }
      }
    }
  }
}
