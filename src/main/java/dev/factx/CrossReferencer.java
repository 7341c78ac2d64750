package dev.factx;

import dev.factx.align.Alignment;
import dev.factx.align.Link;
import dev.factx.align.StatementAligner;
import dev.factx.analysis.Analyzer;
import dev.factx.analysis.Document;
import dev.factx.analysis.People;
import dev.factx.bundle.Article;
import dev.factx.extract.Claim;
import dev.factx.extract.DateClaim;
import dev.factx.extract.DateExtractor;
import dev.factx.extract.Extractor;
import dev.factx.extract.NumberExtractor;
import dev.factx.extract.NumericClaim;
import dev.factx.extract.Quote;
import dev.factx.extract.QuoteExtractor;
import dev.factx.extract.RoleClaim;
import dev.factx.extract.RoleExtractor;
import dev.factx.extract.SharedStrings;
import dev.factx.match.DateMatcher;
import dev.factx.match.Finding;
import dev.factx.match.NumberMatcher;
import dev.factx.match.QuoteMatcher;
import dev.factx.match.RoleMatcher;
import dev.factx.match.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** The whole pipeline as one call: articles in, documents, claims and numbered findings out. */
public final class CrossReferencer {
  private CrossReferencer() {}

  /** Cleans, extracts, aligns and matches; {@code story} is the bundle's story header or null. */
  public static Report run(String story, List<Article> articles) {
    return run(story, articles, Progress.NONE);
  }

  /** {@link #run(String, List)}, telling {@code progress} how far it got. */
  public static Report run(String story, List<Article> articles, Progress progress) {
    Extracted extracted = extracted(articles, progress);
    List<Claim> all = extracted.claims();
    progress.matching(all.size());
    Map<String, java.time.LocalDate> days = days(extracted.documents());
    // matching reads the claims and the alignment alone: the analyses (texts, tokens, names) and
    // the people are let go, each document as soon as the aligner has read it (nothing else
    // reads it after extraction), and the report keeps of each document what it shows
    List<Document> documents = new ArrayList<>(extracted.documents());
    People[] people = {extracted.people()}; // held here only, so it goes after aligning
    extracted = null;
    // dates read the organisations that role claims give people
    List<RoleClaim> roles = only(all, RoleClaim.class);
    // the claims carry what matching reads, so the matchers share only read-only input. Quotes
    // and roles read no alignment, and dates read it only once they are grouped: those three
    // go on a thread of their own while the aligner runs (whose one-thread parts would leave a
    // core idle), figures after it; dates go last there, as the only one that waits for the
    // alignment (roles before them end while the aligner runs, not after it); the findings keep
    // the matchers' order: quotes, figures, dates, roles
    CompletableFuture<Alignment> aligned = new CompletableFuture<>();
    FutureTask<List<List<Finding>>> beside =
        new FutureTask<>(new Beside(all, roles, aligned, days));
    Thread side = new Thread(beside, "factx-match");
    side.setDaemon(true);
    side.start();
    List<Finding> figures;
    try {
      // which statements of two articles report the same thing, decided once for every matcher
      Alignment alignment =
          new StatementAligner().align(documents, people[0], all, new Release(documents, people));
      people[0] = null;
      aligned.complete(alignment);
      figures = new NumberMatcher(alignment, only(all, DateClaim.class))
          .match(only(all, NumericClaim.class));
    } catch (RuntimeException | Error e) {
      aligned.completeExceptionally(e); // the thread beside stops where it would wait
      throw e;
    }
    List<List<Finding>> others = outcome(beside);
    List<Finding> findings = new ArrayList<>(others.get(0));
    findings.addAll(figures);
    findings.addAll(others.get(1));
    findings.addAll(others.get(2));
    // reported speech is a claim only where it paraphrases a quote that some finding holds
    java.util.Set<String> referenced = new java.util.HashSet<>();
    for (Finding f : findings) {
      referenced.addAll(f.claims());
    }
    List<Claim> claims = new ArrayList<>();
    for (Claim c : all) {
      if (!(c instanceof Quote q && q.indirect()) || referenced.contains(c.id())) {
        claims.add(c);
      }
    }
    List<Finding> numbered = number(findings, claims);
    List<Link> links = new ArrayList<>();
    numbered = numberAlignments(numbered, links);
    return new Report(story, documents, claims, numbered, links);
  }

