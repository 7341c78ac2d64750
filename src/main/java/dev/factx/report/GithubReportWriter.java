package dev.factx.report;

import dev.factx.Report;
import dev.factx.bundle.Article;
import dev.factx.bundle.Location;
import dev.factx.extract.Claim;
import dev.factx.match.Finding;
import dev.factx.match.Verdict;
import dev.factx.text.Span;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands: one annotation per claim of each listed finding, at the claim's
 * place in its file, so a pull request shows it on the line.
 *
 * <p>Lists what {@link SarifReportWriter} lists: discrepancies as {@code ::error} when they fail the
 * run ({@code --fail-on}) else {@code ::warning}; unique claims ({@code --all}, or {@code ::error}
 * with {@code --fail-on unique}) and agreements ({@code --all}) as {@code ::notice}. Claims read
 * from standard input have no file and get an annotation without a place.
 *
 * <p>Input text in a message or title is shown safe ({@link SafeText#line}), so a command is
 * always one line and the runner shows what the article says rather than obeying it.
 */
public final class GithubReportWriter implements ReportWriter {
  private final ReportOptions options;
  private final CheckResults check;

  public GithubReportWriter(ReportOptions options) {
    this(options, null);
  }

  /**
   * A writer of a check's results ({@code verify}): one annotation per result, at its place in the
   * checked file, naming where the original's claims stand.
   */
  public GithubReportWriter(ReportOptions options, CheckResults check) {
    this.options = options;
    this.check = check;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    ReportIndex index = new ReportIndex(report);
    StringBuilder b = new StringBuilder();
    if (check != null) {
      for (Finding f : report.findings()) {
        checkResult(b, index, f);
      }
      out.write(b.toString());
      out.flush();
      return;
    }
    for (Finding f : report.findings()) {
      if (!options.annotates(f.verdict())) {
        continue;
      }
      String level = switch (options.level(f.verdict())) {
        case "error" -> "error";
        case "warning" -> "warning";
        default -> "notice";
      };
      String title = "factx " + (f.id() == null ? "" : f.id() + " ") + f.kind() + " "
          + (f.verdict() == Verdict.AGREE ? "agreement" : f.verdict().label())
          + (f.relation() == null ? "" : " (" + f.relation() + ")");
      for (Claim c : index.claims(f)) {
        b.append("::").append(level).append(' ');
        String uri = SarifReportWriter.uri(index.file(c));
        if (uri != null) {
          Location start = index.location(c);
          Location end = index.end(c);
          // a line feed in a file name survives as %0A, which the runner reads back: the
          // annotation still lands on the file; other control characters are shown as escapes
          b.append("file=").append(property(SafeText.lines(index.file(c))))
              .append(",line=").append(start.line())
              .append(",col=").append(start.column())
              .append(",endLine=").append(end.line())
              .append(",endColumn=").append(end.column()).append(',');
        }
        b.append("title=").append(property(SafeText.line(title))).append("::");
        String relation = SarifReportWriter.relation(f, c);
        String what = c.id() + (relation == null ? "" : " (" + relation + ")") + " "
            + ClaimText.line(c);
        // one line feed of factx's own between the two parts; none from the input
        b.append(data(SafeText.line(what) + "\n" + SafeText.line(SarifReportWriter.message(f))))
            .append('\n');
      }
    }
    out.write(b.toString());
    out.flush();
  }

  /** One annotation: the change at its place, then where the original's claims stand. */
  private void checkResult(StringBuilder b, ReportIndex index, Finding f) {
    CheckResults.Place place = check.place(f);
    Article article = index.article(place.articleId());
    b.append("::").append(check.fails(f) ? "error" : "warning").append(' ');
    if (SarifReportWriter.uri(article.file()) != null) {
      Location start = article.sourceMap().locate(place.span());
      Location end = article.sourceMap().locate(new Span(place.span().end(), place.span().end()));
      b.append("file=").append(property(SafeText.lines(article.file())))
          .append(",line=").append(start.line())
          .append(",col=").append(start.column())
          .append(",endLine=").append(end.line())
          .append(",endColumn=").append(end.column()).append(',');
    }
    String rule = check.rule(f).id();
    b.append("title=").append(property(SafeText.line(rule.substring(rule.indexOf('/') + 1)
        + " (factx " + f.id() + ")"))).append("::");
    // line feeds of factx's own between the parts; none from the input
    StringBuilder message = new StringBuilder(SafeText.line(SarifReportWriter.message(f)));
    for (Claim c : index.claims(f)) {
      if (!c.articleId().equals(place.articleId())) {
        Location at = index.location(c);
        message.append("\noriginal: ").append(SafeText.line(index.file(c))).append(':')
            .append(at.line()).append(':').append(at.column()).append(' ')
            .append(SafeText.line(c.id()));
      }
    }
    b.append(data(message.toString())).append('\n');
  }

  /** A command's message: {@code %}, CR and LF escaped as GitHub's runner unescapes them. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A command property: as {@link #data} and also {@code :} and {@code ,}. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
