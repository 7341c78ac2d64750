package dev.factx.report;

import dev.factx.Report;
import dev.factx.bundle.Article;
import dev.factx.bundle.Location;
import dev.factx.analysis.Document;
import dev.factx.extract.Claim;
import dev.factx.match.Finding;
import dev.factx.match.Variant;
import dev.factx.match.Verdict;
import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A report's claims, articles and findings looked up by id, for the writers. */
final class ReportIndex {
  private final Report report;
  private final Map<String, Claim> claims = new LinkedHashMap<>();
  private final Map<String, Document> documents = new LinkedHashMap<>();
  private final Map<String, String> labels = new LinkedHashMap<>();

  ReportIndex(Report report) {
    this.report = report;
    for (Claim c : report.claims()) {
      claims.put(c.id(), c);
    }
    int i = 0;
    for (Document d : report.documents()) {
      documents.put(d.article().id(), d);
      labels.put(d.article().id(), label(i++));
    }
  }

  /** A, B, ... Z, AA, AB, ...: the short label of the article at this place. */
  static String label(int index) {
    String s = "";
    int n = index;
    do {
      s = (char) ('A' + n % 26) + s;
      n = n / 26 - 1;
    } while (n >= 0);
    return s;
  }

  Report report() {
    return report;
  }

  /** The claim with this id, or null. */
  Claim claim(String id) {
    return claims.get(id);
  }

  Article article(String id) {
    Document d = documents.get(id);
    return d == null ? null : d.article();
  }

  /** The article's short label in the legend. */
  String label(String articleId) {
    return labels.getOrDefault(articleId, "?");
  }

  /** The claims a finding rests on, in the finding's order (unknown ids skipped). */
  List<Claim> claims(Finding f) {
    List<Claim> out = new ArrayList<>();
    for (String id : f.claims()) {
      Claim c = claims.get(id);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /** The ids of the articles that carry a finding, in order of first appearance. */
  List<String> articles(Finding f) {
    Set<String> ids = new LinkedHashSet<>();
    for (Claim c : claims(f)) {
      ids.add(c.articleId());
    }
    return List.copyOf(ids);
  }

  /** The findings with this verdict, in report order. */
  List<Finding> findings(Verdict verdict) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.verdict() == verdict) {
        out.add(f);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The variant of a quote finding for this claim, or null. */
  static Variant variant(Finding f, String claimId) {
    for (Variant v : f.variants()) {
      if (v.claim().equals(claimId)) {
        return v;
      }
    }
    return null;
  }

  /** Where the claim starts in its input file. */
  Location location(Claim c) {
    return article(c.articleId()).sourceMap().locate(c.span());
  }

  /** Where the claim ends in its input file: the line and the column just after it. */
  Location end(Claim c) {
    Span end = new Span(c.span().end(), c.span().end());
    return article(c.articleId()).sourceMap().locate(end);
  }

  /** The input file of a claim's article. */
  String file(Claim c) {
    return article(c.articleId()).file();
  }
}
