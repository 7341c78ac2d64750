package dev.factx.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Initialises the pipeline's lexicons, patterns and tables on a second thread while the main thread
 * declares the command line and reads the input. Their static initialisers compile some hundred
 * regular expressions and parse a hundred word lists, in the interpreter: on the seed bundle about
 * a quarter of a run, and the command line and the reading leave the second core idle.
 *
 * <p>The main thread waits for the whole preload ({@link #await}) before the pipeline starts, so
 * the two threads never initialise classes of the pipeline at the same time: while the preload
 * runs, the main thread is in picocli, {@code cli}, {@code bundle} and {@code text}, none of whose
 * static initialisers reads the pipeline's classes. Two threads that initialise classes which
 * need each other can deadlock; these cannot.
 */
final class Preload {
  /** What cleaning, analysis and extraction initialise first, in the order they need it. */
  static final List<String> EXTRACTION = List.of(
      "dev.factx.CrossReferencer", // its extractors
      "dev.factx.clean.BoilerplateCleaner",
      "dev.factx.clean.FurnitureRules",
      "dev.factx.analysis.Lexicon",
      "dev.factx.normalize.Normalizer",
      "dev.factx.analysis.SentenceSplitter",
      "dev.factx.analysis.QuoteMarks",
      "dev.factx.analysis.Tokens",
      "dev.factx.analysis.NameKeys",
      "dev.factx.analysis.Roles",
      "dev.factx.extract.Offices",
      "dev.factx.extract.NumberLexicon",
      "dev.factx.extract.Pronouns",
      "dev.factx.extract.Amount",
      "dev.factx.analysis.Titles",
      "dev.factx.extract.Speakers",
      "dev.factx.extract.DateExpressions",
      "dev.factx.extract.DateEvents",
      "dev.factx.extract.DateTense",
      "dev.factx.extract.Verbs",
      "dev.factx.extract.EventClasses");

  /** What alignment and matching initialise, after extraction. */
  static final List<String> MATCHING = List.of(
      "dev.factx.align.Terms",
      "dev.factx.match.NumberMatcher",
      "dev.factx.match.FigureWords",
      "dev.factx.match.DateMatcher",
      "dev.factx.match.QuoteMatcher",
      "dev.factx.match.Similarity");

  /** The preload of this process, once started. */
  private static final AtomicReference<Loader> STARTED = new AtomicReference<>();

  private Preload() {}

  /** The thread that initialises the classes, and what stopped it, if anything. */
  private static final class Loader extends Thread {
    private final List<String> classes;
    private volatile Throwable failure;

    Loader(List<String> classes) {
      super("factx-preload");
      this.classes = classes;
      setDaemon(true); // a run that ends early (bad input) does not wait for it
    }

    @Override
    public void run() {
      try {
        for (String c : classes) {
          Class.forName(c, true, Preload.class.getClassLoader());
        }
      } catch (Throwable t) { // a class that cannot initialise fails where the pipeline uses it
        failure = t;
      }
    }
  }

  /**
   * Starts the preload for the subcommand named {@code command} (a run's first argument), when it
   * runs the pipeline; once a process.
   */
  static void start(String command) {
    List<String> classes = new ArrayList<>();
    if ("compare".equals(command) || "claims".equals(command)) {
      classes.addAll(EXTRACTION);
    }
    if ("compare".equals(command)) {
      classes.addAll(MATCHING);
    }
    if (classes.isEmpty()) {
      return;
    }
    Loader loader = new Loader(classes);
    if (STARTED.compareAndSet(null, loader)) {
      loader.start();
    }
  }

  /**
   * Initialises the JSON writers' Jackson factory on a thread of its own while the pipeline runs,
   * for a run that will write JSON: what the factory's classes set up at their first use is the
   * last cold step of such a run. Called after {@link #await}: the pipeline's classes never read
   * Jackson's or the report writers', so nothing is initialised by two threads at once; the main
   * thread reaching the writer waits for it if it is not done. Not waited for otherwise.
   */
  static void json() {
    new Loader(List.of("dev.factx.report.JsonReportWriter")).start();
  }

  /**
   * Waits for the preload, if one was started; a class that failed to initialise fails here as it
   * would have failed in the pipeline.
   */
  static void await() {
    Loader t = STARTED.get();
    if (t == null) {
      return;
    }
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable f = t.failure;
    if (f instanceof Error e) {
      throw e;
    }
    if (f instanceof RuntimeException e) {
      throw e;
    }
  }
}
