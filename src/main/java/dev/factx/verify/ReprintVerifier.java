package dev.factx.verify;

import dev.factx.CrossReferencer;
import dev.factx.Progress;
import dev.factx.Report;
import dev.factx.bundle.Article;
import dev.factx.bundle.InputException;
import dev.factx.bundle.Problem;
import dev.factx.analysis.Document;
import dev.factx.extract.Claim;
import dev.factx.extract.Kind;
import dev.factx.match.Finding;
import dev.factx.match.QuoteRelation;
import dev.factx.match.Relation;
import dev.factx.match.Variant;
import dev.factx.match.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks reprints against their original: aligns sentences, then reports changed quotes, figures,
 * dates, roles and speakers, quotes the reprint added and cut sentences that carried claims.
 *
 * <p>With several originals, each reprint is checked against the one it copies most sentences
 * from. Whole sentences cut or added without claims are reported only when {@code strict}.
 */
public final class ReprintVerifier {
  private final boolean strict;
  private final SentenceAligner aligner = new SentenceAligner();

  public ReprintVerifier(boolean strict) {
    this.strict = strict;
  }

  /**
   * Verifies reprints against originals.
   *
   * @param story the story header, or null
   * @param originals the reference articles, at least one
   * @param reprints the articles to check, at least one
   */
  public Verification verify(String story, List<Article> originals, List<Article> reprints) {
    return verify(story, originals, reprints, Progress.NONE);
  }

  /** {@link #verify(String, List, List)}, telling {@code progress} of the claims found. */
  public Verification verify(
      String story, List<Article> originals, List<Article> reprints, Progress progress) {
    if (originals.isEmpty() || reprints.isEmpty()) {
      throw new IllegalArgumentException("verify needs an original and a reprint");
    }
    List<Article> all = new ArrayList<>(distinct(originals, reprints));
    all.addAll(reprints);
    Report extracted = CrossReferencer.extract(story, all, progress);
    List<Document> documents = extracted.documents();
    List<Document> refs = documents.subList(0, originals.size());
    ClaimBook book = new ClaimBook(documents, extracted.claims());
    List<Check> checks = new ArrayList<>();
    for (Document reprint : documents.subList(originals.size(), documents.size())) {
      Document best = null;
      Alignment bestAlignment = null;
      int bestCopied = -1;
      for (Document ref : refs) {
        Alignment al = aligner.align(ref, reprint);
        int copied = copied(al);
        if (copied > bestCopied) {
          best = ref;
          bestAlignment = al;
          bestCopied = copied;
        }
      }
      List<Change> changes = new PairChecker(best, reprint, book, strict).check(bestAlignment);
      int cut = 0;
      for (boolean k : bestAlignment.kept()) {
        cut += k ? 0 : 1;
      }
      checks.add(new Check(best, reprint, changes, bestAlignment.reprint().size(), bestCopied, cut));
    }
    Map<String, Verification.Located> changes = new HashMap<>();
    Report report = report(story, documents, book, checks, changes);
    return new Verification(checks, report, changes);
  }

  /**
   * Verifies the articles of one bundle: those with {@code role: reference} are the originals,
   * those with {@code role: reprint} the copies; peer reports are left alone.
   *
   * @param file the input, named in the error when a role is missing
   * @throws InputException when no article is a reference or none a reprint
   */
  public Verification verifyByRole(String story, List<Article> articles, String file) {
    return verifyByRole(story, articles, file, Progress.NONE);
  }

  /** {@link #verifyByRole(String, List, String)}, telling {@code progress} of the claims found. */
  public Verification verifyByRole(
      String story, List<Article> articles, String file, Progress progress) {
    List<Article> originals = new ArrayList<>();
    List<Article> reprints = new ArrayList<>();
    for (Article a : articles) {
      if ("reference".equals(a.role())) {
        originals.add(a);
      } else if ("reprint".equals(a.role())) {
        reprints.add(a);
      }
    }
    if (originals.isEmpty()) {
      throw new InputException(new Problem(file, 0,
          "no article has 'role: reference'; mark the original with it or use --reference"));
    }
    if (reprints.isEmpty()) {
      throw new InputException(new Problem(file, 0,
          "no article has 'role: reprint'; mark the copies with it or use --reference"));
    }
    return verify(story, originals, reprints, progress);
  }

  /**
   * The originals, an original whose id a reprint also has renamed {@code ID-reference}: inputs
   * read apart may both hold an article {@code a1}, and claim ids must tell them apart.
   */
  private static List<Article> distinct(List<Article> originals, List<Article> reprints) {
    Set<String> taken = new HashSet<>();
    for (Article a : reprints) {
      taken.add(a.id());
    }
    List<Article> out = new ArrayList<>();
    for (Article a : originals) {
      String id = a.id();
      while (taken.contains(id)) {
        id = id + "-reference";
      }
      taken.add(id);
      out.add(id.equals(a.id()) ? a : new Article(id, a.generatedId(), a.headers(), a.defaults(),
          a.body(), a.file(), a.sourceMap(), a.furniture()));
    }
    return out;
  }

  private static int copied(Alignment al) {
    int n = 0;
    for (int s : al.sources()) {
      n += s >= 0 ? 1 : 0;
    }
    return n;
  }

  /**
   * One discrepancy finding per change on a claim, resting on the reprint's claim first; {@code
   * changes} receives the change behind each finding.
   */
  private static Report report(String story, List<Document> documents, ClaimBook book,
      List<Check> checks, Map<String, Verification.Located> changes) {
    List<Finding> findings = new ArrayList<>();
    Map<Document, Boolean> seen = new IdentityHashMap<>();
    for (Check check : checks) {
      seen.put(check.reprint(), true);
      for (Change c : check.changes()) {
        if (!c.onClaim() || c.claims().isEmpty()) {
          continue; // a finding rests on claims; --strict sentence lines are text-only
        }
        List<String> ids = new ArrayList<>();
        for (Claim claim : c.claims()) {
          ids.add(claim.id());
        }
        Relation relation = c.kind() == Kind.NUMBER || c.kind() == Kind.DATE
            ? Relation.CONFLICT : null;
        List<Variant> variants = new ArrayList<>();
        if (c.kind() == Kind.QUOTE && c.reprint() != null && c.original() != null) {
          QuoteRelation rel = c.what().startsWith("speaker")
              ? QuoteRelation.MISATTRIBUTED : QuoteRelation.ALTERED;
          variants.add(new Variant(ids.get(0), rel, c.diff()));
        }
        String subject = check.reprint().article().id() + " against "
            + check.original().article().id() + ": " + c.what();
        String id = "f" + (findings.size() + 1);
        findings.add(new Finding(id, c.kind(), Verdict.DISCREPANCY, relation, subject, ids,
            variants, new Finding.Changed(c.what(), c.original(), c.reprint(), c.diff())));
        changes.put(id, new Verification.Located(check, c));
      }
    }
    return new Report(story, documents, book.all(documents), findings);
  }
}
