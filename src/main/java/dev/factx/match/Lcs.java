package dev.factx.match;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.text.similarity.LongestCommonSubsequence;

/**
 * The length of the longest common subsequence of two sequences, as Commons Text's {@link
 * LongestCommonSubsequence} gives it for strings, in time that stays near linear for long
 * sequences that are mostly equal (one long quote and its copy with a word changed): the common
 * start and end are counted off first, and the rest is worked out 64 positions at a time with the
 * bit-parallel algorithm of Crochemore, Iliopoulos, Pinzon and Reid ("A fast and practical
 * bit-vector algorithm for the longest common subsequence problem", 2001), unless its masks
 * would take too much memory; then the plain quadratic recurrence works on the rest.
 */
final class Lcs {
  /** Most longs the per-symbol masks may take (8 MB). */
  static final int MAX_MASK_LONGS = 1 << 20;

  private Lcs() {}

  /** The length of the longest common subsequence of x and y, char by char. */
  static int length(String x, String y) {
    return length(x.chars().toArray(), y.chars().toArray(), MAX_MASK_LONGS);
  }

  /** The length of the longest common subsequence of x and y. */
  static int length(int[] x, int[] y) {
    return length(x, y, MAX_MASK_LONGS);
  }

  /** As {@link #length(int[], int[])}, the masks bounded by {@code maxMaskLongs} longs. */
  static int length(int[] x, int[] y, int maxMaskLongs) {
    int n = x.length;
    int m = y.length;
    int pre = 0;
    while (pre < n && pre < m && x[pre] == y[pre]) {
      pre++;
    }
    int suf = 0;
    while (suf < n - pre && suf < m - pre && x[n - 1 - suf] == y[m - 1 - suf]) {
      suf++;
    }
    if (pre + suf == n || pre + suf == m) {
      return pre + suf;
    }
    int[] a = Arrays.copyOfRange(x, pre, n - suf);
    int[] b = Arrays.copyOfRange(y, pre, m - suf);
    // the shorter one gives the bit positions
    int[] bits = a.length <= b.length ? a : b;
    int[] other = bits == a ? b : a;
    int middle = bitParallel(bits, other, maxMaskLongs);
    return pre + suf + (middle >= 0 ? middle : quadratic(bits, other));
  }

  /** The LCS length of two non-empty sequences, or -1 when the masks would be too large. */
  private static int bitParallel(int[] bits, int[] other, int maxMaskLongs) {
    int len = bits.length;
    int blocks = (len + 63) >>> 6;
    Map<Integer, long[]> masks = new HashMap<>();
    for (int i = 0; i < len; i++) {
      long[] mask = masks.get(bits[i]);
      if (mask == null) {
        if ((long) (masks.size() + 1) * blocks > maxMaskLongs) {
          return -1;
        }
        mask = new long[blocks];
        masks.put(bits[i], mask);
      }
      mask[i >>> 6] |= 1L << (i & 63);
    }
    long[] v = new long[blocks];
    Arrays.fill(v, -1L);
    for (int symbol : other) {
      long[] mask = masks.get(symbol);
      if (mask == null) {
        continue; // no position matches: V stays as it is
      }
      long carry = 0;
      for (int k = 0; k < blocks; k++) {
        long vk = v[k];
        long u = vk & mask[k];
        long t = vk + u;
        long c1 = Long.compareUnsigned(t, vk) < 0 ? 1 : 0;
        long s = t + carry;
        long c2 = carry != 0 && s == 0 ? 1 : 0;
        carry = c1 | c2;
        v[k] = s | (vk & ~mask[k]);
      }
    }
    int zeros = 0;
    for (int k = 0; k < blocks; k++) {
      int valid = Math.min(64, len - (k << 6));
      long live = valid == 64 ? -1L : (1L << valid) - 1;
      zeros += Long.bitCount(~v[k] & live);
    }
    return zeros;
  }

  /** The textbook recurrence, one row at a time. */
  private static int quadratic(int[] a, int[] b) {
    int[] prev = new int[b.length + 1];
    int[] row = new int[b.length + 1];
    for (int ai : a) {
      for (int j = 1; j <= b.length; j++) {
        row[j] = ai == b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
      }
      int[] t = prev;
      prev = row;
      row = t;
    }
    return prev[b.length];
  }
}
