package dev.factx.report;

import dev.factx.Report;
import dev.factx.analysis.WordDiff;
import dev.factx.bundle.Article;
import dev.factx.bundle.Location;
import dev.factx.analysis.Document;
import dev.factx.extract.Claim;
import dev.factx.extract.Kind;
import dev.factx.extract.Quote;
import dev.factx.match.Finding;
import dev.factx.match.QuoteRelation;
import dev.factx.match.Variant;
import dev.factx.match.Verdict;
import dev.factx.text.Plural;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The report for a person at a terminal: a legend of the articles, then discrepancies, agreements
 * and unique claims, each finding with its claims, where they stand and, for quotes, the word diff.
 */
public final class TextReportWriter implements ReportWriter {
  private static final String INDENT = "    ";
  private static final String CLAIM_INDENT = "        ";

  private final ReportOptions options;
  private final Ansi ansi;

  public TextReportWriter(ReportOptions options) {
    this.options = options;
    this.ansi = new Ansi(options.colour());
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    ReportIndex index = new ReportIndex(report);
    StringBuilder b = new StringBuilder();
    if (report.story() != null) {
      new Paragraph().add("Story:", Ansi.BOLD).add(" " + report.story())
          .wrap(b, ansi, options.width(), "", INDENT);
      b.append('\n');
    }
    legend(b, report);
    section(b, index, Verdict.DISCREPANCY, "Discrepancies", Ansi.RED);
    section(b, index, Verdict.AGREE, "Agreements", Ansi.GREEN);
    long unique = report.count(Verdict.UNIQUE);
    if (options.all()) {
      section(b, index, Verdict.UNIQUE, "Unique claims", Ansi.CYAN);
    } else if (unique > 0) {
      b.append('\n').append(Plural.of(unique, "unique claim", "unique claims"))
          .append(" (one article only); --all lists them\n");
    }
    b.append('\n').append(ansi.style(Ansi.BOLD, summary(report))).append('\n');
    out.write(b.toString());
    out.flush();
  }

  /** The one-line summary. */
  public static String summary(Report report) {
    return Plural.of(report.documents().size(), "article", "articles") + ", "
        + Plural.of(report.claims().size(), "claim", "claims") + ": "
        + Plural.of(report.count(Verdict.DISCREPANCY), "discrepancy", "discrepancies") + ", "
        + Plural.of(report.count(Verdict.AGREE), "agreement", "agreements") + ", "
        + report.count(Verdict.UNIQUE) + " unique";
  }

  private void legend(StringBuilder b, Report report) {
    b.append(ansi.style(Ansi.BOLD, "Articles")).append('\n');
    int idWidth = 0;
    for (Document d : report.documents()) {
      idWidth = Math.max(idWidth, SafeText.line(d.article().id()).length());
    }
    int i = 0;
    for (Document d : report.documents()) {
      Article a = d.article();
      String label = ReportIndex.label(i++);
      StringBuilder first = new StringBuilder("  ").append(ansi.style(Ansi.BOLD, label))
          .append(" ".repeat(3 - Math.min(2, label.length())))
          .append(pad(SafeText.line(a.id()), idWidth)).append("  ");
      Paragraph p = new Paragraph();
      p.add(a.source() == null ? "(no source)" : a.source());
      p.add(", " + (a.date() == null ? "no date" : a.date()));
      if (!d.removed().isEmpty()) {
        int n = d.removed().size();
        p.add(", ").add(Plural.of(n, "furniture line", "furniture lines") + " removed",
            Ansi.DIM);
      }
      String hang = " ".repeat(2 + 3 + Math.max(0, label.length() - 2) + idWidth + 2);
      p.wrap(b, ansi, options.width(), first.toString(), hang);
    }
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }

