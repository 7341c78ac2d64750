package dev.factx.analysis;

/**
 * The Jaro-Winkler similarity of two strings exactly as Apache Commons Text's {@code
 * JaroWinklerSimilarity} (1.14) computes it, the same steps in the same order so that every score
 * is the same double, without its cost: Commons Text reads both strings through a boxing view
 * (every character compared is a {@code Character} and {@code equals}), which made the score the
 * largest cost of telling many people apart. {@code JaroWinklerTest} compares the two on
 * generated pairs.
 *
 * <p>Equal strings score 1 (two empty ones too). Matching characters are equal ones within {@code max(longer / 2 - 1, 0)} places of each
 * other, each character of the longer string used once, the shorter read from its start; the
 * transpositions are half the places where the two matched sequences differ; the Winkler boost
 * (0.1 for each of up to four equal leading characters) is given to Jaro scores of 0.7 or more.
 */
final class JaroWinkler {
  private JaroWinkler() {}

  /** The similarity of {@code first} and {@code second}, from 0 (nothing in common) to 1. */
  static double similarity(String first, String second) {
    if (first.equals(second)) {
      return 1.0; // the empty string too, as Commons Text has it
    }
    String max;
    String min;
    if (first.length() > second.length()) {
      max = first;
      min = second;
    } else {
      max = second;
      min = first;
    }
    int range = Math.max(max.length() / 2 - 1, 0);
    int[] matchIndexes = new int[min.length()];
    boolean[] matchFlags = new boolean[max.length()];
    int matches = 0;
    for (int mi = 0; mi < min.length(); mi++) {
      matchIndexes[mi] = -1;
      char c = min.charAt(mi);
      for (int xi = Math.max(mi - range, 0), end = Math.min(mi + range + 1, max.length());
          xi < end; xi++) {
        if (!matchFlags[xi] && c == max.charAt(xi)) {
          matchIndexes[mi] = xi;
          matchFlags[xi] = true;
          matches++;
          break;
        }
      }
    }
    // the matched characters of the shorter in its order against the longer's in its order
    int halfTranspositions = 0;
    int xi = 0;
    for (int mi = 0; mi < min.length(); mi++) {
      if (matchIndexes[mi] == -1) {
        continue;
      }
      while (!matchFlags[xi]) {
        xi++;
      }
      if (min.charAt(mi) != max.charAt(xi)) {
        halfTranspositions++;
      }
      xi++;
    }
    int prefix = 0;
    for (int i = 0; i < Math.min(4, min.length()); i++) {
      if (first.charAt(i) != second.charAt(i)) {
        break;
      }
      prefix++;
    }
    double m = matches;
    if (m == 0) {
      return 0.0;
    }
    double jaro =
        (m / first.length() + m / second.length() + (m - halfTranspositions / 2.0) / m) / 3.0;
    return jaro < 0.7 ? jaro : jaro + 0.1 * prefix * (1.0 - jaro);
  }
}
