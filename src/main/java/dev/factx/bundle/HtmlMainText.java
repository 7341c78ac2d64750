package dev.factx.bundle;

import dev.factx.bundle.HtmlBlocks.Block;
import dev.factx.bundle.HtmlBlocks.Mark;
import dev.factx.bundle.HtmlBlocks.Stats;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a web page's article among its blocks and tells every other block why it is furniture.
 *
 * <p>The article is where the page's own structure puts it, in this order: the elements marked
 * {@code itemprop="articleBody"}; the element that holds the paragraphs of the page's JSON-LD
 * {@code articleBody}; the outermost {@code <article>} (or, on a live blog, every one of them when
 * no one holds most of the prose); {@code <main>}; and else the element whose paragraphs weigh
 * most by a text-density rule (a paragraph of prose scores its parent, half its grandparent and a
 * sixth its great-grandparent, more for length and commas). Candidates inside marked furniture
 * (a "related" box of {@code <article>} teasers) do not count. Paragraphs of prose right beside
 * a single article belong to it (broken markup can close the article before them).
 *
 * <p>Inside the article, marked furniture goes with its reason: tags ({@code nav}, {@code aside},
 * {@code figure}, {@code form}, ...), ARIA roles, class and id words, lists that are mostly links
 * and paragraphs that are nothing but a link. A class word does not remove an element that holds
 * most of the article's prose and names itself content ({@code story-body has-comments}), and the
 * article's own {@code <header>} stays (its headline and standfirst; the text cleaner then takes
 * the title repeat and the byline). Everything outside the article is furniture too, by its
 * nearest mark or as "outside the article".
 */
final class HtmlMainText {
  /** An article holds at least this many characters of prose; less is a page without one. */
  static final int MIN_PROSE = 100;

  private static final String OUTSIDE = "outside the article";

  /** What the page's text is: the article's blocks and every other block with its reason. */
  static final class Result {
    final List<Element> roots;
    final List<Block> kept = new ArrayList<>();
    final List<Block> removed = new ArrayList<>();
    final List<String> reasons = new ArrayList<>(); // of removed, in step

    Result(List<Element> roots) {
      this.roots = roots;
    }

    boolean hasArticle() {
      return !roots.isEmpty();
    }
  }

  private record State(boolean inRoot, String reason) {}

  private final Document doc;
  private final HtmlBlocks blocks;
  private final int pageProse;
  private final Map<Element, Boolean> excluded = new IdentityHashMap<>();

  private HtmlMainText(Document doc, HtmlBlocks blocks) {
    this.doc = doc;
    this.blocks = blocks;
    this.pageProse = prose(doc.body());
  }

  /**
   * Finds the article.
   *
   * @param jsonLdBody the page's JSON-LD {@code articleBody}, or null
   */
  static Result find(Document doc, HtmlBlocks blocks, String jsonLdBody) {
    HtmlMainText m = new HtmlMainText(doc, blocks);
    List<Element> roots = m.roots(jsonLdBody);
    int prose = 0;
    for (Element r : roots) {
      prose += m.prose(r);
    }
    Result result = new Result(prose >= MIN_PROSE ? roots : List.of());
    m.judge(result);
    return result;
  }

  private List<Element> roots(String jsonLdBody) {
    List<Element> roots = topLevel(doc.getElementsByAttributeValueMatching("itemprop",
        "(?i)(^|\\s)articleBody(\\s|$)"));
    if (roots.isEmpty() && jsonLdBody != null) {
      roots = holder(jsonLdBody);
    }
    if (roots.isEmpty()) {
      roots = articles();
    }
    if (roots.isEmpty()) {
      roots = largest(topLevel(doc.select("main, [role=main]")));
    }
    if (roots.isEmpty()) {
      roots = densest();
    }
    return roots.size() == 1 ? withStrayParagraphs(roots.get(0)) : roots;
  }

