package dev.factx.report;

import dev.factx.Report;
import dev.factx.analysis.WordDiff;
import dev.factx.bundle.Article;
import dev.factx.bundle.Location;
import dev.factx.analysis.Document;
import dev.factx.extract.Claim;
import dev.factx.extract.Kind;
import dev.factx.match.Finding;
import dev.factx.match.QuoteRelation;
import dev.factx.match.Variant;
import dev.factx.match.Verdict;
import dev.factx.text.Plural;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub-flavoured Markdown for a fact-check document or a pull-request comment: a legend table,
 * tables of discrepancies and agreements, and each quote as a blockquote with its word diffs.
 */
public final class MarkdownReportWriter implements ReportWriter {
  private final ReportOptions options;

  public MarkdownReportWriter(ReportOptions options) {
    this.options = options;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    ReportIndex index = new ReportIndex(report);
    StringBuilder b = new StringBuilder();
    b.append("## factx report");
    if (report.story() != null) {
      b.append(": ").append(inline(report.story()));
    }
    b.append("\n\n").append("| | Article | Source | Date | Furniture lines removed |\n")
        .append("|---|---|---|---|--:|\n");
    int i = 0;
    for (Document d : report.documents()) {
      Article a = d.article();
      row(b, ReportIndex.label(i++), code(a.id()), cell(a.source()), cell(a.date()),
          String.valueOf(d.removed().size()));
    }
    section(b, index, Verdict.DISCREPANCY, "Discrepancies");
    section(b, index, Verdict.AGREE, "Agreements");
    long unique = report.count(Verdict.UNIQUE);
    if (options.all()) {
      section(b, index, Verdict.UNIQUE, "Unique claims");
    } else if (unique > 0) {
      b.append('\n').append(Plural.of(unique, "unique claim", "unique claims"))
          .append(" (one article only) not listed; `--all` lists them.\n");
    }
    b.append("\n**Summary:** ").append(inline(TextReportWriter.summary(report))).append('\n');
    out.write(b.toString());
    out.flush();
  }

  private void section(StringBuilder b, ReportIndex index, Verdict verdict, String title) {
    List<Finding> fs = index.findings(verdict);
    if (fs.isEmpty()) {
      return;
    }
    b.append("\n### ").append(title).append(" (").append(fs.size()).append(")\n\n")
        .append("| Finding | Kind | Subject | Claims | Message |\n")
        .append("|---|---|---|---|---|\n");
    List<Finding> quotes = new ArrayList<>();
    for (Finding f : fs) {
      List<String> claims = new ArrayList<>();
      for (Claim c : index.claims(f)) {
        claims.add(claimCell(index, f, c));
      }
      row(b, f.id() == null ? "" : f.id(),
          f.kind() + (f.relation() == null ? "" : ", " + f.relation()),
          cell(f.subject()), String.join("<br>", claims), cell(Messages.of(f)));
      if (f.kind() == Kind.QUOTE) {
        quotes.add(f);
      }
    }
    for (Finding f : quotes) {
      quote(b, index, f);
    }
  }

  /** {@code **A** `pravda:n1` 52:80 "at least 30" = at least 30 soldiers} for a table cell. */
  private static String claimCell(ReportIndex index, Finding f, Claim c) {
    Location loc = index.location(c);
    StringBuilder s = new StringBuilder("**").append(index.label(c.articleId())).append("** ")
        .append(code(c.id())).append(' ').append(loc.line()).append(':').append(loc.column());
    Variant v = ReportIndex.variant(f, c.id());
    if (f.kind() == Kind.QUOTE) {
      s.append(' ').append(v == null ? "quote" : v.relation().label());
    } else {
      s.append(' ').append(cell(ClaimText.line(c)));
    }
    return s.toString();
  }

