package dev.factx.robust;

import dev.factx.extract.Docs;
import dev.factx.bundle.Article;
import dev.factx.bundle.LineSourceMap;
import dev.factx.analysis.Document;
import dev.factx.analysis.Analyzer;
import dev.factx.analysis.SentenceSplitter;
import dev.factx.extract.DateExtractor;
import dev.factx.extract.Extractor;
import dev.factx.extract.NumberExtractor;
import dev.factx.extract.QuoteExtractor;
import dev.factx.extract.RoleExtractor;
import dev.factx.normalize.Normalizer;
import dev.factx.text.Span;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every stage runs in time linear in its input: 128 KB ({@code -Dfactx.linear.size=1048576}: 1 MB) of what its patterns loop on (digits,
 * capitalized words, quote marks, spaces, periods, hyphens...) ends within a generous bound, where
 * a super-linear regex or loop would take minutes or overflow the stack.
 */
class LinearTimeTest {
  /** 128 KB in the normal run, where a quadratic stage already takes minutes; 1 MB on demand. */
  private static final int SIZE = Integer.getInteger("factx.linear.size", 1 << 17);
  private static final long BOUND_SECONDS = 10;
  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {
      "1", "1,", "1.", "12 ", "1-", "1/", "-1", "1 000 ", "up to 5 ", "Mr. ", "A. ", "\"",
      "\u201C", "'", " ", ".", ". ", "-", "\n\n", "said \"", "e\u0301", "\u200B",
      "Gen. ", "\u2026", "\"a\" ", "\u0417\u0435\u043B\u0435\u043D\u0441\u044C\u043A\u0438\u0439 ",
      // once quadratic: patterns tried from every word of a long run, pronouns read per mention
      "Word ", "Word", "John Smith ", "January ", "Minister ", "A-B-", "U.S. ", "2024-12-17 ",
      "Mayor Jane Doe spoke. "})
  void everyStageEndsOnAMegabyteOfOneRun(String run) throws Exception {
    runAllStages(run);
  }

  private static void runAllStages(String run) throws Exception {
    String body = run.repeat(SIZE / run.length());
    Article article = new Article("a", false, Map.of("date", "2024-12-17"), Map.of(), body,
        "test", new LineSourceMap(body, 1, null));
    within("normalizer", () -> Normalizer.normalize(body));
    within("sentence splitter",
        () -> SentenceSplitter.split(body, new Span(0, body.length())));
    Document document = within("document builder", () -> Analyzer.analyze(article));
    for (Extractor<?> e : new Extractor<?>[] {new QuoteExtractor(), new NumberExtractor(),
        new DateExtractor(), new RoleExtractor()}) {
      within(e.getClass().getSimpleName(), () -> Docs.extract(e, document));
    }
  }

  /** Runs a stage on its own thread, so that one that never ends cannot block the next. */
  @SuppressWarnings("deprecation") // Thread.stop: a runaway regex ignores interrupts
  private static <T> T within(String stage, Callable<T> work) throws Exception {
    FutureTask<T> task = new FutureTask<>(work);
    Thread thread = new Thread(task, "linear-time " + stage);
    thread.setDaemon(true);
    thread.start();
    try {
      return task.get(BOUND_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      thread.stop();
      throw new AssertionError(stage + " took more than " + BOUND_SECONDS + " s on " + SIZE + " chars");
    }
  }
}
