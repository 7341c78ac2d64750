package dev.factx.verify;

import java.util.List;
import java.util.Objects;

/**
 * Which sentence of the original each sentence of a reprint came from.
 *
 * @param original the original's sentences
 * @param reprint the reprint's sentences
 * @param sources for each reprint sentence, the index of its original sentence, or -1 when the
 *     reprint added it
 * @param scores for each reprint sentence, the similarity to its original sentence in [0, 1] (0
 *     when added)
 */
record Alignment(
    List<Sentence> original, List<Sentence> reprint, List<Integer> sources, List<Double> scores) {
  Alignment {
    original = List.copyOf(original);
    reprint = List.copyOf(reprint);
    sources = List.copyOf(sources);
    scores = List.copyOf(scores);
    if (sources.size() != reprint.size() || scores.size() != reprint.size()) {
      throw new IllegalArgumentException("an alignment needs one source per reprint sentence");
    }
    Objects.requireNonNull(original);
  }

  /** The original sentence a reprint sentence came from, or null when the reprint added it. */
  Sentence sourceOf(int reprintIndex) {
    int s = sources.get(reprintIndex);
    return s < 0 ? null : original.get(s);
  }

  /** For each original sentence, whether some reprint sentence came from it. */
  boolean[] kept() {
    boolean[] kept = new boolean[original.size()];
    for (int s : sources) {
      if (s >= 0) {
        kept[s] = true;
      }
    }
    return kept;
  }
}