  /**
   * The matchers that run beside the aligner: quotes, roles, then dates (which wait for the
   * alignment); their findings as quotes, dates, roles. Classes rather than lambdas, here and
   * below: a lambda's call site is linked at its first run, a cost paid at every start.
   */
  private record Beside(List<Claim> all, List<RoleClaim> roles,
      CompletableFuture<Alignment> aligned, Map<String, java.time.LocalDate> days)
      implements Callable<List<List<Finding>>> {
    @Override
    public List<List<Finding>> call() {
      List<Finding> quotes = new QuoteMatcher().match(only(all, Quote.class));
      List<Finding> roleFindings = new RoleMatcher().match(roles);
      List<Finding> dates = new DateMatcher(roles, new Awaited(aligned), days)
          .match(only(all, DateClaim.class));
      return List.of(quotes, dates, roleFindings);
    }
  }

  /** The alignment, once the aligner has completed it (or its failure, thrown). */
  private record Awaited(CompletableFuture<Alignment> aligned) implements Supplier<Alignment> {
    @Override
    public Alignment get() {
      return aligned.join();
    }
  }

  /** Lets a document go once the aligner has read it: its people, and all but what is reported. */
  private record Release(List<Document> documents, People[] people) implements IntConsumer {
    @Override
    public void accept(int a) {
      Document d = documents.get(a);
      people[0].forget(d);
      documents.set(a, d.released());
    }
  }

