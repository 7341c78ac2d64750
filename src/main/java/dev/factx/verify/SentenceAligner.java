package dev.factx.verify;

import dev.factx.clean.Document;
import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.CosineSimilarity;

/**
 * Finds, for each sentence of a reprint, the sentence of the original it came from (text reuse).
 *
 * <p>Candidates come from an inverted index of the original's words and word pairs, so reordered
 * paragraphs, cuts and inserted sentences cost nothing extra and the work grows with the number of
 * sentences, not with its square. Candidates are scored by the cosine similarity of their word
 * counts (Commons Text {@link CosineSimilarity}), which a changed figure or word barely moves; a
 * tie goes to the candidate nearest the place the previous sentence suggests.
 */
final class SentenceAligner {
  /** The least similarity at which a reprint sentence counts as a copy of an original one. */
  static final double DEFAULT_THRESHOLD = 0.5;

  // keys in more original sentences than this say little about where a sentence came from
  private static final int COMMON_KEY = 48;
  private static final int CANDIDATES = 8;
  private static final CosineSimilarity COSINE = new CosineSimilarity();

  private final double threshold;

  SentenceAligner() {
    this(DEFAULT_THRESHOLD);
  }

  SentenceAligner(double threshold) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
    }
    this.threshold = threshold;
  }

  /** Aligns the sentences of a reprint to those of its original. */
  Alignment align(Document original, Document reprint) {
    List<Sentence> from = sentences(original);
    List<Sentence> to = sentences(reprint);
    Map<String, List<Integer>> index = new HashMap<>();
    List<Map<CharSequence, Integer>> vectors = new ArrayList<>(from.size());
    for (Sentence s : from) {
      for (String key : keys(s.tokens())) {
        List<Integer> postings = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (postings.isEmpty() || postings.get(postings.size() - 1) != s.index()) {
          postings.add(s.index());
        }
      }
      vectors.add(vector(s.tokens()));
    }
    List<Integer> sources = new ArrayList<>(to.size());
    List<Double> scores = new ArrayList<>(to.size());
    int expected = 0;
    for (Sentence s : to) {
      Map<Integer, Integer> votes = new HashMap<>();
      for (String key : keys(s.tokens())) {
        List<Integer> postings = index.get(key);
        if (postings != null && postings.size() <= COMMON_KEY) {
          int weight = key.indexOf(' ') >= 0 ? 2 : 1;
          for (int p : postings) {
            votes.merge(p, weight, Integer::sum);
          }
        }
      }
      List<Integer> candidates = new ArrayList<>(votes.keySet());
      candidates.sort((a, b) -> votes.get(b) - votes.get(a) != 0 ? votes.get(b) - votes.get(a) : a - b);
      Map<CharSequence, Integer> v = vector(s.tokens());
      int best = -1;
      double bestScore = 0;
      for (int c : candidates.subList(0, Math.min(CANDIDATES, candidates.size()))) {
        double score = v.isEmpty() ? 0 : COSINE.cosineSimilarity(v, vectors.get(c));
        boolean better = score > bestScore + 1e-9
            || (Math.abs(score - bestScore) <= 1e-9 && best >= 0
                && Math.abs(c - expected) < Math.abs(best - expected));
        if (better) {
          best = c;
          bestScore = score;
        }
      }
      if (best >= 0 && bestScore >= threshold) {
        sources.add(best);
        scores.add(bestScore);
        expected = best + 1;
      } else {
        sources.add(-1);
        scores.add(0.0);
      }
    }
    return new Alignment(from, to, sources, scores);
  }

  /**
   * The sentences of a document, with a sentence that a line break split (the piece before the
   * break ends without . ! or ?) joined to the next piece of the same paragraph.
   */
  static List<Sentence> sentences(Document d) {
    String text = d.text().value();
    List<Span> merged = new ArrayList<>();
    int lastParagraph = -2;
    for (Span s : d.sentences()) {
      int paragraph = paragraphOf(d.paragraphs(), s);
      if (!merged.isEmpty() && paragraph == lastParagraph && paragraph >= 0
          && !terminated(text, merged.get(merged.size() - 1))) {
        Span prev = merged.remove(merged.size() - 1);
        merged.add(new Span(prev.start(), s.end()));
      } else {
        merged.add(s);
      }
      lastParagraph = paragraph;
    }
    List<Sentence> out = new ArrayList<>(merged.size());
    for (Span s : merged) {
      List<Token> tokens = Token.words(text, s);
      if (!tokens.isEmpty()) {
        out.add(new Sentence(out.size(), s, tokens));
      }
    }
    return out;
  }

  private static int paragraphOf(List<Span> paragraphs, Span sentence) {
    int lo = 0;
    int hi = paragraphs.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span p = paragraphs.get(mid);
      if (p.end() <= sentence.start()) {
        lo = mid + 1;
      } else if (p.start() > sentence.start()) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  private static boolean terminated(String text, Span s) {
    int i = s.end() - 1;
    while (i > s.start() && (text.charAt(i) == '"' || text.charAt(i) == '\'' || text.charAt(i) == ')')) {
      i--;
    }
    char c = text.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == ':';
  }

  private static List<String> keys(List<Token> tokens) {
    List<String> keys = new ArrayList<>(tokens.size() * 2);
    for (int i = 0; i < tokens.size(); i++) {
      keys.add(tokens.get(i).key());
      if (i + 1 < tokens.size()) {
        keys.add(tokens.get(i).key() + ' ' + tokens.get(i + 1).key());
      }
    }
    return keys;
  }

  private static Map<CharSequence, Integer> vector(List<Token> tokens) {
    Map<CharSequence, Integer> v = new HashMap<>();
    for (Token t : tokens) {
      v.merge(t.key(), 1, Integer::sum);
    }
    return v;
  }
}
