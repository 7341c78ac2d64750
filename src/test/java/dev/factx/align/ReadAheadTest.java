package dev.factx.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReadAheadTest {
  @Test
  void givesEveryResultInOrderWhateverTheBatch() {
    for (int size : new int[] {0, 1, 2, 5, 7, 64, 129}) {
      for (int batch : new int[] {1, 2, 3, 8, 128, 500}) {
        List<Integer> items = IntStream.range(0, size).boxed().toList();
        List<Integer> done = new ArrayList<>();
        List<String> got = new ArrayList<>();
        try (ReadAhead<Integer, String> r = new ReadAhead<>(items, batch, i -> "r" + i,
            done::add)) {
          for (int i = 0; i < size; i++) {
            got.add(r.next());
          }
          if (size > 0) {
            assertThatThrownBy(r::next).isInstanceOf(NoSuchElementException.class);
          }
        }
        assertThat(got).containsExactlyElementsOf(items.stream().map(i -> "r" + i).toList());
        assertThat(done).as("size %d batch %d", size, batch).containsExactlyElementsOf(items);
      }
    }
  }

  @Test
  void tellsDoneOnlyWhileNothingIsReadAndOnlyOfWhatWasRead() {
    AtomicInteger reading = new AtomicInteger();
    List<Integer> read = Collections.synchronizedList(new ArrayList<>());
    List<Integer> items = IntStream.range(0, 50).boxed().toList();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    List<Integer> done = new ArrayList<>();
    try (ReadAhead<Integer, Integer> r = new ReadAhead<>(items, 4, i -> {
      reading.incrementAndGet();
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      read.add(i);
      reading.decrementAndGet();
      return i * 2;
    }, i -> {
      if (reading.get() != 0) {
        failures.add("done(" + i + ") while reading");
      }
      if (!read.contains(i)) {
        failures.add("done(" + i + ") before it was read");
      }
      done.add(i);
    })) {
      for (int i = 0; i < items.size(); i++) {
        assertThat(r.next()).isEqualTo(2 * i);
        // an item's batch is done by the time its result is taken
        assertThat(done).hasSizeGreaterThan(i);
      }
    }
    assertThat(failures).isEmpty();
    assertThat(done).containsExactlyElementsOf(items);
  }

  @Test
  void readsTheNextBatchWhileTheCallerWorks() throws Exception {
    // the caller holds the first result until the thread ahead has read an item of the second
    // batch: were nothing read ahead, this would wait forever (the test's timeout says so)
    java.util.concurrent.CountDownLatch aheadRead = new java.util.concurrent.CountDownLatch(1);
    List<Integer> items = IntStream.range(0, 4).boxed().toList();
    try (ReadAhead<Integer, Integer> r = new ReadAhead<>(items, 2, i -> {
      if (i >= 2) {
        aheadRead.countDown();
      }
      return i;
    }, i -> { })) {
      assertThat(r.next()).isZero();
      assertThat(aheadRead.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      assertThat(List.of(r.next(), r.next(), r.next())).containsExactly(1, 2, 3);
    }
  }

  @Test
  void aFailureOfEitherThreadReachesTheCaller() {
    List<Integer> items = IntStream.range(0, 40).boxed().toList();
    for (int bad : new int[] {0, 3, 17, 39}) {
      try (ReadAhead<Integer, Integer> r = new ReadAhead<>(items, 8, i -> {
        if (i == bad) {
          throw new IllegalArgumentException("item " + i);
        }
        return i;
      }, i -> { })) {
        assertThatThrownBy(() -> {
          for (int i = 0; i < items.size(); i++) {
            r.next();
          }
        }).isInstanceOf(IllegalArgumentException.class).hasMessage("item " + bad);
      }
    }
  }

  @Test
  void refusesAnEmptyBatch() {
    assertThatThrownBy(() -> new ReadAhead<Integer, Integer>(List.of(1), 0, i -> i, i -> { }))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
