package dev.factx.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.normalize.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OffsetMapTest {
  @Test
  void composedMapsLeadBackToTheRawText() {
    //  raw:        He said “we  win…” today
    //  normalized: He said "we win..." today
    String raw = "He said \u201cwe  win\u2026\u201d today";
    Text norm = Normalizer.normalize(raw);
    assertThat(norm.value()).isEqualTo("He said \"we win...\" today");
    int start = norm.value().indexOf("we");
    int end = norm.value().indexOf("...") + 3;
    Span source = norm.sourceSpan(new Span(start, end));
    assertThat(source.of(raw)).isEqualTo("we  win\u2026");
  }

  @Test
  void identityComposedWithAMapIsThatMap() {
    Text norm = Normalizer.normalize("a\u00a0\u00a0b");
    OffsetMap composed = norm.toSource().andThen(OffsetMap.identity(4));
    assertThat(composed.toSource(new Span(0, 3))).isEqualTo(new Span(0, 4));
  }

  /** Source ranges given to a builder, one derived char each: start, end. */
  private static OffsetMap built(int sourceLength, int... ranges) {
    OffsetMap.Builder b = new OffsetMap.Builder();
    for (int i = 0; i < ranges.length; i += 2) {
      b.add(ranges[i], ranges[i + 1]);
    }
    return b.build(sourceLength);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unchanged                  | 3 | 0,1,1,2,2,3       | 0-1 1-2 2-3 3
      trailing space dropped     | 4 | 0,1,1,2,2,3       | 0-1 1-2 2-3 4
      space run folded           | 5 | 0,1,1,4,4,5       | 0-1 1-4 4-5 5
      zero-width char dropped    | 4 | 0,1,2,3,3,4       | 0-1 2-3 3-4 4
      ellipsis expanded          | 2 | 0,1,1,2,1,2,1,2   | 0-1 1-2 1-2 1-2 2
      unchanged then changed     | 6 | 0,1,1,2,2,3,3,6   | 0-1 1-2 2-3 3-6 6
      changed at the last char   | 4 | 0,1,1,2,2,4       | 0-1 1-2 2-4 4
      leading char dropped       | 3 | 1,2,2,3           | 1-2 2-3 3
      empty text of a blank line | 2 |                   | 2
      """)
  void everyCharMapsToTheRangeItWasBuiltWith(
      String what, int sourceLength, String ranges, String expected) {
    int[] r = ranges == null ? new int[0]
        : java.util.Arrays.stream(ranges.split(",")).mapToInt(Integer::parseInt).toArray();
    OffsetMap map = built(sourceLength, r);
    StringBuilder got = new StringBuilder();
    for (int i = 0; i < map.length(); i++) {
      got.append(map.sourceStart(i)).append('-').append(map.sourceEnd(i)).append(' ');
    }
    got.append(map.sourceStart(map.length()));
    assertThat(got.toString()).as(what).isEqualTo(expected);
    // composing with the identity of the source, either way round, changes nothing
    OffsetMap composed = map.andThen(OffsetMap.identity(sourceLength));
    OffsetMap before = OffsetMap.identity(map.length()).andThen(map);
    for (int i = 0; i < map.length(); i++) {
      assertThat(composed.toSource(new Span(i, i + 1))).isEqualTo(map.toSource(new Span(i, i + 1)));
      assertThat(before.toSource(new Span(i, i + 1))).isEqualTo(map.toSource(new Span(i, i + 1)));
    }
  }

  /** A 50 MB text that came through unchanged (or with its end trimmed) costs no map memory. */
  @Test
  void aMapOfAnUnchangedTextHoldsNoArrays() {
    Runtime rt = Runtime.getRuntime();
    int n = 50_000_000;
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    OffsetMap.Builder b = new OffsetMap.Builder();
    for (int i = 0; i < n; i++) {
      b.add(i, i + 1);
    }
    OffsetMap map = b.build(n + 1);
    System.gc();
    long used = rt.totalMemory() - rt.freeMemory() - before;
    // two int arrays per char would be 400 MB; the bound leaves room for the test's own noise
    assertThat(used).isLessThan(64L << 20);
    assertThat(map.toSource(new Span(n - 2, n))).isEqualTo(new Span(n - 2, n));
    assertThat(map.sourceStart(n)).isEqualTo(n + 1);
  }
}