  private void section(StringBuilder b, ReportIndex index, Verdict verdict, String title,
      String colour) {
    List<Finding> fs = index.findings(verdict);
    if (fs.isEmpty()) {
      return;
    }
    b.append('\n').append(ansi.style(Ansi.BOLD, title + " (" + fs.size() + ")")).append('\n');
    for (Finding f : fs) {
      b.append('\n');
      finding(b, index, f, colour);
    }
  }

  private void finding(StringBuilder b, ReportIndex index, Finding f, String colour) {
    Paragraph head = new Paragraph().add(f.id() == null ? "f?" : f.id(), Ansi.BOLD + ";" + colour)
        .add(" " + f.kind() + (f.relation() == null ? "" : ", " + f.relation()) + ":", colour);
    if (f.subject() != null) {
      head.add(" " + f.subject().replaceAll("[\\h\\v]+", " "), Ansi.BOLD);
    }
    head.wrap(b, ansi, options.width(), "", INDENT);
    String message = Messages.of(f);
    if (message != null) {
      new Paragraph().add(message.replaceAll("[\\h\\v]+", " "))
          .wrap(b, ansi, options.width(), INDENT, INDENT);
    }
    List<Claim> claims = index.claims(f);
    Claim longest = f.kind() == Kind.QUOTE ? longest(claims) : null;
    if (longest != null) {
      new Paragraph().add("\"" + ClaimText.words(longest) + "\"", Ansi.YELLOW)
          .add(" - " + ClaimText.detail(longest), Ansi.DIM)
          .wrap(b, ansi, options.width(), INDENT, INDENT + " ");
    }
    int idWidth = 0;
    int placeWidth = 0;
    for (Claim c : claims) {
      Location loc = index.location(c);
      idWidth = Math.max(idWidth, SafeText.line(c.id()).length());
      placeWidth = Math.max(placeWidth, (loc.line() + ":" + loc.column()).length());
    }
    for (Claim c : claims) {
      claim(b, index, f, c, longest, idWidth, placeWidth);
    }
  }

  private static Claim longest(List<Claim> claims) {
    Claim best = null;
    for (Claim c : claims) {
      if (best == null || ClaimText.words(c).length() > ClaimText.words(best).length()) {
        best = c;
      }
    }
    return best;
  }

  /** One claim: label, id and place, then what it says (or, for quotes, its diff). */
  private void claim(StringBuilder b, ReportIndex index, Finding f, Claim c, Claim longest,
      int idWidth, int placeWidth) {
    Location loc = index.location(c);
    String place = loc.line() + ":" + loc.column();
    String prefix = INDENT + ansi.style(Ansi.BOLD, index.label(c.articleId())) + " "
        + pad(SafeText.line(c.id()), idWidth) + " " + ansi.style(Ansi.DIM, place)
        + " ".repeat(placeWidth - place.length() + 1);
    Paragraph p = new Paragraph();
    if (longest == null) {
      p.add("\"" + ClaimText.words(c) + "\"", Ansi.YELLOW).add(" = " + ClaimText.detail(c));
    } else {
      Variant v = ReportIndex.variant(f, c.id());
      p.add(v == null ? "quote" : v.relation().label());
      if (c instanceof Quote q && longest instanceof Quote l && !same(q.speaker(), l.speaker())) {
        p.add(" (" + ClaimText.detail(c) + ")");
      }
      if (v != null && v.diff() != null && v.relation() != QuoteRelation.EXACT) {
        p.add(":");
        diff(p, v.diff());
      }
    }
    p.wrap(b, ansi, options.width(), prefix, CLAIM_INDENT);
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  private void diff(Paragraph p, List<WordDiff.Segment> diff) {
    for (WordDiff.Segment s : diff) {
      p.space(); // segments are words apart
      switch (s.change()) {
        case SAME -> p.add(s.text());
        case REMOVED -> p.add("-[" + s.text() + "]", Ansi.REMOVED);
        case ADDED -> p.add("+[" + s.text() + "]", Ansi.ADDED);
        default -> throw new AssertionError(s.change());
      }
    }
  }
}