  /** What a task gave, or what it threw, thrown here as it was. */
  private static <T> T outcome(FutureTask<T> task) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof CompletionException c && c.getCause() != null) {
        cause = c.getCause(); // the aligner's own failure, seen by the thread that waited for it
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error r) {
        throw r;
      }
      throw new IllegalStateException(cause);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Each article's day (its date header, else the bundle's), by article id. */
  private static Map<String, java.time.LocalDate> days(List<Document> documents) {
    Map<String, java.time.LocalDate> out = new HashMap<>();
    for (Document d : documents) {
      java.util.Optional<java.time.LocalDate> day = d.article().anchorDate();
      if (day.isPresent()) {
        out.putIfAbsent(d.article().id(), day.get());
      }
    }
    return out;
  }

  /** Cleans, analyzes and extracts, without matching: a report with claims and no findings. */
  public static Report extract(String story, List<Article> articles) {
    return extract(story, articles, Progress.NONE);
  }

  /** {@link #extract(String, List)}, telling {@code progress} of the claims found. */
  public static Report extract(String story, List<Article> articles, Progress progress) {
    Extracted extracted = extracted(articles, progress);
    return new Report(story, extracted.documents(), extracted.claims(), List.of());
  }

  /** The documents of a bundle, its people and its claims. */
  private record Extracted(List<Document> documents, People people, List<Claim> claims) {}

  private static Extracted extracted(List<Article> articles, Progress progress) {
    List<Document> documents = Analyzer.analyze(articles);
    // who is who is decided once for the bundle, and every extractor names people through it
    People people = People.of(documents);
    // a document's claims of one kind depend on that document alone: each document and extractor
    // is its own task (finer tasks even out the cores' loads), and the claims keep their order:
    // by document, then quotes, figures, dates, roles, each in text order; equal strings of
    // claims are kept once (SharedStrings: memory at 10,000 articles)
    int kinds = EXTRACTORS.size();
    int tasks = documents.size() * kinds;
    List<Claim> claims = new ArrayList<>();
    SharedStrings shared = new SharedStrings();
    List<List<? extends Claim>> found = IntStream.range(0, tasks).parallel()
        .mapToObj(new Extraction(documents, people, shared, progress, tasks))
        .toList();
    for (List<? extends Claim> f : found) {
      claims.addAll(f);
    }
    return new Extracted(documents, people, claims);
  }

  /** Extraction task {@code i}: extractor {@code i % kinds} on document {@code i / kinds}. */
  private record Extraction(
      List<Document> documents, People people, SharedStrings shared, Progress progress, int tasks)
      implements IntFunction<List<? extends Claim>> {
    @Override
    public List<? extends Claim> apply(int i) {
      int kinds = EXTRACTORS.size();
      List<? extends Claim> found = shared.all(
          EXTRACTORS.get(i % kinds).extract(documents.get(i / kinds), people));
      progress.claimsFound(found.size(), tasks);
      return found;
    }
  }

  /**
   * Numbers the alignments findings rest on, {@code a1...} in order of the first finding that
   * names each (one link named by two findings is one alignment), and gives each finding its
   * numbered links; the links go into {@code out}.
   */
  static List<Finding> numberAlignments(List<Finding> findings, List<Link> out) {
    Map<String, Link> byKey = new HashMap<>();
    List<Finding> result = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (f.alignments().isEmpty()) {
        result.add(f);
        continue;
      }
      List<Link> named = new ArrayList<>(f.alignments().size());
      for (Link l : f.alignments()) {
        String key = l.key();
        Link n = byKey.get(key);
        if (n == null) {
          n = l.withId("a" + (out.size() + 1));
          byKey.put(key, n);
          out.add(n);
        }
        named.add(n);
      }
      result.add(f.withAlignments(named));
    }
    return result;
  }

  /** What finds each kind of claim in a document, in the order claims are listed. */
  private static final List<Extractor<? extends Claim>> EXTRACTORS = List.of(
      new QuoteExtractor(), new NumberExtractor(), new DateExtractor(), new RoleExtractor());

  /** The claims of one kind, in order. */
  public static <C extends Claim> List<C> only(List<Claim> claims, Class<C> kind) {
    List<C> out = new ArrayList<>();
    for (Claim c : claims) {
      if (kind.isInstance(c)) {
        out.add(kind.cast(c));
      }
    }
    return out;
  }

  /** Orders findings (discrepancies, agreements, unique; by kind; by first claim) and numbers them. */
  static List<Finding> number(List<Finding> findings, List<Claim> claims) {
    Map<String, Integer> place = new HashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      place.put(claims.get(i).id(), i);
    }
    return number(findings, place);
  }

  /** {@link #number(List, List)} with each claim's place in the list of claims, by claim id. */
  static List<Finding> number(List<Finding> findings, Map<String, Integer> place) {
    // each finding's place is worked out once, not at every comparison of the sort (a finding of
    // many claims was read again log n times: the tail of a bundle of many findings)
    int n = findings.size();
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      Finding f = findings.get(i);
      int first = Integer.MAX_VALUE;
      boolean any = false;
      for (String c : f.claims()) {
        first = Math.min(first, place.getOrDefault(c, Integer.MAX_VALUE));
        any = true;
      }
      keys[i] = sortKey(f.verdict().ordinal(), f.kind().ordinal(), any ? first : 0);
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // a stable sort, as List.sort: equal keys keep the matchers' order
    java.util.Arrays.sort(order, new ByKey(keys));
    List<Finding> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(findings.get(order[i]).withId("f" + (i + 1)));
    }
    return out;
  }

  /** Orders indexes by their keys. */
  private record ByKey(long[] keys) implements java.util.Comparator<Integer> {
    @Override
    public int compare(Integer a, Integer b) {
      return Long.compare(keys[a], keys[b]);
    }
  }

  /**
   * One long that orders as (verdict, kind, first claim's place) do, each compared as an int:
   * the ordinals are small and not negative, the place is any int (its sign bit flipped, so
   * that the unsigned bits order as the signed int).
   */
  static long sortKey(int verdict, int kind, int place) {
    return ((long) verdict << 48) | ((long) kind << 32) | ((place ^ Integer.MIN_VALUE) & 0xFFFFFFFFL);
  }

  /** Whether any finding is at or above a {@code --fail-on} level. */
  public static boolean fails(Report report, Verdict failOn) {
    if (failOn == null) {
      return false;
    }
    // discrepancy is the most severe level; --fail-on unique fails on unique claims and worse
    return report.findings().stream()
        .anyMatch(f -> f.verdict() == Verdict.DISCREPANCY
            || (failOn == Verdict.UNIQUE && f.verdict() == Verdict.UNIQUE));
  }
}
