package dev.factx.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link IntRuns.Builder#addCounting} and {@link OffsetMap.Builder#addCounting} build exactly what
 * adding the values one at a time builds: the same values and the same runs.
 */
class IntRunsCountingTest {
  /** One step: a single value (count 0), or a counting stretch {@code first..first+count-1}. */
  record Step(int delta, int count) {}

  @Property(tries = 1000)
  void countingStretchesBuildWhatSingleAddsBuild(@ForAll("steps") List<Step> steps) {
    IntRuns.Builder bulk = new IntRuns.Builder();
    IntRuns.Builder single = new IntRuns.Builder();
    int v = 0;
    for (Step s : steps) {
      v += s.delta();
      if (s.count() == 0) {
        bulk.add(v);
        single.add(v);
        continue;
      }
      bulk.addCounting(v, s.count());
      for (int k = 0; k < s.count(); k++) {
        single.add(v + k);
      }
      v += s.count() - 1;
    }
    assertThat(bulk.size()).isEqualTo(single.size());
    IntRuns a = bulk.build();
    IntRuns b = single.build();
    assertThat(a.stored()).isEqualTo(b.stored());
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i)).as("value %d", i).isEqualTo(b.get(i));
    }
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step = Combinators.combine(
            Arbitraries.integers().between(-3, 4), Arbitraries.integers().between(0, 7))
        .as(Step::new);
    return step.list().ofMaxSize(40);
  }

  @Test
  void aCountingStretchAfterAnotherStepKeepsItsOwnRun() {
    OffsetMap.Builder bulk = new OffsetMap.Builder();
    bulk.add(0, 3).add(3, 3).addCounting(3, 5).addCounting(20, 0).addCounting(20, 2);
    OffsetMap m = bulk.build(22);
    assertThat(m.length()).isEqualTo(9);
    int[] starts = {0, 3, 3, 4, 5, 6, 7, 20, 21};
    for (int i = 0; i < starts.length; i++) {
      assertThat(m.sourceStart(i)).isEqualTo(starts[i]);
    }
    assertThat(m.sourceEnd(0)).isEqualTo(3);
    assertThat(m.sourceEnd(1)).isEqualTo(3);
    assertThat(m.sourceEnd(2)).isEqualTo(4);
    assertThat(m.sourceEnd(8)).isEqualTo(22);
    assertThat(m.sourceStart(9)).isEqualTo(22);
  }
}
