package dev.factx;

/**
 * What a long run tells whoever watches it, as it goes; every method may be called from any
 * thread. The pipeline only counts: saying it (or not) is the caller's.
 */
public interface Progress {
  /** Tells nothing. */
  Progress NONE = new Progress() {};

  /** One more article was read. */
  default void articleRead() {}

  /**
   * One document's claims of one kind were found.
   *
   * @param claims how many
   * @param tasks how many such calls the whole extraction makes (documents times kinds)
   */
  default void claimsFound(int claims, int tasks) {}

  /** Matching began, on this many claims. */
  default void matching(int claims) {}
}
