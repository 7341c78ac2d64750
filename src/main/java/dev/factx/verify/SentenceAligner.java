package dev.factx.verify;

import dev.factx.analysis.Word;
import dev.factx.analysis.Document;
import dev.factx.text.MapValues;
import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.Collections;
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
 * counts (Commons Text {@link CosineSimilarity}), which a changed figure or word barely moves.
 * Each original sentence is given to at most one reprint sentence, the most similar.
 */
final class SentenceAligner {
  /** The least similarity at which a reprint sentence counts as a copy of an original one. */
  static final double DEFAULT_THRESHOLD = 0.5;

  // keys in more original sentences than this say little about where a sentence came from
  private static final int COMMON_KEY = 48;
  private static final int CANDIDATES = 8;
  private static final CosineSimilarity COSINE = new CosineSimilarity();

  /**
   * Aligns the sentences of a reprint to those of its original. Where one side lost a paragraph
   * break after a line without a stop (a headline run into the lead), that line is read with the
   * sentence after it on the other side too, and the sentences are aligned again.
   */
  Alignment align(Document original, Document reprint) {
    List<Sentence> from = sentences(original);
    List<Sentence> to = sentences(reprint);
    Alignment first = align(from, to);
    List<Integer> reprintOf = new ArrayList<>(Collections.nCopies(from.size(), -1));
    List<Double> scoreOf = new ArrayList<>(Collections.nCopies(from.size(), 0.0));
    for (int j = 0; j < to.size(); j++) {
      int i = first.sources().get(j);
      if (i >= 0) {
        reprintOf.set(i, j);
        scoreOf.set(i, first.scores().get(j));
      }
    }
    List<Sentence> joinedFrom = joinLostBreaks(original, from, to, reprintOf, scoreOf);
    List<Sentence> joinedTo = joinLostBreaks(reprint, to, from, first.sources(), first.scores());
    if (joinedFrom == from && joinedTo == to) {
      return first;
    }
    return align(joinedFrom, joinedTo);
  }

  /**
   * The sentences of one side, with a sentence that ends without a stop joined to the one after
   * it when only one of the two found a partner on the other side and that partner is more like
   * the two joined than like the one alone (the other side ran them into one sentence); the same
   * list when none is joined.
   */
  private static List<Sentence> joinLostBreaks(Document d, List<Sentence> side,
      List<Sentence> other, List<Integer> partners, List<Double> scores) {
    String text = d.text().value();
    List<Sentence> out = new ArrayList<>(side.size());
    boolean joined = false;
    for (int i = 0; i < side.size(); i++) {
      Sentence s = side.get(i);
      // one of the two found the other side's sentence; the other found none
      int partnered = i + 1 < side.size() && (partners.get(i) < 0) != (partners.get(i + 1) < 0)
          ? (partners.get(i) < 0 ? i + 1 : i) : -1;
      if (partnered >= 0 && !terminated(text, s.span())) {
        Sentence next = side.get(i + 1);
        List<Word> tokens = new ArrayList<>(s.tokens());
        tokens.addAll(next.tokens());
        double together = COSINE.cosineSimilarity(vector(tokens),
            vector(other.get(partners.get(partnered)).tokens()));
        if (together > scores.get(partnered)) {
          out.add(new Sentence(out.size(), new Span(s.span().start(), next.span().end()), tokens));
          i++;
          joined = true;
          continue;
        }
      }
      out.add(new Sentence(out.size(), s.span(), s.tokens()));
    }
    return joined ? out : side;
  }

