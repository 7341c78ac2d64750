package dev.factx.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NodeIndexTest {
  /** Sorted distinct values below a bound. */
  private static int[] sorted(Random random, int n, int bound) {
    return IntStream.generate(() -> random.nextInt(bound)).limit(n).distinct().sorted().toArray();
  }

  @Test
  void shareAtLeastAnswersAsCountingAllWould() {
    Random random = new Random(18);
    for (int round = 0; round < 20000; round++) {
      int bound = 1 + random.nextInt(60);
      int[] a = sorted(random, random.nextInt(30), bound);
      int[] b = sorted(random, random.nextInt(30), bound);
      long common = Arrays.stream(a).filter(v -> Arrays.binarySearch(b, v) >= 0).count();
      int small = Math.min(a.length, b.length);
      for (int need : new int[] {0, 1, (int) Math.ceil(0.6 * small), (int) common,
          (int) common + 1, (int) common - 1, small, small + 1}) {
        assertThat(NodeIndex.shareAtLeast(a, b, need))
            .as("%s %s need %s", Arrays.toString(a), Arrays.toString(b), need)
            .isEqualTo(common >= need);
      }
    }
  }

  @Test
  void sharedAtMostNeverSaysLessThanIsShared() {
    Random random = new Random(18);
    int tight = 0;
    for (int round = 0; round < 20000; round++) {
      int bound = 1 + random.nextInt(round % 2 == 0 ? 80 : 1 << 30);
      int[] a = sorted(random, random.nextInt(90), bound);
      int[] b = sorted(random, random.nextInt(90), bound);
      long common = Arrays.stream(a).filter(v -> Arrays.binarySearch(b, v) >= 0).count();
      long sa = NodeIndex.sign(a);
      long sb = NodeIndex.sign(b);
      int most = NodeIndex.sharedAtMost(sa, a.length - Long.bitCount(sa), sb,
          b.length - Long.bitCount(sb));
      assertThat(most).as("%s %s", Arrays.toString(a), Arrays.toString(b))
          .isGreaterThanOrEqualTo((int) common);
      tight += most == common ? 1 : 0;
    }
    // and it says something: for small sets it is mostly exact
    assertThat(tight).isGreaterThan(5000);
  }

  @Test
  void sharedAtMostCountsValuesThatClash() {
    // values on one bit: the signature alone would say one in common
    int[] a = new int[200];
    for (int i = 0; i < a.length; i++) {
      a[i] = i;
    }
    long s = NodeIndex.sign(a);
    int clashes = a.length - Long.bitCount(s);
    assertThat(clashes).isPositive();
    assertThat(NodeIndex.sharedAtMost(s, clashes, s, clashes)).isGreaterThanOrEqualTo(200);
  }

  @Test
  void sortByKeySortsARangeAndItsScoresAlike() {
    Random random = new Random(18);
    for (int round = 0; round < 500; round++) {
      int n = random.nextInt(round % 5 == 0 ? 300 : 40);
      long[] keys = random.longs(n + 6).distinct().toArray();
      double[] scores = new double[keys.length];
      for (int i = 0; i < keys.length; i++) {
        scores[i] = Double.longBitsToDouble(keys[i] >>> 12); // a score that names its key
      }
      int from = Math.min(3, keys.length);
      int to = Math.max(from, keys.length - 3);
      long[] expected = keys.clone();
      Arrays.sort(expected, from, to);
      NodeIndex.sortByKey(keys, scores, from, to);
      assertThat(keys).containsExactly(expected);
      for (int i = 0; i < keys.length; i++) {
        assertThat(scores[i]).isEqualTo(Double.longBitsToDouble(keys[i] >>> 12));
      }
    }
  }
}
