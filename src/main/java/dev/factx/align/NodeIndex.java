package dev.factx.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pieces of text (statements, or the words around figures) gathered into nodes, with an inverted
 * index over the nodes' terms, and the pairs of nodes that are alike.
 *
 * <p>A node is one piece of text and every copy of it: pieces with the same group key (the same
 * words, or the same words but for a figure or date) are one node, so a sentence carried by a
 * thousand articles is indexed and compared once. A node's terms are weighed by how rare they are
 * in the article of its first piece, {@code log((n + PRIOR + 1) / df)} for a term in {@code df}
 * of the article's {@code n} pieces, times their kind's boost: a weight never depends on the rest
 * of the bundle, so adding articles moves no score. Two nodes are as alike as the cosine of their
 * weighted vectors, with the rules of {@link #score}.
 *
 * <p><b>Linear through a fixed cap.</b> Candidates come from the inverted index, whose postings
 * list the nodes of a term in bundle order. Two nodes are compared when they stand at most {@link
 * #WINDOW} places apart in the postings of a term they share; in a term of at most {@code
 * WINDOW + 1} nodes that is every pair. The work per node is bounded by its terms times the cap,
 * whatever the size of the bundle; the cap is a fixed number, not a share of the bundle (a share
 * grows with the bundle and makes the work quadratic again). What the cap costs: two nodes whose
 * every shared term is carried by more than {@code WINDOW} nodes between them are not compared.
 * What it keeps, and why a bundle does not lose a finding by growing: a pair once compared stays
 * compared when articles are added after the existing ones (postings grow only at their end, so
 * places already given never move and no distance between them grows); copies are one node
 * however many articles carry them; and every node still meets the {@code WINDOW} nearest nodes
 * on each side that share each of its terms, which, for many articles reporting one figure in
 * their own words, chains them all.
 */
final class NodeIndex {
  /**
   * Pieces that hold none of a term, assumed besides an article's own when weighing its terms: in
   * an article of a few sentences every term would otherwise count as common.
   */
  static final int PRIOR = 20;

  /** How far apart in a term's postings two nodes may stand and still be compared. */
  static final int WINDOW = 48;

  private final Map<String, Integer> termIds = new HashMap<>();
  /** Per term: {@link #COUNTED} and {@link #WORD} as its kind (of its first piece) says. */
  private byte[] termFlags = new byte[64];
  private int termCount;
  private final Map<String, Integer> byKey = new HashMap<>();
  private final List<int[]> termList = new ArrayList<>();
  private final List<double[]> weightList = new ArrayList<>();
  private final List<int[]> shingleList = new ArrayList<>();
  /** Per node: the article of its first piece, and whether pieces of other articles joined it. */
  private int[] home = new int[64];
  private boolean[] many = new boolean[64];
  private int nodeCount;
  /**
   * Per article: in how many of its pieces each term stands, as the terms' ids (increasing) and
   * their counts, or null for an article of no piece; the article being added counts in {@link
   * #counting} (by term id, the ids it touched in {@link #touched}), and is put here when another
   * article's pieces come (memory at 10,000 articles: a map per article held a million boxed
   * entries). And how many pieces each article has.
   */
  private final List<int[]> dfIds = new ArrayList<>();
  private final List<int[]> dfCounts = new ArrayList<>();
  private int[] counting = new int[64];
  private int[] touched = new int[64];
  private int touchedCount;
  private int countingArticle = -1;
  private int[] articlePieces = new int[16];
  private int articles;
  private double[] norms;
  /** The nodes' terms (increasing ids), weights and shingles, as arrays once finished. */
  private int[][] terms;
  private double[][] weights;
  private int[][] shingles;
  /**
   * Per node, once finished: a 64-bit signature of its terms (a bit for each, by its id) and of
   * its shingles, and how many of either share a bit with another of the node's own: what
   * bounds, without a merge, how many two nodes share ({@link #sharedAtMost}).
   */
  private long[] termSigns;
  private int[] termClashes;
  private long[] shingleSigns;
  private int[] shingleClashes;
  private int[][] postings;
  /** How many postings the last {@link #pairs} visited: the work the cap bounds. */
  long visited;

  /** A term's flag: sharing it counts towards the shared terms ({@link Terms.Kind#counted}). */
  private static final byte COUNTED = 1;
  /** A term's flag: it is counted and says more than a figure ({@link Terms.Kind#figure}). */
  private static final byte WORD = 2;

  /** How many nodes there are. */
  int size() {
    return nodeCount;
  }

  /**
   * Adds a piece of text and returns its node: the node of its group key when one was added
   * before, else a new one.
   *
   * @param groupKey what copies of the piece share, or null for a node of its own
   * @param pieceTerms its terms, in text order
   * @param pieceShingles hashes of its word trigrams, for the near-copy rule
   * @param article the index of its article in the bundle
   */
  int add(String groupKey, List<Terms.Term> pieceTerms, int[] pieceShingles, int article) {
    if (groupKey != null) {
      Integer node = byKey.get(groupKey);
      if (node != null) {
        if (home[node] != article) {
          many[node] = true;
        }
        count(article, termList.get(node));
        return node;
      }
    }
    // the terms' ids in text order, then each id once (increasing) with its boosts summed in
    // text order, as a map merging them would
    int n = pieceTerms.size();
    int[] occurrences = new int[n];
    for (int i = 0; i < n; i++) {
      Terms.Term t = pieceTerms.get(i);
      Integer id = termIds.get(t.key());
      if (id == null) {
        id = termCount;
        termIds.put(t.key(), id);
        if (termCount == termFlags.length) {
          termFlags = Arrays.copyOf(termFlags, 2 * termCount);
        }
        termFlags[termCount++] = flags(t.kind());
      }
      occurrences[i] = id;
    }
    int[] ids = occurrences.clone();
    Arrays.sort(ids);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (distinct == 0 || ids[i] != ids[distinct - 1]) {
        ids[distinct++] = ids[i];
      }
    }
    ids = Arrays.copyOf(ids, distinct);
    double[] w = new double[distinct];
    for (int i = 0; i < n; i++) {
      w[Arrays.binarySearch(ids, occurrences[i])] += pieceTerms.get(i).kind().boost;
    }
    int node = nodeCount;
    if (node == home.length) {
      home = Arrays.copyOf(home, 2 * node);
      many = Arrays.copyOf(many, 2 * node);
    }
    home[node] = article;
    nodeCount++;
    termList.add(ids);
    weightList.add(w);
    shingleList.add(pieceShingles);
    if (groupKey != null) {
      byKey.put(groupKey, node);
    }
    count(article, ids);
    return node;
  }

  private static byte flags(Terms.Kind kind) {
    return (byte) (kind.counted() ? COUNTED | (kind.figure() ? 0 : WORD) : 0);
  }

  /** Counts a piece's terms among its article's. */
  private void count(int article, int[] ids) {
    if (article >= articles) {
      if (article >= articlePieces.length) {
        articlePieces = Arrays.copyOf(articlePieces, Math.max(2 * articlePieces.length,
            article + 1));
      }
      while (articles <= article) {
        dfIds.add(null);
        dfCounts.add(null);
        articles++;
      }
    }
    if (counting.length < termCount) {
      counting = Arrays.copyOf(counting, Math.max(2 * counting.length, termCount));
    }
    if (article != countingArticle) {
      putAway();
      countingArticle = article;
      // an article whose pieces do not come in a row goes on from what it counted before
      int[] before = dfIds.get(article);
      for (int i = 0; before != null && i < before.length; i++) {
        touch(before[i]);
        counting[before[i]] = dfCounts.get(article)[i];
      }
    }
    for (int id : ids) {
      if (counting[id]++ == 0) {
        touch(id);
      }
    }
    articlePieces[article]++;
  }

  private void touch(int id) {
    if (touchedCount == touched.length) {
      touched = Arrays.copyOf(touched, 2 * touchedCount);
    }
    touched[touchedCount++] = id;
  }

  /** Puts the counts of the article being added into {@link #dfIds} and {@link #dfCounts}. */
  private void putAway() {
    if (countingArticle < 0) {
      return;
    }
    int[] ids = Arrays.copyOf(touched, touchedCount);
    Arrays.sort(ids);
    int[] counts = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      counts[i] = counting[ids[i]];
      counting[ids[i]] = 0;
    }
    dfIds.set(countingArticle, ids);
    dfCounts.set(countingArticle, counts);
    touchedCount = 0;
    countingArticle = -1;
  }

  /** In how many of an article's pieces a term of one of them stands. */
  private int df(int article, int id) {
    return dfCounts.get(article)[Arrays.binarySearch(dfIds.get(article), id)];
  }

  /** The 64-bit signature of distinct values: one bit for each, by a mix of its bits. */
  static long sign(int[] values) {
    long sign = 0;
    for (int v : values) {
      sign |= 1L << ((v * 0x9E3779B97F4A7C15L) >>> 58);
    }
    return sign;
  }

  /**
   * At least how many values two sets of distinct values share, given their {@link #sign}s and
   * how many values of each clash (share a bit with another of the same set: its size less the
   * bits its signature sets). Each shared value sets a bit of both signatures; the shared values
   * on distinct bits are at most the bits the two have in common, and the rest clash with
   * another of the same set.
   */
  static int sharedAtMost(long signA, int clashesA, long signB, int clashesB) {
    return Long.bitCount(signA & signB) + Math.min(clashesA, clashesB);
  }

  /** Weighs every term by how rare it is in its node's article and builds the postings. */
  void finish() {
    putAway();
    int n = size();
    terms = termList.toArray(new int[0][]);
    weights = weightList.toArray(new double[0][]);
    shingles = shingleList.toArray(new int[0][]);
    termList.clear();
    weightList.clear();
    shingleList.clear();
    int[] df = new int[termCount];
    for (int[] ids : terms) {
      for (int id : ids) {
        df[id]++;
      }
    }
    norms = new double[n];
    for (int node = 0; node < n; node++) {
      int[] ids = terms[node];
      double[] w = weights[node];
      double sum = 0;
      int article = home[node];
      for (int i = 0; i < ids.length; i++) {
        w[i] *= Math.log((articlePieces[article] + PRIOR + 1.0) / df(article, ids[i]));
        sum += w[i] * w[i];
      }
      norms[node] = Math.sqrt(sum);
    }
    termSigns = new long[n];
    termClashes = new int[n];
    shingleSigns = new long[n];
    shingleClashes = new int[n];
    for (int node = 0; node < n; node++) {
      termSigns[node] = sign(terms[node]);
      termClashes[node] = terms[node].length - Long.bitCount(termSigns[node]);
      shingleSigns[node] = sign(shingles[node]);
      shingleClashes[node] = shingles[node].length - Long.bitCount(shingleSigns[node]);
    }
    postings = new int[df.length][];
    int[] filled = new int[df.length];
    for (int t = 0; t < df.length; t++) {
      postings[t] = new int[df[t]];
    }
    for (int node = 0; node < n; node++) {
      for (int id : terms[node]) {
        postings[id][filled[id]++] = node;
      }
    }
    // what only adding and weighing read goes now (memory at 10,000 articles); nothing is
    // added to a finished index
    termIds.clear();
    byKey.clear();
    dfIds.clear();
    dfCounts.clear();
    articlePieces = null;
    counting = null;
    touched = null;
  }

  /**
   * The pairs of nodes of different articles whose score reaches {@code threshold}, each node
   * keeping its {@code partners} best (a pair stays when either of its nodes keeps it).
   */
  Links pairs(double threshold, int partners) {
    int n = size();
    // each node's candidates and scores depend on the finished index alone: the nodes are cut
    // into ranges scored side by side, and the ranges' pairs joined in node order
    int ranges = (n + PAIRS_RANGE - 1) / PAIRS_RANGE;
    // each thread's marks (mark[y] == x + 1 when y is already a candidate of x) serve every
    // range it takes: x is met once in all, so no mark of another x ever equals x + 1
    List<Range> done = java.util.stream.IntStream.range(0, ranges).parallel()
        .mapToObj(new Scoring(this, n, threshold, new Marks(n)))
        .toList();
    int count = 0;
    visited = 0;
    for (Range r : done) {
      count += r.count();
      visited += r.visited();
    }
    long[] keys = new long[count];
    double[] scores = new double[count];
    int at = 0;
    for (Range r : done) {
      System.arraycopy(r.keys(), 0, keys, at, r.count());
      System.arraycopy(r.scores(), 0, scores, at, r.count());
      at += r.count();
    }
    done = null; // the ranges' copies go before the links are built (memory at 10,000 articles)
    if (partners == Integer.MAX_VALUE) {
      return new Links(keys, scores, n); // every pair kept, already in key order
    }
    List<double[]> found = new ArrayList<>(count); // {x, y, score}
    for (int i = 0; i < count; i++) {
      found.add(new double[] {(int) (keys[i] >>> 32), (int) keys[i], scores[i]});
    }
    Map<Long, Double> kept = keepBest(found, partners);
    long[] keptKeys = new long[kept.size()];
    int k = 0;
    for (long key : kept.keySet()) {
      keptKeys[k++] = key;
    }
    Arrays.sort(keptKeys);
    double[] keptScores = new double[keptKeys.length];
    for (int i = 0; i < keptKeys.length; i++) {
      keptScores[i] = kept.get(keptKeys[i]);
    }
    return new Links(keptKeys, keptScores, n);
  }

  /**
   * How many nodes one task of {@link #pairs} takes: small enough that the tasks of a bundle of
   * a few thousand nodes keep two cores busy to the end.
   */
  private static final int PAIRS_RANGE = 512;

  /** The pairs found from the nodes of a range, in key order, and the postings visited. */
  private record Range(long[] keys, double[] scores, int count, long visited) {}

  /**
   * Each thread's marks, {@code n} of them. Classes rather than lambdas, here and in {@link
   * Scoring}: a lambda's call site is linked at its first run, a cost paid at every start.
   */
  private static final class Marks extends ThreadLocal<int[]> {
    private final int n;

    Marks(int n) {
      this.n = n;
    }

    @Override
    protected int[] initialValue() {
      return new int[n];
    }
  }

  /** Scores range {@code r} of the {@code n} nodes, with the marks of the thread it runs on. */
  private record Scoring(NodeIndex index, int n, double threshold, Marks marks)
      implements java.util.function.IntFunction<Range> {
    @Override
    public Range apply(int r) {
      return index.pairs(r * PAIRS_RANGE, Math.min(n, (r + 1) * PAIRS_RANGE), threshold,
          marks.get());
    }
  }

  /** The pairs of the nodes x in [from, to) with later nodes, in increasing order of key. */
  private Range pairs(int from, int to, double threshold, int[] mark) {
    int[] touched = new int[16];
    long[] keys = new long[64];
    double[] scores = new double[64];
    int[] shared = new int[64]; // score's buffer, one for the range
    int count = 0;
    long seen = 0;
    for (int x = from; x < to; x++) {
      int touchedCount = 0;
      int[] ids = terms[x];
      for (int id : ids) {
        // the nodes after this one in the term's postings, at most WINDOW of them: every pair
        // of nodes within WINDOW places of each other in a term's postings is met once
        int[] p = postings[id];
        int at = Arrays.binarySearch(p, x);
        int end = Math.min(p.length, at + WINDOW + 1);
        seen += end - at - 1;
        for (int k = at + 1; k < end; k++) {
          int y = p[k];
          if (mark[y] == x + 1 || !crossArticle(x, y)) {
            continue;
          }
          mark[y] = x + 1;
          if (touchedCount == touched.length) {
            touched = Arrays.copyOf(touched, 2 * touchedCount);
          }
          touched[touchedCount++] = y;
        }
      }
      int first = count;
      for (int k = 0; k < touchedCount; k++) {
        int y = touched[k];
        int need = 2 * Math.min(ids.length, terms[y].length);
        if (shared.length < need) {
          shared = new int[Math.max(need, 2 * shared.length)];
        }
        double s = score(x, y, shared);
        if (s >= threshold) {
          if (count == keys.length) {
            keys = Arrays.copyOf(keys, 2 * count);
            scores = Arrays.copyOf(scores, 2 * count);
          }
          keys[count] = pairKey(x, y);
          scores[count++] = s;
        }
      }
      // every y is after x: x's pairs in the order of their keys are in the order of y (the
      // candidates are scored as met, and only the pairs kept are put in order)
      sortByKey(keys, scores, first, count);
    }
    return new Range(keys, scores, count, seen);
  }

  /** Sorts {@code keys[from, to)} (distinct) increasing, and their scores with them. */
  static void sortByKey(long[] keys, double[] scores, int from, int to) {
    if (to - from <= 32) {
      for (int i = from + 1; i < to; i++) {
        long k = keys[i];
        double v = scores[i];
        int j = i - 1;
        for (; j >= from && keys[j] > k; j--) {
          keys[j + 1] = keys[j];
          scores[j + 1] = scores[j];
        }
        keys[j + 1] = k;
        scores[j + 1] = v;
      }
      return;
    }
    Integer[] order = new Integer[to - from];
    for (int i = 0; i < order.length; i++) {
      order[i] = from + i;
    }
    Arrays.sort(order, (i, j) -> Long.compare(keys[i], keys[j]));
    long[] k = new long[order.length];
    double[] v = new double[order.length];
    for (int i = 0; i < order.length; i++) {
      k[i] = keys[order[i]];
      v[i] = scores[order[i]];
    }
    System.arraycopy(k, 0, keys, from, k.length);
    System.arraycopy(v, 0, scores, from, v.length);
  }

  private boolean crossArticle(int x, int y) {
    return many[x] || many[y] || home[x] != home[y];
  }

  /**
   * How alike two nodes are: the cosine of their weighted term vectors; 0 unless they share at
   * least two terms of which one is not a figure (two statements that only give the same number
   * report nothing alike), and cut by a fifth when they share exactly two. Where most of the
   * smaller one's word trigrams stand in the other too (a near copy, or a fragment of one), at
   * least 0.9.
   */
  double score(int x, int y) {
    return score(x, y, new int[2 * Math.min(terms[x].length, terms[y].length)]);
  }

  /** {@link #score(int, int)} with {@code m} for the shared terms' places (twice the shorter's). */
  private double score(int x, int y, int[] m) {
    // what neither rule can reach scores 0: fewer than two shared terms, and fewer shared
    // shingles than the near-copy rule needs (both bounds are exact, see sharedAtMost)
    int small = Math.min(shingles[x].length, shingles[y].length);
    int needShingles = (int) Math.ceil(0.6 * small);
    boolean copyPossible = small >= 4 && sharedAtMost(shingleSigns[x], shingleClashes[x],
        shingleSigns[y], shingleClashes[y]) >= needShingles;
    if (!copyPossible
        && sharedAtMost(termSigns[x], termClashes[x], termSigns[y], termClashes[y]) < 2) {
      return 0;
    }
    int[] a = terms[x];
    int[] b = terms[y];
    double[] wa = weights[x];
    double[] wb = weights[y];
    double dot = 0;
    int shared = 0;
    int sharedWords = 0;
    int found = matches(a, b, m);
    for (int k = 0; k < found; k++) {
      int i = m[2 * k];
      dot += wa[i] * wb[m[2 * k + 1]];
      byte f = termFlags[a[i]];
      shared += f & COUNTED;
      sharedWords += f >> 1;
    }
    double s = norms[x] == 0 || norms[y] == 0 ? 0 : dot / (norms[x] * norms[y]);
    if (shared < 2 || sharedWords == 0) {
      s = 0;
    } else if (shared == 2) {
      s *= 0.8;
    }
    // at 0.9 or more the near-copy rule changes nothing
    if (s < 0.9 && copyPossible && shareAtLeast(shingles[x], shingles[y], needShingles)) {
      s = 0.9;
    }
    return Math.min(1, s);
  }

  /**
   * Whether two sorted arrays of distinct values share at least {@code need} values: {@link
   * #matches}' count compared with {@code need}, stopping once what is left of either could no
   * longer make it (the values of an array passed over unmatched are its misses: it can give at
   * most its length less its misses).
   */
  static boolean shareAtLeast(int[] a, int[] b, int need) {
    int n = 0;
    int i = 0;
    int j = 0;
    int missesA = a.length - need; // how many more misses each can take
    int missesB = b.length - need;
    if (missesA < 0 || missesB < 0) {
      return false;
    }
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
        if (--missesA < 0) {
          return false;
        }
      } else if (a[i] > b[j]) {
        j++;
        if (--missesB < 0) {
          return false;
        }
      } else {
        n++;
        i++;
        j++;
      }
    }
    return n >= need;
  }

  /**
   * How many values two sorted arrays share; the places {i, j} of the k-th go to {@code out[2k]}
   * and {@code out[2k + 1]} (it must hold twice the shorter's length).
   */
  private static int matches(int[] a, int[] b, int[] out) {
    int n = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        out[2 * n] = i;
        out[2 * n + 1] = j;
        n++;
        i++;
        j++;
      }
    }
    return n;
  }

  /** The pairs each node keeps among its best {@code partners}; either node's keeping suffices. */
  private static Map<Long, Double> keepBest(List<double[]> found, int partners) {
    if (partners == Integer.MAX_VALUE) {
      // every pair is kept (the map is only looked up, never walked in its order)
      Map<Long, Double> out = new HashMap<>(Math.max(16, (int) (found.size() / 0.75f) + 1));
      for (double[] p : found) {
        out.put(pairKey((int) p[0], (int) p[1]), p[2]);
      }
      return out;
    }
    // best first; among equals the earlier pair, so the choice does not depend on hashing
    found.sort((p, q) -> p[2] != q[2] ? Double.compare(q[2], p[2])
        : p[0] != q[0] ? Double.compare(p[0], q[0]) : Double.compare(p[1], q[1]));
    Map<Integer, Integer> kept = new HashMap<>();
    Map<Long, Double> out = new HashMap<>();
    for (double[] p : found) {
      int x = (int) p[0];
      int y = (int) p[1];
      int kx = kept.getOrDefault(x, 0);
      int ky = kept.getOrDefault(y, 0);
      if (kx < partners || ky < partners) {
        out.put(pairKey(x, y), p[2]);
        kept.put(x, kx + 1);
        kept.put(y, ky + 1);
      }
    }
    return out;
  }

  /** One key for an unordered pair of nodes. */
  static long pairKey(int x, int y) {
    int lo = Math.min(x, y);
    int hi = Math.max(x, y);
    return ((long) lo << 32) | (hi & 0xffffffffL);
  }
}
