package dev.factx.cli;

import dev.factx.Progress;
import dev.factx.text.Digits;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One line on standard error, rewritten in place, that says how far a long run got: articles
 * read, claims found, matching. Shown only when standard error is a terminal and the run has gone
 * on for {@link #DELAY_MS}; erased before the run's output. A run that ends sooner, or whose
 * standard error is a file or a pipe, prints nothing: no thread is even started then.
 */
final class ProgressLine implements Progress, AutoCloseable {
  /** How long a run goes before the line shows. */
  static final long DELAY_MS = 1000;
  /** How often the line is rewritten. */
  static final long EVERY_MS = 250;
  /** Moves to the start of the line and clears it. */
  private static final String ERASE = "\r\u001b[K";

  private final PrintWriter err;
  private final long start = System.nanoTime();
  private final AtomicInteger articles = new AtomicInteger();
  private final AtomicInteger tasksDone = new AtomicInteger();
  private final AtomicLong claims = new AtomicLong();
  private volatile int tasks;
  private volatile int matchingClaims = -1;
  private volatile boolean read;
  private volatile boolean closed;
  private boolean shown; // guarded by this
  private final Thread ticker;

  private ProgressLine(PrintWriter err, long delayMs, long everyMs) {
    this.err = err;
    if (delayMs < 0) {
      ticker = null;
      return;
    }
    ticker = new Thread(() -> tick(delayMs, everyMs), "factx-progress");
    ticker.setDaemon(true);
    ticker.start();
  }

  /**
   * A progress line on {@code err} when {@code terminal}, else one that never shows.
   *
   * @param terminal whether standard error is a terminal
   */
  static ProgressLine start(PrintWriter err, boolean terminal) {
    return new ProgressLine(err, terminal ? DELAY_MS : -1, EVERY_MS);
  }

  /** A line that shows after {@code delayMs} and is rewritten every {@code everyMs}, for tests. */
  static ProgressLine startAfter(PrintWriter err, long delayMs, long everyMs) {
    return new ProgressLine(err, delayMs, everyMs);
  }

  private void tick(long delayMs, long everyMs) {
    try {
      Thread.sleep(delayMs);
      while (!closed) {
        synchronized (this) {
          if (closed) {
            return;
          }
          err.print(ERASE + "factx: " + status());
          err.flush();
          shown = true;
        }
        Thread.sleep(everyMs);
      }
    } catch (InterruptedException e) {
      // closed: the line is erased by close()
    }
  }

  /** What the run is doing now, and for how long it has run. */
  String status() {
    String what;
    if (matchingClaims >= 0) {
      what = "matching " + counted(matchingClaims, "claim", "claims");
    } else if (read || tasksDone.get() > 0) {
      int read = articles.get();
      int perArticle = read == 0 ? 1 : Math.max(1, tasks / read);
      what = "finding claims: " + Digits.grouped(tasksDone.get() / perArticle)
          + " of " + counted(read, "article", "articles") + ", "
          + counted(claims.get(), "claim", "claims");
    } else {
      what = "reading: " + counted(articles.get(), "article", "articles");
    }
    return what + " (" + (System.nanoTime() - start) / 1_000_000_000L + " s)";
  }

  /** {@code 1 claim}, {@code 12,345 claims}. */
  private static String counted(long n, String one, String many) {
    return Digits.grouped(n) + " " + (n == 1 ? one : many);
  }

  /** Reading is over; what follows is finding claims. */
  void readDone() {
    read = true;
  }

  @Override
  public void articleRead() {
    articles.incrementAndGet();
  }

  @Override
  public void claimsFound(int found, int tasks) {
    this.tasks = tasks;
    claims.addAndGet(found);
    tasksDone.incrementAndGet();
  }

  @Override
  public void matching(int claims) {
    matchingClaims = claims;
  }

  /** Prints a line of its own (a note) without breaking the progress line. */
  synchronized void println(String line) {
    if (shown) {
      err.print(ERASE);
    }
    err.println(line);
    err.flush();
  }

  /** Stops the line and erases it, so that what the run prints next starts on a clean line. */
  @Override
  public void close() {
    closed = true;
    if (ticker == null) {
      return;
    }
    ticker.interrupt();
    try {
      ticker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      if (shown) {
        err.print(ERASE);
        err.flush();
        shown = false;
      }
    }
  }
}
