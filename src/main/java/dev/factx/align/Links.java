package dev.factx.align;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The alike pairs of an index's nodes with their scores, kept in arrays: each node's partners in
 * increasing order, and a pair's score found by halving its smaller node's list. What a map from
 * pair to score and a map from node to its sorted partners would answer, without a boxed number
 * per pair, and without the pairs' keys once they are read (memory at 10,000 articles: the keys
 * took 8 bytes a pair, millions of pairs).
 */
final class Links {
  /** No pairs. */
  static Links none() {
    return new Links(new long[0], new double[0], 0);
  }

  /** The pairs' scores, in the order of their {@link NodeIndex#pairKey}s. */
  private final double[] scores;
  /** Node {@code v}'s partners are {@code partners[start[v] .. start[v + 1])}, increasing. */
  private final int[] start;
  private final int[] partners;
  /**
   * The pairs whose smaller node is {@code v} are {@code scores[first[v] .. first[v + 1])}, in
   * the order of their larger nodes, which are the last of {@code v}'s partners.
   */
  private final int[] first;

  /**
   * @param keys the pairs' keys, increasing, each once, each of two different nodes
   * @param scores the pairs' scores, in the keys' order
   * @param nodes how many nodes there are (every pair's nodes are below it)
   */
  Links(long[] keys, double[] scores, int nodes) {
    if (keys.length != scores.length) {
      throw new IllegalArgumentException("one score per pair");
    }
    for (int i = 0; i < keys.length; i++) {
      if (i > 0 && keys[i - 1] >= keys[i]) {
        throw new IllegalArgumentException("pairs must be increasing and distinct");
      }
      if ((int) (keys[i] >>> 32) >= (int) keys[i]) {
        throw new IllegalArgumentException("a pair is of two nodes, the smaller first");
      }
    }
    this.scores = scores;
    start = new int[nodes + 1];
    first = new int[nodes + 1];
    for (long k : keys) {
      start[(int) (k >>> 32) + 1]++;
      start[(int) k + 1]++;
      first[(int) (k >>> 32) + 1]++;
    }
    for (int v = 0; v < nodes; v++) {
      start[v + 1] += start[v];
      first[v + 1] += first[v];
    }
    // in key order a node meets first its smaller partners (as the pair's second node), in
    // increasing order, then its larger ones (as the first): each list comes out sorted
    partners = new int[2 * keys.length];
    int[] filled = Arrays.copyOf(start, nodes);
    for (long k : keys) {
      int x = (int) (k >>> 32);
      int y = (int) k;
      partners[filled[x]++] = y;
      partners[filled[y]++] = x;
    }
  }

  /** How many pairs there are. */
  int size() {
    return scores.length;
  }

  /** The score of the pair of {@code x} and {@code y}, or NaN when they are not a pair. */
  double score(int x, int y) {
    int lo = Math.min(x, y);
    int hi = Math.max(x, y);
    if (lo < 0 || lo == hi || hi + 1 >= start.length) {
      return Double.NaN;
    }
    // lo's larger partners end its list, one for each pair lo is the smaller node of
    int larger = start[lo + 1] - (first[lo + 1] - first[lo]);
    int i = Arrays.binarySearch(partners, larger, start[lo + 1], hi);
    return i < 0 ? Double.NaN : scores[first[lo] + i - larger];
  }

  /** A node's partners, in increasing order (empty for a node of no pair). */
  List<Integer> of(int node) {
    if (node < 0 || node + 1 >= start.length || start[node] == start[node + 1]) {
      return List.of();
    }
    return new Slice(partners, start[node], start[node + 1]);
  }

  /** A read-only view of part of an int array. */
  private static final class Slice extends AbstractList<Integer> implements RandomAccess {
    private final int[] values;
    private final int from;
    private final int to;

    Slice(int[] values, int from, int to) {
      this.values = values;
      this.from = from;
      this.to = to;
    }

    @Override
    public Integer get(int i) {
      if (i < 0 || i >= to - from) {
        throw new IndexOutOfBoundsException(i);
      }
      return values[from + i];
    }

    @Override
    public int size() {
      return to - from;
    }
  }
}
