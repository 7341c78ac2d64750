package dev.factx.extract;

import dev.factx.text.Span;

/** Something an article states that another article can confirm or contradict. */
public sealed interface Claim permits Quote, NumericClaim, DateClaim, RoleClaim {
  /** {@code ARTICLE:KN}, K the kind's letter (q, n, d, r) and N its 1-based place in the article. */
  String id();

  String articleId();

  /** Where the claim stands in the raw article body. */
  Span span();

  /** The claim exactly as it stands in the article body. */
  String text();

  /** What kind of claim it is. */
  Kind kind();
}