  /**
   * The article and the paragraphs of prose beside it: markup that closes the article too early
   * (a stray {@code </div>}) leaves its later paragraphs next to it, as a browser shows them.
   */
  private List<Element> withStrayParagraphs(Element root) {
    // up through the wrappers that hold no prose but the article's
    Element level = root;
    while (level.parent() != null && level.parent() != doc
        && prose(level.parent()) == prose(level)) {
      level = level.parent();
    }
    Element parent = level.parent();
    if (parent == null) {
      return List.of(root);
    }
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == level) {
        out.add(root);
      } else if (sibling.normalName().equals("p") && prose(sibling) > 0 && !isExcluded(sibling)) {
        out.add(sibling);
      }
    }
    return out;
  }

  private int prose(Element e) {
    Stats s = e == null ? null : blocks.stats.get(e);
    return s == null ? 0 : s.prose;
  }

  /** Whether a mark counts while looking for the article (a page-wide form does not). */
  private boolean excludes(Element e) {
    Mark m = blocks.marks.get(e);
    if (m == null) {
      return false;
    }
    boolean holdsThePage = 2 * prose(e) >= pageProse && pageProse > 0;
    return !(holdsThePage && (m.reason().equals("form")
        || m.byWord() && blocks.contentNamed.contains(e)));
  }

  /** Whether an element is inside (or is) furniture, for finding the article. */
  private boolean isExcluded(Element e) {
    return inherited(e, excluded, false, (up, el) -> up || excludes(el));
  }

  /** The candidates with prose, outside furniture, that no other candidate holds. */
  private List<Element> topLevel(List<Element> candidates) {
    Set<Element> set = Collections.newSetFromMap(new IdentityHashMap<>());
    set.addAll(candidates);
    Map<Element, Boolean> inside = new IdentityHashMap<>();
    List<Element> out = new ArrayList<>();
    for (Element c : candidates) {
      boolean nested = c.parent() != null
          && inherited(c.parent(), inside, false, (up, el) -> up || set.contains(el));
      if (!nested && prose(c) > 0 && !isExcluded(c)) {
        out.add(c);
      }
    }
    return out;
  }

  private List<Element> largest(List<Element> candidates) {
    Element best = null;
    for (Element c : candidates) {
      if (best == null || prose(c) > prose(best)) {
        best = c;
      }
    }
    return best == null ? List.of() : List.of(best);
  }

  /** The outermost articles: the one that holds most of their prose, else all (a live blog). */
  private List<Element> articles() {
    List<Element> all = topLevel(doc.getElementsByTag("article"));
    int sum = 0;
    for (Element a : all) {
      sum += prose(a);
    }
    List<Element> one = largest(all);
    return !one.isEmpty() && 2 * prose(one.get(0)) >= sum ? one : all;
  }

  /**
   * The element that holds the paragraphs of the JSON-LD body: the nearest common ancestor of the
   * first and the last prose block whose first six words stand in the JSON-LD body, when such
   * blocks hold at least half of it.
   */
  private List<Element> holder(String jsonLdBody) {
    List<String> words = wordList(jsonLdBody);
    Set<String> windows = new HashSet<>();
    for (int i = 0; i + 6 <= words.size() && windows.size() < 200_000; i++) {
      windows.add(String.join(" ", words.subList(i, i + 6)));
    }
    Block first = null;
    Block last = null;
    int matched = 0;
    for (Block b : blocks.blocks) {
      if (!b.prose || b.element == null || isExcluded(b.element)) {
        continue;
      }
      List<String> w = wordList(b.text);
      if (w.size() >= 6 && windows.contains(String.join(" ", w.subList(0, 6)))) {
        first = first == null ? b : first;
        last = b;
        matched += w.size();
      }
    }
    if (first == null || 2 * matched < words.size()) {
      return List.of();
    }
    Element common = commonAncestor(first.element, last.element);
    return common == null ? List.of() : List.of(common);
  }

  private static List<String> wordList(CharSequence s) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        w.append(Character.toLowerCase(c));
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    return out;
  }

  private static Element commonAncestor(Element a, Element b) {
    Set<Element> up = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e = a; e != null; e = e.parent()) {
      up.add(e);
    }
    for (Element e = b; e != null; e = e.parent()) {
      if (up.contains(e)) {
        return e;
      }
    }
    return null;
  }

  /** The element that scores highest by the text-density rule, or none. */
  private List<Element> densest() {
    Map<Element, Double> score = new IdentityHashMap<>();
    Element best = null;
    for (Block b : blocks.blocks) {
      if (!b.prose || b.element == null || isExcluded(b.element)) {
        continue;
      }
      int commas = 0;
      for (int i = 0; i < b.text.length(); i++) {
        commas += b.text.charAt(i) == ',' ? 1 : 0;
      }
      double points = 1 + commas + Math.min(b.text.length() / 100, 3);
      Element e = b.element.parent();
      for (int level = 0; level < 3 && e != null; level++, e = e.parent()) {
        double s = score.merge(e, points / (level == 0 ? 1 : level == 1 ? 2 : 6), Double::sum);
        if (best == null || s > score.get(best)) {
          best = e;
        }
      }
    }
    return best == null ? List.of() : List.of(best);
  }

  /** Gives every block its verdict: kept in the article, or removed with a reason. */
  private void judge(Result result) {
    Set<Element> roots = Collections.newSetFromMap(new IdentityHashMap<>());
    roots.addAll(result.roots);
    Map<Element, State> states = new IdentityHashMap<>();
    State outside = new State(false, null);
    int[] rootProse = {0};
    result.roots.forEach(r -> rootProse[0] += prose(r));
    BiFunction<State, Element, State> step = (up, el) -> {
      if (roots.contains(el)) {
        return new State(true, null);
      }
      String reason = up.reason();
      Mark m = blocks.marks.get(el);
      if (m != null && counts(m, el, up.inRoot(), rootProse[0])) {
        reason = m.reason();
      } else if (up.inRoot() && reason == null && isLinkList(el)) {
        reason = "list of headlines";
      }
      return reason == null && !up.inRoot() && up.reason() == null ? outside
          : new State(up.inRoot(), reason);
    };
    for (Block b : blocks.blocks) {
      State s = b.element == null ? outside : inherited(b.element, states, outside, step);
      String reason = s.reason();
      if (reason == null && !s.inRoot()) {
        reason = OUTSIDE;
      }
      if (reason == null && 10 * b.links >= 9 * b.text.length()) {
        reason = "other-story teaser";
      }
      if (reason == null) {
        result.kept.add(b);
      } else {
        result.removed.add(b);
        result.reasons.add(reason);
      }
    }
  }

  /** Whether a mark removes an element inside the article (or, outside it, names the reason). */
  private boolean counts(Mark m, Element el, boolean inRoot, int rootProse) {
    if (!inRoot) {
      return true;
    }
    if (m.reason().equals(HtmlBlocks.PAGE_HEADER)) {
      return false; // the article's own header: headline, standfirst, byline
    }
    boolean holdsTheStory = 2 * prose(el) >= rootProse;
    return !(holdsTheStory && (m.reason().equals("form")
        || m.byWord() && blocks.contentNamed.contains(el)));
  }

  /** A list of at least two items that are mostly link text: a list of headlines. */
  private boolean isLinkList(Element el) {
    String tag = el.normalName().toLowerCase(Locale.ROOT);
    if (!tag.equals("ul") && !tag.equals("ol")) {
      return false;
    }
    Stats s = blocks.stats.get(el);
    return s != null && s.blocks >= 2 && 10 * s.links >= 7 * s.text;
  }

  /**
   * A value inherited down the tree, memoized: {@code step(parent's value, element)}; computed
   * without recursion, so that a deep page costs no stack and each element is computed once.
   */
  private static <T> T inherited(Element e, Map<Element, T> memo, T top,
      BiFunction<T, Element, T> step) {
    T known = memo.get(e);
    if (known != null) {
      return known;
    }
    List<Element> chain = new ArrayList<>();
    T value = top;
    for (Element x = e; x != null; x = x.parent()) {
      T m = memo.get(x);
      if (m != null) {
        value = m;
        break;
      }
      chain.add(x);
    }
    for (int k = chain.size() - 1; k >= 0; k--) {
      value = step.apply(value, chain.get(k));
      memo.put(chain.get(k), value);
    }
    return value;
  }
}
