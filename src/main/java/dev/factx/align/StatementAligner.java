package dev.factx.align;

import dev.factx.analysis.Document;
import dev.factx.analysis.People;
import dev.factx.analysis.Token;
import dev.factx.analysis.Tokens;
import dev.factx.extract.Claim;
import dev.factx.extract.DateClaim;
import dev.factx.text.MapValues;
import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alignment stage: for each pair of a bundle's articles, the statements (clauses or
 * sentences) that report the same thing, found through one bundle-wide inverted index and never by
 * comparing every statement with every other.
 *
 * <p>Statements are compared by their {@link Terms} (content words, people by their bundle-wide
 * person, figures by value and rounded value, dates by resolved day), each weighed by its kind and
 * by how rare it is in its own article (a word most of an article's statements use is its topic
 * and says little about which statement reports what), as the cosine of the weighted vectors (the
 * rules are {@link NodeIndex#score}'s). Statements alike at {@link #STATEMENT_THRESHOLD} or more
 * are aligned. Copies (the same words, or the same words but for a figure or date: wire copy and
 * reprints) are aligned whatever the index says. Besides whole statements, the words around each
 * figure ({@value #FIGURE_REACH} content words either side, stopping before the next figure) are
 * aligned at {@link #FIGURE_THRESHOLD}: two figures whose surroundings alone are alike may agree,
 * but such a link never carries a discrepancy.
 *
 * <p>Nothing here depends on the size of the bundle but through the fixed cap of {@link
 * NodeIndex}: a term's weight is read within its article, not across the bundle, so adding
 * articles never moves a score; no statement is limited to some best partners, so a better one
 * arriving never pushes one out; and the candidates a statement meets only grow as articles are
 * added after it. A pair aligned in a bundle stays aligned in any bundle that adds articles after
 * it.
 *
 * <p>The thresholds were measured on the development set (issue 16): at 0.25 and 0.35 about two
 * in three of the labelled claims' article pairs stand in aligned statements, with about 50
 * aligned pairs a bundle of three articles, of which 18 in a sample of 30 read by hand report the
 * same thing; so
 * an alignment is a condition for comparing two claims, never a reason on its own.
 */
public final class StatementAligner {
  /** The least score at which two statements are aligned. */
  public static final double STATEMENT_THRESHOLD = 0.25;
  /** The least score at which the words around two figures are aligned. */
  public static final double FIGURE_THRESHOLD = 0.35;
  /** How many content words either side of a figure its window holds. */
  static final int FIGURE_REACH = 6;
  /** The fewest words a statement needs for its copies to be aligned as copies. */
  static final int COPY_WORDS = 6;

  private final double statementThreshold;
  private final double figureThreshold;
  private final int partners;
  /** How many postings the last {@link #align} visited per node (a statement and its copies): what the cap bounds. */
  double visitedPerNode;

  /** The aligner with the measured defaults. */
  public StatementAligner() {
    this(STATEMENT_THRESHOLD, FIGURE_THRESHOLD, 0);
  }

  /**
   * An aligner with other settings, for measuring them.
   *
   * @param partners how many partners a statement or window keeps, best first (a pair stays when
   *     either keeps it), or 0 for every one above the thresholds, as the stage does: a cap on
   *     partners would let a larger bundle push out a pair
   */
  StatementAligner(double statementThreshold, double figureThreshold, int partners) {
    if (statementThreshold <= 0 || statementThreshold > 1 || figureThreshold <= 0
        || figureThreshold > 1) {
      throw new IllegalArgumentException("thresholds are in (0, 1]");
    }
    this.statementThreshold = statementThreshold;
    this.figureThreshold = figureThreshold;
    this.partners = partners <= 0 ? Integer.MAX_VALUE : partners;
  }

  /**
   * Aligns the statements of a bundle's documents.
   *
   * @param documents the bundle's documents, in bundle order
   * @param people the bundle's people, so a person is one term however the articles name them
   * @param claims the bundle's claims; their dates are read as resolved days (other kinds are
   *     read from the text itself)
   */
  public Alignment align(List<Document> documents, People people, List<? extends Claim> claims) {
    return align(documents, people, claims, a -> { });
  }

  /**
   * {@link #align(List, People, List)}, telling {@code done} the index of each document once it
   * has been read for good (in bundle order, on the calling thread, while no document is being
   * read), so the caller can let it go.
   */
  public Alignment align(List<Document> documents, People people, List<? extends Claim> claims,
      java.util.function.IntConsumer done) {
    Map<String, List<DateClaim>> dates = new HashMap<>();
    for (Claim c : claims) {
      if (c instanceof DateClaim d && d.value() != null) {
        dates.computeIfAbsent(d.articleId(), MapValues.list()).add(d);
      }
    }
    NodeIndex statementIndex = new NodeIndex();
    NodeIndex windowIndex = new NodeIndex();
    LinkedHashMap<String, List<Statement>> statements = new LinkedHashMap<>();
    Map<String, int[]> nodes = new HashMap<>();
    Map<String, int[]> exact = new HashMap<>();
    // each statement's words as compared, numbered: equal words, equal numbers (the words
    // themselves are let go with the stage)
    Map<String, Integer> exactIds = new HashMap<>();
    Map<String, List<List<Alignment.Window>>> windows = new HashMap<>();
    // what each document's statements and figure windows are depends on that document alone:
    // documents are read a batch ahead on a thread of their own while this one numbers the
    // batch before into the indexes, in bundle order, so the nodes are the same whatever the
    // threads did (what is read waits only until its batch is indexed)
    try (ReadAhead<Document, Read> reads =
        new ReadAhead<>(documents, READ_BATCH, new Reader(people, dates), done)) {
      for (int a = 0; a < documents.size(); a++) {
        Read r = reads.next();
        if (statements.containsKey(r.id())) {
          continue; // ids are unique in a bundle; a repeated one would only be read twice
        }
        int[] nodeOf = new int[r.statements().size()];
        List<List<Alignment.Window>> windowsOf = new ArrayList<>(nodeOf.length);
        for (int j = 0; j < nodeOf.length; j++) {
          Piece p = r.pieces().get(j);
          nodeOf[j] = statementIndex.add(p.groupKey(), p.terms(), p.shingles(), a);
          List<Alignment.Window> out = new ArrayList<>();
          for (WindowPiece w : r.windows().get(j)) {
            Piece q = w.piece();
            int node = windowIndex.add(q.groupKey(), q.terms(), q.shingles(), a);
            out.add(new Alignment.Window(w.statement(), w.number(), node));
          }
          windowsOf.add(List.copyOf(out));
        }
        statements.put(r.id(), r.statements());
        nodes.put(r.id(), nodeOf);
        int[] exactOf = new int[r.exact().size()];
        for (int j = 0; j < exactOf.length; j++) {
          String words = r.exact().get(j);
          Integer id = exactIds.get(words);
          if (id == null) {
            id = exactIds.size();
            exactIds.put(words, id);
          }
          exactOf[j] = id;
        }
        exact.put(r.id(), exactOf);
        windows.put(r.id(), windowsOf);
      }
    }
    exactIds.clear(); // the words themselves go now (memory at 10,000 articles: s3-mem2)
    // the two indexes are independent: each goes once its pairs are found
    statementIndex.finish();
    Links wordLinks = statementIndex.pairs(statementThreshold, partners);
    visitedPerNode = statementIndex.size() == 0 ? 0
        : (double) statementIndex.visited / statementIndex.size();
    statementIndex = null;
    windowIndex.finish();
    Links windowLinks = windowIndex.pairs(figureThreshold, partners);
    return new Alignment(statements, nodes, exact, wordLinks, windows, windowLinks);
  }

  /**
   * How many documents are read ahead of their indexing, as a batch: two batches' statements are
   * held at once, and their documents until the batch is read.
   */
  private static final int READ_BATCH = 128;

  /**
   * A piece of text as the index takes it: its group key, terms and word-trigram hashes. The
   * strings' hashes are worked out as it is made, by the thread that reads, so that the one
   * thread numbering pieces into the index finds them known.
   */
  private record Piece(String groupKey, List<Terms.Term> terms, int[] shingles) {
    Piece {
      if (groupKey != null) {
        groupKey.hashCode();
      }
      for (Terms.Term t : terms) {
        t.key().hashCode();
      }
    }
  }

  /** The window of one figure of a statement, before it has a node. */
  private record WindowPiece(int statement, Span number, Piece piece) {}

  /** A document's statements, each statement's piece, words as compared and figure windows. */
  private record Read(String id, List<Statement> statements, List<Piece> pieces,
      List<String> exact, List<List<WindowPiece>> windows) {}

  /**
   * {@link #read} with the document's own date claims. A class rather than a lambda: a lambda's
   * call site is linked at its first run, a cost paid at every start.
   */
  private record Reader(People people, Map<String, List<DateClaim>> dates)
      implements java.util.function.Function<Document, Read> {
    @Override
    public Read apply(Document d) {
      return read(d, people, dates.getOrDefault(d.article().id(), List.of()));
    }
  }

  /** Reads a document's statements and their figures' windows (nothing is indexed yet). */
  private static Read read(Document d, People people, List<DateClaim> claims) {
    DateStarts articleDates = new DateStarts(claims);
    String id = d.article().id();
    Tokens tk = d.tokens();
    Terms.Memo memo = new Terms.Memo(tk);
    List<Span> spans = Clauses.of(d);
    List<Statement> list = new ArrayList<>(spans.size());
    List<Piece> pieces = new ArrayList<>(spans.size());
    List<String> exactOf = new ArrayList<>(spans.size());
    List<List<WindowPiece>> windowsOf = new ArrayList<>(spans.size());
    for (Span span : spans) {
      Span source = d.sourceSpan(span);
      Statement s = new Statement(id, list.size(), span, source, d.paragraphAt(span.start()));
      int from = tk.firstAtOrAfter(span.start());
      int to = from;
      while (to < tk.size() && tk.end(to) <= span.end()) {
        to++;
      }
      int firstWord = firstWord(d, tk, span.start());
      List<Terms.Term> terms = Terms.of(memo, d, people, from, to, firstWord,
          days(articleDates, source));
      String[] keys = keys(memo, tk, from, to);
      pieces.add(new Piece(keys[1], terms, shingles(tk, from, to)));
      keys[0].hashCode(); // as a piece's strings: worked out here, not where it is numbered
      exactOf.add(keys[0]);
      windowsOf.add(windows(memo, d, people, tk, s, from, to, firstWord, articleDates));
      list.add(s);
    }
    d.wordCount(); // what a released document keeps, worked out here beside the other reads
    return new Read(id, List.copyOf(list), pieces, exactOf, windowsOf);
  }

  /** The windows of a statement's figures, in text order. */
  private static List<WindowPiece> windows(Terms.Memo memo, Document d, People people,
      Tokens tk, Statement s, int from, int to, int firstWord, DateStarts dates) {
    List<WindowPiece> out = new ArrayList<>();
    int previous = -1;
    for (int k = from; k < to; k++) {
      if (!memo.isNumber(k, to)) {
        continue;
      }
      // FIGURE_REACH content words either side
      int lo = k;
      for (int n = 0; lo > from && n < FIGURE_REACH; lo--) {
        n += memo.content(lo - 1) ? 1 : 0;
      }
      if (previous >= lo && previous < k - 1) {
        lo = Math.min(k, previous + 2); // after the figure before and its scale word
      }
      int hi = k + 1;
      for (int n = 0; hi < to && n < FIGURE_REACH; hi++) {
        n += memo.content(hi) ? 1 : 0;
      }
      for (int j = k + 1; j < hi; j++) {
        if (memo.isNumber(j, to)) {
          hi = j;
          for (int c = k + 1; c < j; c++) {
            if (tk.text(c).equals(",")) {
              hi = c; // a list: the window stops at the comma before the next figure
              break;
            }
          }
          break;
        }
      }
      previous = k;
      Span window = d.sourceSpan(new Span(tk.start(lo), tk.end(hi - 1)));
      List<Terms.Term> terms = Terms.of(memo, d, people, lo, hi, firstWord,
          days(dates, window));
      Piece piece = new Piece(keys(memo, tk, lo, hi)[0], terms, shingles(tk, lo, hi));
      out.add(new WindowPiece(s.index(), d.sourceSpan(new Span(tk.start(k), tk.end(k))),
          piece));
    }
    return out;
  }

  /** The index of the first word of the sentence holding an offset (a capital there proves nothing). */
  private static int firstWord(Document d, Tokens tk, int offset) {
    int sentence = d.sentenceAt(offset);
    int k = tk.firstAtOrAfter(sentence < 0 ? offset : d.sentences().get(sentence).start());
    while (k < tk.size() && tk.kind(k) != Token.Kind.WORD) {
      k++;
    }
    return k;
  }

  /** The resolved days of the date claims that start inside a raw-body span. */
  private static List<String> days(DateStarts dates, Span source) {
    List<String> out = new ArrayList<>();
    for (int i = dates.first(source.start()); i < dates.claims.size(); i++) {
      DateClaim c = dates.claims.get(i);
      if (c.span().start() >= source.start() && c.span().start() < source.end()) {
        out.add(c.value());
      } else if (dates.sorted && c.span().start() >= source.end()) {
        break;
      }
    }
    return out;
  }

  /**
   * An article's date claims and where each starts: when they come in order of their start (as
   * the extractor gives them), the claims inside a span are found by a binary search, not by a
   * scan of all of them per statement and figure window (an article that is one long line of
   * dated sentences made that quadratic); out of order, every claim is looked at, as before.
   */
  private static final class DateStarts {
    final List<DateClaim> claims;
    final int[] starts;
    final boolean sorted;

    DateStarts(List<DateClaim> claims) {
      this.claims = claims;
      this.starts = new int[claims.size()];
      boolean inOrder = true;
      for (int i = 0; i < starts.length; i++) {
        starts[i] = claims.get(i).span().start();
        inOrder &= i == 0 || starts[i - 1] <= starts[i];
      }
      this.sorted = inOrder;
    }

    /** The first claim that may start at or after an offset. */
    int first(int offset) {
      if (!sorted) {
        return 0;
      }
      int lo = 0;
      int hi = starts.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (starts[mid] < offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  /**
   * The words of tokens {@code [from, to)} as compared, and their group key: the same words with
   * every figure and weekday or month name left out, when there are enough of them for copies to
   * mean copy; else null (the statement is a node of its own).
   */
  private static String[] keys(Terms.Memo memo, Tokens tk, int from, int to) {
    StringBuilder words = new StringBuilder();
    StringBuilder skeleton = new StringBuilder();
    int count = 0;
    boolean anyVariable = false;
    for (int i = from; i < to; i++) {
      if (tk.kind(i) == Token.Kind.PUNCT) {
        continue;
      }
      String w = tk.lower(i);
      words.append(w).append(' ');
      boolean variable = memo.isNumber(i, to) || memo.dateWord(i) != null;
      anyVariable |= variable;
      skeleton.append(variable ? "#" : w).append(' ');
      count++;
    }
    String all = words.toString();
    // most statements have no figure or date: their key is their words, one string for both
    // (the aligner holds both of every statement while it reads; memory at 10,000 articles)
    String key = count < COPY_WORDS ? null : anyVariable ? skeleton.toString() : all;
    return new String[] {all, key};
  }

  /**
   * Hashes of the word trigrams of tokens {@code [from, to)}, sorted, each once: each the {@link
   * String#hashCode} of the three lower-case words joined by spaces, worked out from the words'
   * own hashes without making the string (the hash of {@code a + b} is {@code hash(a) *
   * 31^length(b) + hash(b)}, in int arithmetic as String's).
   */
  private static int[] shingles(Tokens tk, int from, int to) {
    int n = 0;
    int[] hash = new int[to - from];
    int[] power = new int[to - from]; // 31 to the power of the word's length
    for (int i = from; i < to; i++) {
      if (tk.kind(i) != Token.Kind.PUNCT) {
        String w = tk.lower(i);
        int p = 1;
        for (int k = 0; k < w.length(); k++) {
          p *= 31;
        }
        hash[n] = w.hashCode();
        power[n++] = p;
      }
    }
    if (n < 3) {
      return new int[0];
    }
    int[] out = new int[n - 2];
    for (int i = 0; i + 2 < n; i++) {
      int ab = (hash[i] * 31 + ' ') * power[i + 1] + hash[i + 1];
      out[i] = (ab * 31 + ' ') * power[i + 2] + hash[i + 2];
    }
    Arrays.sort(out);
    int kept = 0;
    for (int i = 0; i < out.length; i++) {
      if (kept == 0 || out[i] != out[kept - 1]) {
        out[kept++] = out[i];
      }
    }
    return Arrays.copyOf(out, kept);
  }
}
