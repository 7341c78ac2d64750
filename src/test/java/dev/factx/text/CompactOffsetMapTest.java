package dev.factx.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The compact offset map (runs, not one int per char) answers exactly as the plain model of one
 * start and end per char, {@link PlainOffsetMap}, on maps shaped like what the cleaner and the
 * normalizer build: chars kept, dropped, folded, expanded, and empty ones.
 */
class CompactOffsetMapTest {
  /**
   * A map built from edit codes over a source of {@code sourceLength} chars (or as long as the
   * codes make it, when {@code sourceLength} is negative); what is left of the source is kept.
   */
  static PlainOffsetMap edits(List<Integer> codes, int sourceLength) {
    List<int[]> chars = new ArrayList<>();
    int at = 0;
    int limit = sourceLength < 0 ? Integer.MAX_VALUE : sourceLength;
    for (int v : codes) {
      if (at >= limit) {
        break;
      }
      int left = limit - at;
      if (v < 700) { // kept
        chars.add(new int[] {at, at + 1});
        at++;
      } else if (v < 780) { // dropped: a zero-width char, a space before a line end
        at += Math.min(left, v % 3 + 1);
      } else if (v < 860) { // folded: a space run
        int k = Math.min(left, v % 4 + 2);
        chars.add(new int[] {at, at + k});
        at += k;
      } else if (v < 930) { // expanded: an ellipsis to three dots
        for (int k = 0; k < v % 3 + 2; k++) {
          chars.add(new int[] {at, at + 1});
        }
        at++;
      } else if (v < 960) { // a derived char from nothing
        chars.add(new int[] {at, at});
      } else { // a long unchanged stretch
        int k = Math.min(left, v % 50 + 10);
        for (int j = 0; j < k; j++) {
          chars.add(new int[] {at + j, at + j + 1});
        }
        at += k;
      }
    }
    int end = at;
    if (sourceLength >= 0) {
      for (; at < sourceLength; at++) {
        chars.add(new int[] {at, at + 1});
      }
      end = sourceLength;
    }
    int[] s = new int[chars.size()];
    int[] e = new int[chars.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = chars.get(i)[0];
      e[i] = chars.get(i)[1];
    }
    return new PlainOffsetMap(s, e, end);
  }

  /** Every question a caller can ask, answered alike; spans all of them when few, else sampled. */
  static void sameAnswers(OffsetMap compact, PlainOffsetMap plain) {
    int n = plain.length();
    assertThat(compact.length()).isEqualTo(n);
    for (int i = 0; i <= n; i++) {
      assertThat(compact.sourceStart(i)).as("start of %d", i).isEqualTo(plain.sourceStart(i));
    }
    for (int i = 0; i < n; i++) {
      assertThat(compact.sourceEnd(i)).as("end of %d", i).isEqualTo(plain.sourceEnd(i));
    }
    if (n <= 60) {
      for (int a = 0; a <= n; a++) {
        for (int b = a; b <= n; b++) {
          assertThat(compact.toSource(new Span(a, b))).isEqualTo(plain.toSource(new Span(a, b)));
        }
      }
    } else {
      Random r = new Random(n);
      for (int k = 0; k < 2000; k++) {
        int a = r.nextInt(n + 1);
        int b = a + r.nextInt(n + 1 - a);
        assertThat(compact.toSource(new Span(a, b))).isEqualTo(plain.toSource(new Span(a, b)));
      }
    }
  }

  @Provide
  Arbitrary<List<Integer>> edits() {
    return Arbitraries.integers().between(0, 999).list().ofMaxSize(300);
  }

  @Property(tries = 500)
  void answersAsThePlainModel(@ForAll("edits") List<Integer> codes) {
    PlainOffsetMap plain = edits(codes, -1);
    sameAnswers(plain.compact(), plain);
  }

  @Property(tries = 500)
  void composesAsThePlainModel(
      @ForAll("edits") List<Integer> outerCodes, @ForAll("edits") List<Integer> innerCodes) {
    // inner: the first transform (clean); outer: the second (normalize), over inner's text
    PlainOffsetMap inner = edits(innerCodes, -1);
    PlainOffsetMap outer = edits(outerCodes, inner.length());
    sameAnswers(outer.compact().andThen(inner.compact()), outer.andThen(inner));
    // and with the identity on either side
    PlainOffsetMap id = PlainOffsetMap.identity(outer.end);
    sameAnswers(outer.compact().andThen(OffsetMap.identity(outer.end)), outer.andThen(id));
    PlainOffsetMap before = PlainOffsetMap.identity(outer.length());
    sameAnswers(OffsetMap.identity(outer.length()).andThen(outer.compact()), before.andThen(outer));
  }

  @Property(tries = 300)
  void threeMapsComposeEitherWayRound(
      @ForAll("edits") List<Integer> a, @ForAll("edits") List<Integer> b,
      @ForAll("edits") List<Integer> c) {
    PlainOffsetMap first = edits(a, -1);
    PlainOffsetMap second = edits(b, first.length());
    PlainOffsetMap third = edits(c, second.length());
    sameAnswers(third.compact().andThen(second.compact()).andThen(first.compact()),
        third.andThen(second).andThen(first));
  }

  @Provide
  Arbitrary<List<Integer>> steps() {
    // mostly +1 (a char after the one before), sometimes a jump, a repeat or a step back
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(20, Arbitraries.just(1)),
            net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(-5, 40)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(Integer.MIN_VALUE / 4,
                Integer.MAX_VALUE / 4)))
        .list().ofMaxSize(400);
  }

  @Property(tries = 500)
  void intRunsHoldTheValuesAdded(@ForAll("steps") List<Integer> steps) {
    int[] values = new int[steps.size()];
    IntRuns.Builder b = new IntRuns.Builder();
    int v = 0;
    for (int i = 0; i < values.length; i++) {
      v += steps.get(i);
      values[i] = v;
      b.add(v);
    }
    IntRuns runs = b.build();
    assertThat(runs.size()).isEqualTo(values.length);
    IntRuns.Reader forward = runs.reader();
    IntRuns.Reader random = runs.reader();
    Random r = new Random(values.length);
    for (int i = 0; i < values.length; i++) {
      assertThat(runs.get(i)).isEqualTo(values[i]);
      assertThat(forward.get(i)).isEqualTo(values[i]);
      int j = r.nextInt(values.length);
      assertThat(random.get(j)).isEqualTo(values[j]);
    }
    // never more than the plain values: three ints a run, or the values themselves
    assertThat(runs.stored()).isLessThanOrEqualTo(Math.max(1, values.length));
  }

  @Test
  void aTextWithAFewChangesKeepsAFewRuns() {
    //  raw:        He  said\u00a0“yes…”\n\nThen
    //  derived:    He said "yes..."  ... one run per stretch between changes
    IntRuns.Builder b = new IntRuns.Builder();
    for (int i = 0; i < 100_000; i++) {
      b.add(i < 50_000 ? i : i + 3); // three source chars dropped half way
    }
    IntRuns runs = b.build();
    assertThat(runs.stored()).isEqualTo(2);
    assertThat(runs.get(49_999)).isEqualTo(49_999);
    assertThat(runs.get(50_000)).isEqualTo(50_003);
    assertThat(IntRuns.counting(5, 10).isCounting(5)).isTrue();
    assertThat(runs.isCounting(0)).isFalse();
  }
}
