package dev.factx.verify;

import dev.factx.analysis.WordDiff.Segment;
import dev.factx.extract.Claim;
import dev.factx.extract.Kind;
import dev.factx.text.Span;
import java.util.List;
import java.util.Objects;

/**
 * One way a reprint departs from its original that touches a claim (or, with {@code --strict}, a
 * whole sentence).
 *
 * @param kind the kind of claim it touches; null for a sentence
 *     without claims cut or added (reported only when strict)
 * @param what what changed, lowercase ("figure changed", "quote added", "sentence with claims cut")
 * @param at where in the reprint's raw body (empty where something was cut)
 * @param original the original's words, or null when the reprint added them
 * @param reprint the reprint's words, or null when the reprint cut them
 * @param diff a word diff for quotes, or null
 * @param claims the claims it rests on: the reprint's first, then the original's
 */
public record Change(
    Kind kind, String what, Span at, String original, String reprint, List<Segment> diff,
    List<Claim> claims) {
  public Change {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(at, "at");
    claims = List.copyOf(claims);
    diff = diff == null ? null : List.copyOf(diff);
    if (original == null && reprint == null) {
      throw new IllegalArgumentException("a change has words on at least one side");
    }
  }

  /** Whether it touches a claim (every change does unless it was reported for --strict). */
  public boolean onClaim() {
    return kind != null;
  }
}
