package dev.factx.match;

import dev.factx.align.Link;
import java.util.List;
import java.util.Objects;

/**
 * What the articles say together about one claim: the claims it rests on and a verdict.
 *
 * @param id {@code fN}, given when the report is put together (null before)
 * @param kind the claim kind: {@code quote}, {@code number}, {@code date}, {@code role}
 * @param verdict agree, discrepancy or unique
 * @param relation for numbers and dates: {@code same}, {@code differs} or {@code conflict}; else
 *     null
 * @param subject what the finding is about, for people ("Matthew Miller: \"...\"")
 * @param claims ids of every claim the finding rests on
 * @param variants for quotes, how each claim stands against the longest form; else empty
 * @param message one sentence for people
 * @param alignments for numbers and dates, the statement links the comparison rests on (why two
 *     claims were compared); else empty
 */
public record Finding(
    String id,
    String kind,
    Verdict verdict,
    String relation,
    String subject,
    List<String> claims,
    List<Variant> variants,
    String message,
    List<Link> alignments) {
  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(verdict, "verdict");
    claims = List.copyOf(claims);
    variants = List.copyOf(variants);
    alignments = List.copyOf(alignments);
    if (claims.isEmpty()) {
      throw new IllegalArgumentException("a finding rests on at least one claim");
    }
  }

  /** A finding that rests on no alignment. */
  public Finding(String id, String kind, Verdict verdict, String relation, String subject,
      List<String> claims, List<Variant> variants, String message) {
    this(id, kind, verdict, relation, subject, claims, variants, message, List.of());
  }

  /** This finding with its report id. */
  public Finding withId(String newId) {
    return new Finding(newId, kind, verdict, relation, subject, claims, variants, message,
        alignments);
  }

  /** This finding resting on these alignments. */
  public Finding withAlignments(List<Link> links) {
    return new Finding(id, kind, verdict, relation, subject, claims, variants, message, links);
  }
}
