package dev.factx.verify;

import dev.factx.analysis.Document;
import dev.factx.extract.Claim;
import dev.factx.extract.DateClaim;
import dev.factx.extract.Kind;
import dev.factx.extract.NumericClaim;
import dev.factx.extract.Quote;
import dev.factx.extract.RoleClaim;
import dev.factx.text.MapValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The claims of the documents being verified: those the extractors found, and a claim for each
 * span verify recognized itself when a change rests on it (numbered after the extracted ones).
 */
final class ClaimBook {
  private final Map<Document, List<Claim>> claims = new IdentityHashMap<>();
  private final Map<Document, Map<Mark, Claim>> made = new IdentityHashMap<>();
  private final Map<Document, Map<Kind, Integer>> counts = new IdentityHashMap<>();

  ClaimBook(List<Document> documents, List<Claim> extracted) {
    Map<String, Document> byId = new HashMap<>();
    for (Document d : documents) {
      byId.put(d.article().id(), d);
      claims.put(d, new ArrayList<>());
      made.put(d, new LinkedHashMap<>());
      counts.put(d, new HashMap<>());
    }
    for (Claim c : extracted) {
      Document d = byId.get(c.articleId());
      if (d != null) {
        claims.get(d).add(c);
        MapValues.count(counts.get(d), c.kind());
      }
    }
  }

  /** The extracted claims of a document, in text order. */
  List<Claim> claims(Document d) {
    return claims.get(d);
  }

  /** The claim a mark stands for: the extracted one, or one made for it once. */
  Claim claim(Document d, Mark m) {
    if (m.extracted()) {
      return m.claim();
    }
    return made.get(d).computeIfAbsent(m, k -> make(d, k));
  }

  /** Every claim, extracted and made, document by document. */
  List<Claim> all(List<Document> documents) {
    List<Claim> out = new ArrayList<>();
    for (Document d : documents) {
      out.addAll(claims.get(d));
      out.addAll(made.get(d).values());
    }
    return out;
  }

  private Claim make(Document d, Mark m) {
    String article = d.article().id();
    int n = counts.get(d).merge(m.kind(), 1, Integer::sum);
    String text = m.span().of(d.article().body());
    switch (m.kind()) {
      case QUOTE:
        return new Quote(article + ":q" + n, article, m.span(), text, null, false, null);
      case NUMBER:
        java.math.BigDecimal v = plain(text);
        return new NumericClaim(article + ":n" + n, article, m.span(), text, v, v, "exact", null,
            null, null, null, null, null);
      case DATE:
        return new DateClaim(article + ":d" + n, article, m.span(), text, null, null, null, false,
            null);
      default:
        return new RoleClaim(article + ":r" + n, article, m.span(), text, text, null, null, null,
            null, null, Set.of());
    }
  }

  private static java.math.BigDecimal plain(String text) {
    try {
      return new java.math.BigDecimal(text.replace(",", ""));
    } catch (NumberFormatException e) {
      return null; // a number word: its value is not worked out here
    }
  }
}
