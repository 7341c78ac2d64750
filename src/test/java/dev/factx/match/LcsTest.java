package dev.factx.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.text.similarity.LongestCommonSubsequence;
import org.junit.jupiter.api.Test;

/** {@link Lcs} gives Commons Text's longest common subsequence length, on any strings. */
class LcsTest {
  private static final LongestCommonSubsequence REFERENCE = new LongestCommonSubsequence();

  @Property(tries = 400)
  void sameLengthAsCommonsText(
      @ForAll("seeds") long seed,
      @ForAll @IntRange(min = 0, max = 300) int n,
      @ForAll @IntRange(min = 0, max = 300) int m,
      @ForAll @IntRange(min = 1, max = 12) int alphabet) {
    Random r = new Random(seed);
    String x = random(r, n, alphabet);
    // half the time the second string is the first with a few edits, as copies of a quote are
    String y = r.nextBoolean() ? random(r, m, alphabet) : edited(r, x, alphabet);
    int expected = REFERENCE.apply(x, y);
    assertThat(Lcs.length(x, y)).as("%s / %s", x, y).isEqualTo(expected);
    assertThat(Lcs.length(y, x)).isEqualTo(expected);
    // masks too large: the plain recurrence works on what the common start and end leave
    assertThat(Lcs.length(x.chars().toArray(), y.chars().toArray(), 0)).isEqualTo(expected);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Long> seeds() {
    return net.jqwik.api.Arbitraries.longs();
  }

  @Test
  void blockBoundariesAndCharsOfTheWholeRange() {
    Random r = new Random(18);
    for (int len : new int[] {1, 63, 64, 65, 127, 128, 129, 200}) {
      for (int k = 0; k < 20; k++) {
        String x = wide(r, len);
        String y = k % 2 == 0 ? wide(r, len + r.nextInt(5)) : edited(r, x, 3);
        assertThat(Lcs.length(x, y)).isEqualTo(REFERENCE.apply(x, y));
      }
    }
  }

  @Test
  void aLongSequenceAndItsCopyWithOneChangeTakeLinearWork() {
    StringBuilder x = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      x.append((char) (0xE000 + i % 8000));
    }
    StringBuilder y = new StringBuilder(x);
    y.setCharAt(100_000, 'z');
    assertThat(Lcs.length(x.toString(), y.toString())).isEqualTo(199_999);
  }

  private static String random(Random r, int n, int alphabet) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('a' + r.nextInt(alphabet)));
    }
    return sb.toString();
  }

  /** A few characters of x replaced, dropped or added. */
  private static String edited(Random r, String x, int alphabet) {
    StringBuilder sb = new StringBuilder(x);
    int edits = r.nextInt(6);
    for (int e = 0; e < edits; e++) {
      int at = sb.length() == 0 ? 0 : r.nextInt(sb.length());
      switch (r.nextInt(3)) {
        case 0 -> {
          if (sb.length() > 0) {
            sb.setCharAt(at, (char) ('a' + r.nextInt(alphabet)));
          }
        }
        case 1 -> {
          if (sb.length() > 0) {
            sb.deleteCharAt(at);
          }
        }
        default -> sb.insert(at, (char) ('a' + r.nextInt(alphabet)));
      }
    }
    return sb.toString();
  }

  /** Characters anywhere in the char range, word codes wrapped past 0xFFFF included. */
  private static String wide(Random r, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) (r.nextBoolean() ? 0xE000 + r.nextInt(6) : r.nextInt(4)));
    }
    return sb.toString();
  }
}
