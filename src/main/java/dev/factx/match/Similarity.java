package dev.factx.match;

import dev.factx.analysis.WordDiff;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How alike two word sequences are, for deciding that two quotes are one statement.
 *
 * <p>Contract: the score is in {@code [0, 1]}, symmetric ({@code score(a, b) == score(b, a)}), 0
 * when either sequence is empty and 1 for two equal non-empty sequences. Implementations compare
 * the words as given; callers normalize them first.
 */
@FunctionalInterface
public interface Similarity {
  /** The similarity of two word sequences. */
  double score(List<String> a, List<String> b);

  /**
   * The longest common word subsequence over the length of the shorter sequence (an overlap
   * coefficient that keeps word order): 1 when one quote is a cut of the other, high when a few
   * words were changed, low for different statements on the same topic.
   */
  Similarity LCS_OVERLAP =
      // a class rather than a lambda: a lambda's call site costs a cold start its linking
      new Similarity() {
        @Override
        public double score(List<String> a, List<String> b) {
          if (a.isEmpty() || b.isEmpty()) {
            return 0;
          }
          return (double) commonWords(a, b) / Math.min(a.size(), b.size());
        }
      };

  /** The similarity the matchers use unless told otherwise. */
  Similarity DEFAULT = LCS_OVERLAP;

  /** The length of the longest common subsequence of two word sequences. */
  static int commonWords(List<String> a, List<String> b) {
    Map<String, Character> codes = new HashMap<>();
    String x = WordDiff.encode(a, codes);
    String y = WordDiff.encode(b, codes);
    return Lcs.length(x, y);
  }
}
