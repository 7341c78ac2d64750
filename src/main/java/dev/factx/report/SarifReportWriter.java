package dev.factx.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.factx.Report;
import dev.factx.bundle.Article;
import dev.factx.bundle.Location;
import dev.factx.extract.Claim;
import dev.factx.match.Finding;
import dev.factx.match.Verdict;
import dev.factx.text.Span;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SARIF 2.1.0 for code-scanning tools: one result per listed finding, with a physical location for
 * each of its claims.
 *
 * <p>Rules are {@code factx/KIND-VERDICT} ({@code factx/quote-discrepancy},
 * {@code factx/number-agreement}, {@code factx/date-unique}, ...), all listed in
 * {@code tool.driver.rules} whether used or not so that rule indexes stay stable. Discrepancies are
 * always listed: level {@code error} when {@code --fail-on} makes them fail the run, else
 * {@code warning}. Unique claims are listed with {@code --all} (level {@code note}) or when
 * {@code --fail-on unique} (level {@code error}); agreements only with {@code --all}, as kind
 * {@code pass}, level {@code none}. Columns count Unicode code points, as the run's
 * {@code columnKind} says; {@code endColumn} is the column just after the claim.
 *
 * <p>Messages are for people and are shown safe ({@link SafeText#line}); a region's
 * {@code snippet} and the {@code properties} are data and hold the input's exact text, JSON-escaped.
 */
public final class SarifReportWriter implements ReportWriter {
  /** The SARIF 2.1.0 schema's canonical address. */
  public static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private static final List<String> KINDS = List.of("quote", "number", "date", "role");
  private static final List<Verdict> VERDICTS =
      List.of(Verdict.DISCREPANCY, Verdict.AGREE, Verdict.UNIQUE);

  private final ReportOptions options;
  private final CheckResults check;

  public SarifReportWriter(ReportOptions options) {
    this(options, null);
  }

  /**
   * A writer of a check's results ({@code verify}): {@code check}'s rules, one location per result
   * at its place, and the claims of other articles it rests on as related locations.
   */
  public SarifReportWriter(ReportOptions options, CheckResults check) {
    this.options = options;
    this.check = check;
  }

  /** {@code factx/quote-discrepancy}, {@code factx/number-agreement}, {@code factx/role-unique}. */
  public static String ruleId(String kind, Verdict verdict) {
    return "factx/" + kind + "-" + (verdict == Verdict.AGREE ? "agreement" : verdict.label());
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    ReportIndex index = new ReportIndex(report);
    List<String> kinds = new ArrayList<>(KINDS);
    for (Finding f : report.findings()) {
      if (!kinds.contains(f.kind().label())) {
        kinds.add(f.kind().label());
      }
    }
    List<String> rules = new ArrayList<>();
    if (check != null) {
      for (CheckResults.Rule r : check.rules()) {
        rules.add(r.id());
      }
    } else {
      for (String k : kinds) {
        for (Verdict v : VERDICTS) {
          rules.add(ruleId(k, v));
        }
      }
    }
    try (JsonGenerator g = JsonReportWriter.FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      driver(g, kinds);
      g.writeStringField("columnKind", "unicodeCodePoints");
      g.writeArrayFieldStart("results");
      for (Finding f : report.findings()) {
        if (check != null) {
          checkResult(g, index, f, rules.indexOf(check.rule(f).id()));
        } else if (options.annotates(f.verdict())) {
          result(g, index, f, rules.indexOf(ruleId(f.kind().label(), f.verdict())));
        }
      }
      g.writeEndArray();
      if (report.story() != null) {
        g.writeObjectFieldStart("properties");
        g.writeStringField("story", report.story());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private void driver(JsonGenerator g, List<String> kinds) throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "factx");
    g.writeStringField("version", options.version());
    // no informationUri: factx has no public address yet, and the field is optional
    g.writeArrayFieldStart("rules");
    if (check != null) {
      for (CheckResults.Rule r : check.rules()) {
        rule(g, r.id(), r.name(), r.shortDescription(), r.fullDescription(), "error");
      }
    }
    for (String k : check != null ? List.<String>of() : kinds) {
      for (Verdict v : VERDICTS) {
        rule(g, ruleId(k, v), name(k, v), shortDescription(k, v), fullDescription(k, v),
            ReportOptions.defaults().level(v));
      }
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void rule(JsonGenerator g, String id, String name, String shortDescription,
      String fullDescription, String level) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", id);
    g.writeStringField("name", name);
    text(g, "shortDescription", shortDescription);
    text(g, "fullDescription", fullDescription);
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", level);
    g.writeEndObject();
    g.writeEndObject();
  }

  private static String name(String kind, Verdict v) {
    String verdict = v == Verdict.AGREE ? "Agreement" : capital(v.label());
    return capital(kind) + verdict;
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static String noun(String kind) {
    return switch (kind) {
      case "quote" -> "a quote";
      case "number" -> "a figure";
      case "date" -> "a date";
      case "role" -> "a person's role";
      default -> "a " + kind + " claim";
    };
  }

  private static String shortDescription(String kind, Verdict v) {
    return switch (v) {
      case DISCREPANCY -> "Articles disagree on " + noun(kind);
      case AGREE -> "Articles agree on " + noun(kind);
      case UNIQUE -> "Only one article makes " + noun(kind) + " claim";
    };
  }

  private static String fullDescription(String kind, Verdict v) {
    return switch (v) {
      case DISCREPANCY -> "Two or more articles give " + noun(kind) + " differently: changed"
          + " wording, another speaker, a different value or title. Check which is right.";
      case AGREE -> "Two or more articles support the same " + kind + " claim.";
      case UNIQUE -> "One article alone makes this " + kind + " claim; no other article confirms"
          + " or contradicts it.";
    };
  }

  private static void text(JsonGenerator g, String field, String text) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("text", text);
    g.writeEndObject();
  }

  private void result(JsonGenerator g, ReportIndex index, Finding f, int ruleIndex)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", ruleId(f.kind().label(), f.verdict()));
    g.writeNumberField("ruleIndex", ruleIndex);
    if (f.verdict() == Verdict.AGREE) {
      g.writeStringField("kind", "pass");
    }
    g.writeStringField("level", options.level(f.verdict()));
    text(g, "message", SafeText.line(message(f)));
    g.writeArrayFieldStart("locations");
    int id = 0;
    for (Claim c : index.claims(f)) {
      String uri = uri(index.file(c));
      if (uri == null) {
        continue;
      }
      g.writeStartObject();
      g.writeNumberField("id", id++);
      physicalLocation(g, uri, index.location(c), index.end(c), c.text());
      String relation = relation(f, c);
      text(g, "message", SafeText.line(c.id() + (relation == null ? "" : " (" + relation + ")")
          + ": " + ClaimText.detail(c)));
      g.writeEndObject();
    }
    g.writeEndArray();
    properties(g, f, true);
    g.writeEndObject();
  }

  /** The finding's id, subject and claims, and with {@code verdict} its verdict and relation. */
  private static void properties(JsonGenerator g, Finding f, boolean verdict) throws IOException {
    g.writeObjectFieldStart("properties");
    g.writeStringField("finding", f.id());
    if (verdict) {
      g.writeStringField("verdict", f.verdict().label());
      if (f.relation() != null) {
        g.writeStringField("relation", f.relation().label());
      }
    }
    g.writeStringField("subject", f.subject());
    g.writeArrayFieldStart("claims");
    for (String c : f.claims()) {
      g.writeString(c);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * One result of a check: located at its place in the checked article, the claims of other
   * articles it rests on as related locations.
   */
  private void checkResult(JsonGenerator g, ReportIndex index, Finding f, int ruleIndex)
      throws IOException {
    CheckResults.Place place = check.place(f);
    Article article = index.article(place.articleId());
    g.writeStartObject();
    g.writeStringField("ruleId", check.rule(f).id());
    g.writeNumberField("ruleIndex", ruleIndex);
    g.writeStringField("level", check.fails(f) ? "error" : "warning");
    text(g, "message", SafeText.line(message(f)));
    String uri = uri(article.file());
    if (uri != null) {
      g.writeArrayFieldStart("locations");
      g.writeStartObject();
      physicalLocation(g, uri, article.sourceMap().locate(place.span()),
          article.sourceMap().locate(new Span(place.span().end(), place.span().end())),
          place.span().of(article.body()));
      g.writeEndObject();
      g.writeEndArray();
    }
    List<Claim> related = new ArrayList<>();
    for (Claim c : index.claims(f)) {
      if (!c.articleId().equals(place.articleId()) && uri(index.file(c)) != null) {
        related.add(c);
      }
    }
    if (!related.isEmpty()) {
      g.writeArrayFieldStart("relatedLocations");
      int id = 0;
      for (Claim c : related) {
        g.writeStartObject();
        g.writeNumberField("id", id++);
        physicalLocation(g, uri(index.file(c)), index.location(c), index.end(c), c.text());
        text(g, "message", SafeText.line(c.id() + ": " + ClaimText.detail(c)));
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    properties(g, f, false);
    g.writeEndObject();
  }

  private static void physicalLocation(JsonGenerator g, String uri, Location start, Location end,
      String snippet) throws IOException {
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri);
    g.writeEndObject();
    g.writeObjectFieldStart("region");
    g.writeNumberField("startLine", start.line());
    g.writeNumberField("startColumn", start.column());
    g.writeNumberField("endLine", end.line());
    g.writeNumberField("endColumn", end.column());
    if (!snippet.isEmpty()) {
      text(g, "snippet", snippet);
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /** A quote claim's relation to the longest form, else null. */
  static String relation(Finding f, Claim c) {
    var v = ReportIndex.variant(f, c.id());
    return v == null ? null : v.relation().label();
  }

  /** The finding's message, else its subject, else what it is. */
  static String message(Finding f) {
    String message = Messages.of(f);
    if (!message.isBlank()) {
      return message;
    }
    if (f.subject() != null && !f.subject().isBlank()) {
      return f.subject();
    }
    return f.kind() + " " + f.verdict().label();
  }

  /**
   * A file name as a URI reference: relative names stay relative (to the directory factx ran in),
   * absolute ones become {@code file:} URIs; null for standard input, which has no address.
   */
  static String uri(String file) {
    if (file == null || file.equals("-")) {
      return null;
    }
    String path = file.replace('\\', '/');
    String prefix = "";
    if (path.startsWith("/")) {
      prefix = "file://";
    } else if (path.length() > 1 && path.charAt(1) == ':' && Character.isLetter(path.charAt(0))) {
      prefix = "file:///";
    }
    StringBuilder b = new StringBuilder(prefix);
    for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~/!$&'()*+,;=:@".indexOf(c) >= 0;
      // a colon in a relative path's first segment would read as a scheme
      if (c == ':' && prefix.isEmpty()) {
        plain = false;
      }
      if (plain) {
        b.append((char) c);
      } else {
        b.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return b.toString();
  }
}
