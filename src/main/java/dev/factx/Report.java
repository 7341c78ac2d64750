package dev.factx;

import dev.factx.align.Link;
import dev.factx.analysis.Document;
import dev.factx.extract.Claim;
import dev.factx.match.Finding;
import dev.factx.match.Verdict;
import java.util.List;

/**
 * Everything a run of factx found: the documents read, their claims and the findings.
 *
 * @param story the bundle's {@code story} header, or null
 * @param documents one per article, in input order
 * @param claims every claim, in document then kind then text order
 * @param findings numbered {@code f1...}: discrepancies first, then agreements, then unique claims
 * @param alignments numbered {@code a1...}: the statement links findings rest on, in order of the
 *     first finding that names each
 */
public record Report(String story, List<Document> documents, List<Claim> claims,
    List<Finding> findings, List<Link> alignments) {
  public Report {
    documents = List.copyOf(documents);
    claims = List.copyOf(claims);
    findings = List.copyOf(findings);
    alignments = List.copyOf(alignments);
  }

  /** A report whose findings rest on no alignment. */
  public Report(String story, List<Document> documents, List<Claim> claims,
      List<Finding> findings) {
    this(story, documents, claims, findings, List.of());
  }

  /** How many findings have this verdict. */
  public long count(Verdict verdict) {
    long n = 0;
    for (Finding f : findings) {
      if (f.verdict() == verdict) {
        n++;
      }
    }
    return n;
  }
}
