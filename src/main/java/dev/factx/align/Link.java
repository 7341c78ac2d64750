package dev.factx.align;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Two statements of different articles that report the same thing, and why the alignment says so.
 *
 * @param id {@code aN}, given when the report is put together (null before)
 * @param a the statement of the article that comes first in the bundle
 * @param b the statement of the other article
 * @param score how alike the two are, in [0, 1], two decimals
 * @param basis what made them alike
 */
public record Link(String id, Statement a, Statement b, BigDecimal score, Basis basis) {
  /** What made two statements alike. */
  public enum Basis {
    /** One is a copy of the other, or of it with a figure or date changed (wire copy, reprints). */
    COPY,
    /** They share enough rare words, names, figures and dates. */
    WORDS,
    /**
     * Only the words around one figure in each are alike: enough to say the figures agree, never
     * enough to report a discrepancy.
     */
    FIGURE;

    /** The basis as the JSON report writes it ({@code copy}, {@code words}, {@code figure}). */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Link {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(basis, "basis");
    if (a.articleId().equals(b.articleId())) {
      throw new IllegalArgumentException("a link joins statements of two articles");
    }
    if (score.signum() < 0 || score.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("a link's score is in [0, 1], not " + score);
    }
  }

  /** A link scored by a similarity in [0, 1], kept to two decimals. */
  static Link of(Statement a, Statement b, double similarity, Basis basis) {
    double s = Math.max(0, Math.min(1, similarity));
    return new Link(null, a, b, BigDecimal.valueOf(s).setScale(2, RoundingMode.HALF_UP), basis);
  }

  /** Whether the link joins whole statements (copy or words), which a discrepancy may rest on. */
  public boolean statements() {
    return basis != Basis.FIGURE;
  }

  /** This link with its report id. */
  public Link withId(String newId) {
    return new Link(newId, a, b, score, basis);
  }

  /** What two links joining the same statements on the same basis share (ids, scores aside). */
  public String key() {
    return basis + "|" + a.articleId() + ":" + a.index() + "|" + b.articleId() + ":" + b.index();
  }
}
