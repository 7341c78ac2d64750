package dev.factx.align;

import dev.factx.extract.Claim;
import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which statements of a bundle's articles report the same thing: the result of {@link
 * StatementAligner}, read by the matchers before they compare two claims.
 *
 * <p>The questions it answers, each in time independent of the bundle's size:
 *
 * <ul>
 *   <li>{@link #statementOf(Claim)}: the statement (clause or sentence) a claim stands in;
 *   <li>{@link #link(Claim, Claim)}: why two claims of different articles may be compared, or
 *       null: their statements are copies of each other ({@link Link.Basis#COPY}), share enough
 *       rare words, names, figures and dates ({@link Link.Basis#WORDS}), or only the words around
 *       the two claims are alike ({@link Link.Basis#FIGURE}: for agreements only);
 *   <li>{@link #aligned(Claim, Claim)}: whether the two claims' statements are aligned as whole
 *       statements (copy or words): what a discrepancy may rest on;
 *   <li>{@link #basis(List)}: the links that tie a group of claims together, for a finding to
 *       name.
 * </ul>
 */
public final class Alignment {
  /** No statement aligned with any other: what matching sees without the stage. */
  public static Alignment none() {
    return new Alignment(new LinkedHashMap<>(), Map.of(), Map.of(), Links.none(), Map.of(),
        Links.none());
  }

  /** A figure's surroundings: its statement, the number's place in the raw body, its node. */
  record Window(int statement, Span number, int node) {}

  private final Map<String, List<Statement>> statements;
  private final Map<String, int[]> nodes;
  private final Map<String, int[]> exact;
  private final Links wordLinks;
  private final Map<String, List<List<Window>>> windows;
  private final Links figureLinks;
  private final Map<String, Integer> articleOrder = new HashMap<>();

  /**
   * @param statements each article's statements, articles in bundle order
   * @param nodes per article, each statement's node among the statements
   * @param exact per article, each statement's words as compared, numbered (equal words, equal
   *     numbers: copies have equal ones)
   * @param wordLinks the pairs of statement nodes that are alike, with their scores
   * @param windows per article and statement, the windows of its figures
   * @param figureLinks the pairs of window nodes that are alike, with their scores
   */
  Alignment(LinkedHashMap<String, List<Statement>> statements, Map<String, int[]> nodes,
      Map<String, int[]> exact, Links wordLinks,
      Map<String, List<List<Window>>> windows, Links figureLinks) {
    for (String id : statements.keySet()) {
      articleOrder.put(id, articleOrder.size());
    }
    this.statements = statements;
    this.nodes = nodes;
    this.exact = exact;
    this.wordLinks = wordLinks;
    this.windows = windows;
    this.figureLinks = figureLinks;
  }

  /**
   * The statement node of a claim: one number for its statement and every copy of it in other
   * articles (copies are aligned with each other), or -1 when the claim stands in no statement.
   * With {@link #linkedNodes}, this lets a matcher group claims through the alignment in time
   * linear in the claims, without asking {@link #link} of every pair.
   */
  public int nodeOf(Claim claim) {
    Statement s = statementOf(claim);
    return s == null ? -1 : nodeOf(s);
  }

  /** The node of one of this alignment's statements (a statement and its copies share one). */
  public int nodeOf(Statement s) {
    return nodes.get(s.articleId())[s.index()];
  }

  /** The statement nodes aligned as wholes with a node (word links), in increasing order. */
  public List<Integer> linkedNodes(int node) {
    return wordLinks.of(node);
  }

  /** The window nodes of the figures a claim's span holds (empty when it holds none). */
  public List<Integer> windowNodesOf(Claim claim) {
    Statement s = statementOf(claim);
    if (s == null) {
      return List.of();
    }
    List<Integer> out = new ArrayList<>();
    for (Window w : windowsOf(claim, s)) {
      out.add(w.node());
    }
    return out;
  }

  /** The window nodes whose words are alike with a window node's (figure links). */
  public List<Integer> linkedWindows(int windowNode) {
    return figureLinks.of(windowNode);
  }

  /** An article's statements, in text order (empty for an article it does not know). */
  public List<Statement> statements(String articleId) {
    return statements.getOrDefault(articleId, List.of());
  }

  /** The statement holding the start of a claim, or null when it stands in none. */
  public Statement statementOf(Claim claim) {
    List<Statement> list = statements(claim.articleId());
    int offset = claim.span().start();
    int lo = 0;
    int hi = list.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = list.get(mid).source();
      if (s.end() <= offset) {
        lo = mid + 1;
      } else if (s.start() > offset) {
        hi = mid - 1;
      } else {
        return list.get(mid);
      }
    }
    return null;
  }

  /**
   * Why two claims of different articles may be compared: the link between their statements
   * (copy before words), else between the words around them (figure), else null. Null for two
   * claims of one article.
   */
  public Link link(Claim a, Claim b) {
    if (a.articleId().equals(b.articleId())) {
      return null;
    }
    Statement sa = statementOf(a);
    Statement sb = statementOf(b);
    if (sa == null || sb == null) {
      return null;
    }
    Link whole = link(sa, sb);
    if (whole != null) {
      return order(whole);
    }
    Double best = null;
    for (Window wa : windowsOf(a, sa)) {
      for (Window wb : windowsOf(b, sb)) {
        double s = figureLinks.score(wa.node(), wb.node());
        if (!Double.isNaN(s) && (best == null || s > best)) {
          best = s;
        }
      }
    }
    return best == null ? null : order(Link.of(sa, sb, best, Link.Basis.FIGURE));
  }

  /** The link between two statements of different articles as whole statements, or null. */
  public Link link(Statement sa, Statement sb) {
    if (sa.articleId().equals(sb.articleId())) {
      return null;
    }
    int na = nodes.get(sa.articleId())[sa.index()];
    int nb = nodes.get(sb.articleId())[sb.index()];
    if (na == nb) {
      boolean same = exact.get(sa.articleId())[sa.index()]
          == exact.get(sb.articleId())[sb.index()];
      return Link.of(sa, sb, same ? 1 : COPY_CHANGED, Link.Basis.COPY);
    }
    double s = wordLinks.score(na, nb);
    return Double.isNaN(s) ? null : Link.of(sa, sb, s, Link.Basis.WORDS);
  }

  /** The best link between the words around any figures of two statements, or null. */
  Link figureLink(Statement sa, Statement sb) {
    List<List<Window>> wa = windows.get(sa.articleId());
    List<List<Window>> wb = windows.get(sb.articleId());
    Double best = null;
    for (Window x : wa.get(sa.index())) {
      for (Window y : wb.get(sb.index())) {
        double s = figureLinks.score(x.node(), y.node());
        if (!Double.isNaN(s) && (best == null || s > best)) {
          best = s;
        }
      }
    }
    return best == null ? null : Link.of(sa, sb, best, Link.Basis.FIGURE);
  }

  /** The score of a copy whose figures or dates were changed. */
  static final double COPY_CHANGED = 0.9;

  /** Whether two claims' statements are aligned as whole statements (copy or words). */
  public boolean aligned(Claim a, Claim b) {
    Link l = link(a, b);
    return l != null && l.statements();
  }

  /**
   * The links that tie some claims together, as few as make them one group where the alignment
   * can: each claim, in order, tied to the first earlier claim of another article it is linked
   * with (statement links before figure links); claims that no link ties are left out. Each claim
   * is tried against at most {@value #TRIES} earlier claims, so the work stays linear.
   */
  public List<Link> basis(List<? extends Claim> claims) {
    Map<String, Link> out = new LinkedHashMap<>();
    List<Claim> earlier = new ArrayList<>();
    Map<Statement, Boolean> placed = new HashMap<>();
    for (Claim c : claims) {
      Statement s = statementOf(c);
      if (s == null || placed.containsKey(s)) {
        continue; // another claim of this statement is tied already, or is the first
      }
      Link tie = null;
      for (int k = 0; k < earlier.size() && k < TRIES && (tie == null || !tie.statements()); k++) {
        Link l = link(earlier.get(k), c);
        if (l != null && (tie == null || l.statements())) {
          tie = l;
        }
      }
      if (tie != null) {
        out.putIfAbsent(tie.key(), tie);
      }
      placed.put(s, true);
      if (earlier.size() < TRIES) {
        earlier.add(c);
      }
    }
    return List.copyOf(out.values());
  }

  /** How many earlier claims {@link #basis} tries a claim against. */
  static final int TRIES = 16;

  private List<Window> windowsOf(Claim c, Statement s) {
    List<List<Window>> byStatement = windows.get(c.articleId());
    if (byStatement == null) {
      return List.of();
    }
    // a statement's windows stand in text order: find the first that may overlap by halving, so
    // a statement of thousands of figures costs a logarithm per claim, not a scan
    List<Window> list = byStatement.get(s.index());
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (list.get(mid).number().end() <= c.span().start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<Window> out = new ArrayList<>();
    for (int k = lo; k < list.size() && list.get(k).number().start() < c.span().end(); k++) {
      if (list.get(k).number().overlaps(c.span())) {
        out.add(list.get(k));
      }
    }
    return out;
  }

  /** The link with its statements in bundle order of their articles. */
  private Link order(Link l) {
    return articleOrder(l.a().articleId()) <= articleOrder(l.b().articleId()) ? l
        : new Link(null, l.b(), l.a(), l.score(), l.basis());
  }

  private int articleOrder(String articleId) {
    return articleOrder.getOrDefault(articleId, Integer.MAX_VALUE);
  }
}
