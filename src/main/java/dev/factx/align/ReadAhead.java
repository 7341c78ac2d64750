package dev.factx.align;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Items read one batch ahead of their use: while the caller works through one batch's results,
 * the next batch is read on a thread of its own, and the caller, once through, helps finish it.
 * So the caller's own work on what was read (numbering it into an index, which must go in order
 * on one thread) overlaps the reading, which is by item and in any order.
 *
 * <p>The results come in the items' order, whatever the threads did: each item's result is what
 * {@code read} gives for it. Between two batches nothing is being read: then, on the calling
 * thread and in the items' order, {@code done} is told every item the batch just read, so the
 * caller can let it go.
 */
final class ReadAhead<T, R> implements AutoCloseable {
  private final List<? extends T> items;
  private final int batch;
  private final Function<? super T, ? extends R> read;
  private final IntConsumer done;
  /** The batch being worked through and the one being read, with where each starts. */
  private Object[] current;
  private int currentFrom = -1;
  private Object[] ahead;
  private int aheadFrom;
  private AtomicInteger aheadNext;
  private CompletableFuture<Void> aheadTask;
  private ExecutorService thread;
  private int next;

  ReadAhead(List<? extends T> items, int batch, Function<? super T, ? extends R> read,
      IntConsumer done) {
    if (batch < 1) {
      throw new IllegalArgumentException("a batch holds an item at least");
    }
    this.items = items;
    this.batch = batch;
    this.read = read;
    this.done = done;
  }

  /** The result of the next item (the first, then each after it). */
  @SuppressWarnings("unchecked")
  R next() {
    if (next >= items.size()) {
      throw new java.util.NoSuchElementException();
    }
    if (next == 0) {
      launch(0);
    }
    if (next % batch == 0) {
      finishAhead();
      current = ahead;
      currentFrom = aheadFrom;
      ahead = null;
      for (int i = currentFrom; i < currentFrom + current.length; i++) {
        done.accept(i); // nothing is being read
      }
      if (currentFrom + current.length < items.size()) {
        launch(currentFrom + current.length);
      }
    }
    R r = (R) current[next - currentFrom];
    current[next - currentFrom] = null; // taken: the caller holds it as long as it needs
    next++;
    return r;
  }

  /** Sets up the batch from an item and has the thread ahead start reading it. */
  private void launch(int from) {
    Object[] out = new Object[Math.min(batch, items.size() - from)];
    AtomicInteger cursor = new AtomicInteger();
    ahead = out;
    aheadFrom = from;
    aheadNext = cursor;
    if (items.size() == 1) {
      return; // nothing to overlap: the caller reads it
    }
    if (thread == null) {
      thread = Executors.newSingleThreadExecutor(DAEMON);
    }
    aheadTask = CompletableFuture.runAsync(new Reading(this, out, from, cursor), thread);
  }

  /**
   * The thread ahead: a daemon named factx-read-ahead. Classes rather than lambdas, here and in
   * {@link Reading}: a lambda's call site is linked at its first run, a cost paid at every start.
   */
  private static final ThreadFactory DAEMON = new ThreadFactory() {
    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "factx-read-ahead");
      t.setDaemon(true);
      return t;
    }
  };

  /** The thread ahead's part in reading a batch: {@link #readAll} from where the cursor is. */
  private record Reading(ReadAhead<?, ?> ahead, Object[] out, int from, AtomicInteger cursor)
      implements Runnable {
    @Override
    public void run() {
      ahead.readAll(out, from, cursor);
    }
  }

  /** Helps read the batch ahead to its end and waits for the thread reading it. */
  private void finishAhead() {
    readAll(ahead, aheadFrom, aheadNext);
    if (aheadTask == null) {
      return;
    }
    try {
      aheadTask.join(); // the thread ahead is within one item of its end
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    } finally {
      aheadTask = null;
    }
  }

  private void readAll(Object[] out, int from, AtomicInteger cursor) {
    for (int j; (j = cursor.getAndIncrement()) < out.length; ) {
      out[j] = read.apply(items.get(from + j));
    }
  }

  /** Stops the thread reading ahead (after the last item, or when the caller gave up). */
  @Override
  public void close() {
    if (thread != null) {
      if (aheadNext != null) {
        aheadNext.set(Integer.MAX_VALUE / 2); // nothing more to take
      }
      thread.shutdown();
    }
  }
}