  private Alignment align(List<Sentence> from, List<Sentence> to) {
    Map<String, List<Integer>> index = new HashMap<>();
    List<Map<CharSequence, Integer>> vectors = new ArrayList<>(from.size());
    for (Sentence s : from) {
      for (String key : keys(s.tokens())) {
        List<Integer> postings = index.computeIfAbsent(key, MapValues.list());
        if (postings.isEmpty() || postings.get(postings.size() - 1) != s.index()) {
          postings.add(s.index());
        }
      }
      vectors.add(vector(s.tokens()));
    }
    // every reprint sentence's candidates that pass the threshold, best first
    List<double[]> options = new ArrayList<>(); // {reprint, original, score}
    for (Sentence s : to) {
      Map<Integer, Integer> votes = new HashMap<>();
      for (String key : keys(s.tokens())) {
        List<Integer> postings = index.get(key);
        if (postings != null && postings.size() <= COMMON_KEY) {
          int weight = key.indexOf(' ') >= 0 ? 2 : 1;
          for (int p : postings) {
            MapValues.add(votes, p, weight);
          }
        }
      }
      List<Integer> candidates = new ArrayList<>(votes.keySet());
      candidates.sort(new MostVotesFirst(votes));
      Map<CharSequence, Integer> v = vector(s.tokens());
      for (int c : candidates.subList(0, Math.min(CANDIDATES, candidates.size()))) {
        double score = COSINE.cosineSimilarity(v, vectors.get(c));
        if (score >= DEFAULT_THRESHOLD) {
          options.add(new double[] {s.index(), c, score});
        }
      }
    }
    // one copy per original sentence: the best-scoring pairs first, so that a sentence the
    // reprint added is not taken for a second copy of a sentence it also kept; among equals, the
    // pair nearest the diagonal (the place proportional to the sentence's own)
    double ratio = to.isEmpty() ? 1 : (double) from.size() / to.size();
    options.sort(new BestFirst(ratio));
    Integer[] source = new Integer[to.size()];
    Double[] score = new Double[to.size()];
    boolean[] taken = new boolean[from.size()];
    for (double[] o : options) {
      int r = (int) o[0];
      int c = (int) o[1];
      if (source[r] == null && !taken[c]) {
        source[r] = c;
        score[r] = o[2];
        taken[c] = true;
      }
    }
    List<Integer> sources = new ArrayList<>(to.size());
    List<Double> scores = new ArrayList<>(to.size());
    for (int r = 0; r < to.size(); r++) {
      sources.add(source[r] == null ? -1 : source[r]);
      scores.add(score[r] == null ? 0.0 : score[r]);
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
      List<Word> tokens = d.words(s);
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
    return c == '.' || c == '!' || c == '?';
  }

  private static List<String> keys(List<Word> tokens) {
    List<String> keys = new ArrayList<>(tokens.size() * 2);
    for (int i = 0; i < tokens.size(); i++) {
      keys.add(tokens.get(i).key());
      if (i + 1 < tokens.size()) {
        keys.add(tokens.get(i).key() + ' ' + tokens.get(i + 1).key());
      }
    }
    return keys;
  }

  private static Map<CharSequence, Integer> vector(List<Word> tokens) {
    Map<CharSequence, Integer> v = new HashMap<>();
    for (Word t : tokens) {
      MapValues.count(v, t.key());
    }
    return v;
  }

  // The orders below are classes rather than lambdas: a lambda's call site is linked at its first
  // run, about a tenth of a millisecond of a cold start.

  /** Candidates with more votes first, then by index. */
  private static final class MostVotesFirst implements java.util.Comparator<Integer> {
    private final Map<Integer, Integer> votes;

    MostVotesFirst(Map<Integer, Integer> votes) {
      this.votes = votes;
    }

    @Override
    public int compare(Integer a, Integer b) {
      return votes.get(b) - votes.get(a) != 0 ? votes.get(b) - votes.get(a) : a - b;
    }
  }

  /**
   * Pairs {reprint, original, score} with the best score first, then the one nearest the diagonal
   * (the place proportional to the sentence's own, at {@code ratio}).
   */
  private static final class BestFirst implements java.util.Comparator<double[]> {
    private final double ratio;

    BestFirst(double ratio) {
      this.ratio = ratio;
    }

    @Override
    public int compare(double[] x, double[] y) {
      return x[2] != y[2] ? Double.compare(y[2], x[2])
          : Double.compare(Math.abs(x[1] - x[0] * ratio), Math.abs(y[1] - y[0] * ratio));
    }
  }
}