  /** The quote's longest form as a blockquote, then each variant's word diff. */
  private static void quote(StringBuilder b, ReportIndex index, Finding f) {
    List<Claim> claims = index.claims(f);
    Claim longest = claims.get(0);
    for (Claim c : claims) {
      if (ClaimText.words(c).length() > ClaimText.words(longest).length()) {
        longest = c;
      }
    }
    b.append("\n#### ").append(f.id() == null ? "" : f.id() + " ").append(f.verdict().label())
        .append(": ").append(inline(ClaimText.detail(longest))).append("\n\n")
        .append("> ").append(lineStart(inline(ClaimText.words(longest)))).append("\n>\n")
        .append("> &mdash; ").append(inline(ClaimText.detail(longest))).append(", ")
        .append(code(longest.id())).append('\n');
    for (Variant v : f.variants()) {
      Claim c = index.claim(v.claim());
      if (v.diff() == null || v.relation() == QuoteRelation.EXACT || c == null) {
        continue;
      }
      b.append(">\n> **").append(index.label(c.articleId())).append("** ").append(code(c.id()))
          .append(' ').append(v.relation()).append(": ").append(diff(v.diff())).append('\n');
    }
  }

  /** A word diff with removed words struck through and added words in bold. */
  static String diff(List<WordDiff.Segment> diff) {
    StringBuilder s = new StringBuilder();
    for (WordDiff.Segment seg : diff) {
      String t = seg.text();
      if (s.length() > 0) {
        s.append(' ');
      }
      switch (seg.change()) {
        case SAME -> s.append(inline(t));
        case REMOVED -> s.append("~~").append(inline("-[" + t.strip() + "]")).append("~~");
        case ADDED -> s.append("**").append(inline("+[" + t.strip() + "]")).append("**");
        default -> throw new AssertionError(seg.change());
      }
    }
    return s.toString();
  }

  private static void row(StringBuilder b, String... cells) {
    b.append('|');
    for (String c : cells) {
      b.append(' ').append(c).append(" |");
    }
    b.append('\n');
  }

  /** Inline text for a table cell: Markdown escaped, with {@code |} escaped too. */
  static String cell(String s) {
    return s == null ? "" : inline(s);
  }

  /** Text in backticks, for ids; a backtick in it falls back to escaped text. */
  static String code(String s) {
    return s.indexOf('`') >= 0 ? inline(s) : "`" + SafeText.line(s).replace("|", "\\|") + "`";
  }

  /**
   * Text on one line that renders as itself: line ends folded into spaces, control characters
   * shown as escapes ({@link SafeText#line}), every character Markdown (or a table) would read as
   * syntax escaped with a backslash, {@code <} and {@code &} as entities so no HTML gets through,
   * and {@code @name} kept from mentioning anyone (see {@link #MENTION_BREAK}).
   */
  static String inline(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    String folded = SafeText.line(s.replaceAll("[\\h\\v]+", " "));
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '#', '|', '~', '>', '!', '{', '}' ->
            b.append('\\').append(c);
        case '<' -> b.append("&lt;");
        case '&' -> b.append("&amp;");
        case '@' -> {
          b.append(c);
          if (mentions(folded, i)) {
            b.append(MENTION_BREAK);
          }
        }
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * What goes between {@code @} and a name so that a report posted as a pull-request comment pings
   * nobody: a zero-width space, as Dependabot and Renovate do. GitHub finds mentions in the
   * rendered text, after Markdown escapes are gone, so {@code \\@name} still pings; a code span
   * would not, but would show the name as code. The space renders as nothing, so the text reads as
   * written.
   */
  static final char MENTION_BREAK = '\u200B';

  /**
   * Whether the {@code @} at {@code i} might start a GitHub mention: a letter or digit follows, and
   * no letter or digit comes before it (so {@code desk@example.org} stays an address).
   */
  private static boolean mentions(String s, int i) {
    boolean nameFollows = i + 1 < s.length() && isAsciiAlnum(s.charAt(i + 1));
    boolean wordBefore = i > 0 && isAsciiAlnum(s.charAt(i - 1));
    return nameFollows && !wordBefore;
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** Escapes what would start a list or a heading at the start of a line ("- ", "+ ", "1. "). */
  static String lineStart(String s) {
    if (s.startsWith("- ") || s.startsWith("+ ") || s.equals("-") || s.equals("+")) {
      return "\\" + s;
    }
    int digits = 0;
    while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
      digits++;
    }
    if (digits > 0 && digits < s.length() && (s.charAt(digits) == '.' || s.charAt(digits) == ')')) {
      return s.substring(0, digits) + "\\" + s.substring(digits);
    }
    return s;
  }
}
