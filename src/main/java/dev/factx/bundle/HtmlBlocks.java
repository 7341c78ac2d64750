package dev.factx.bundle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A parsed web page cut into blocks of text the way a browser lays it out: a paragraph, heading,
 * list item or table row is a block, whitespace is collapsed, {@code <br>} breaks a line and
 * {@code <q>} shows its quote marks. Every block character keeps the range of page characters it
 * was read from, entities and collapsed whitespace included. While cutting, it notes for every
 * block-level element the text, link text and prose it holds, and which elements the page marks
 * as furniture by their tag, ARIA role or class and id words.
 *
 * <p>The walk is iterative ({@link NodeTraversor}), so a page nested ten thousand tags deep costs
 * no more stack than a flat one.
 */
final class HtmlBlocks {
  /** Tags laid out inside a line; every other tag (custom elements included) is a block. */
  private static final Set<String> INLINE = Set.of("a", "abbr", "acronym", "b", "bdi", "bdo",
      "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img", "ins", "kbd", "label",
      "mark", "nobr", "output", "picture", "q", "rp", "rt", "ruby", "s", "samp", "small", "span",
      "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "td", "th");

  /** Tags whose content is no page text (code, styles, vector drawings, document metadata). */
  private static final Set<String> NOT_TEXT = Set.of("script", "style", "template", "svg",
      "math", "head", "title", "meta", "link", "base", "noframes", "param", "source", "track");

  /** Tags that are furniture wherever they stand, with the reason. */
  private static final Map<String, String> TAG_REASONS = Map.ofEntries(
      Map.entry("nav", "navigation"), Map.entry("menu", "navigation"),
      Map.entry("aside", "sidebar"), Map.entry("footer", "footer"),
      Map.entry("header", "page header"), Map.entry("form", "form"),
      Map.entry("button", "form"), Map.entry("select", "form"), Map.entry("textarea", "form"),
      Map.entry("figcaption", "caption"), Map.entry("figure", "caption"),
      Map.entry("dialog", "dialog"), Map.entry("noscript", "noscript"),
      Map.entry("iframe", "media"), Map.entry("object", "media"), Map.entry("embed", "media"),
      Map.entry("video", "media"), Map.entry("audio", "media"), Map.entry("canvas", "media"));

  /** ARIA roles that mark furniture, with the reason. */
  private static final Map<String, String> ROLE_REASONS = Map.ofEntries(
      Map.entry("navigation", "navigation"), Map.entry("menu", "navigation"),
      Map.entry("menubar", "navigation"), Map.entry("toolbar", "navigation"),
      Map.entry("tablist", "navigation"), Map.entry("banner", "page header"),
      Map.entry("contentinfo", "footer"), Map.entry("complementary", "sidebar"),
      Map.entry("search", "form"), Map.entry("dialog", "dialog"),
      Map.entry("alertdialog", "dialog"));

  /** The reason that only names what lies outside the article: an article's own header stays. */
  static final String PAGE_HEADER = "page header";

  private static final Words WORDS = Words.load();

  /**
   * Why the page marks an element as furniture.
   *
   * @param reason lowercase words
   * @param byWord whether a class or id word marked it (rather than its tag or role), which a
   *     story's own wrapper can carry by accident ("story-body has-comments")
   */
  record Mark(String reason, boolean byWord) {}

  /** What a block-level element holds, summed over its blocks. */
  static final class Stats {
    int text;
    int links;
    int prose; // characters of prose blocks
    int blocks;
  }

  /** One block of text and the page range of each of its characters. */
  static final class Block {
    /** The block-level (or marked) element that holds the text. */
    final Element element;
    final StringBuilder text = new StringBuilder();
    int[] starts = new int[16];
    int[] ends = new int[16];
    int links;
    int words;
    boolean prose;

    Block(Element element) {
      this.element = element;
    }

    void add(char c, int start, int end) {
      int n = text.length();
      if (n == starts.length) {
        starts = java.util.Arrays.copyOf(starts, n * 2);
        ends = java.util.Arrays.copyOf(ends, n * 2);
      }
      starts[n] = start;
      ends[n] = end;
      text.append(c);
    }

    char last() {
      return text.charAt(text.length() - 1);
    }

    /** The text on one line, for listing it as furniture. */
    String oneLine() {
      return text.toString().replace('\n', ' ');
    }
  }

  final List<Block> blocks = new ArrayList<>();
  final Map<Element, Stats> stats = new IdentityHashMap<>();
  final Map<Element, Mark> marks = new IdentityHashMap<>();
  /** Elements whose class or id holds a content word ({@code story-body}). */
  final Set<Element> contentNamed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  private HtmlBlocks() {}

  /**
   * Cuts the page's body into blocks.
   *
   * @param body the parsed page's body element (parsed with position tracking)
   * @param page the page text the parser read, from offset {@code base} of the decoded file
   * @param base where the parsed text starts in the decoded file (after a header block)
   */
  static HtmlBlocks of(Element body, String page, int base) {
    HtmlBlocks b = new HtmlBlocks();
    new Walker(b, page, base).walk(body);
    return b;
  }

  /** Why the page marks {@code e} as furniture, or null. */
  private static Mark mark(Element e, HtmlBlocks into) {
    String tag = e.normalName();
    String named = e.className() + " " + e.id() + (tag.indexOf('-') > 0 ? " " + tag : "");
    String byWord = WORDS.reason(named);
    if (WORDS.hasContentWord(named)) {
      into.contentNamed.add(e);
    }
    String byTag = TAG_REASONS.get(tag);
    if (byTag == null) {
      byTag = ROLE_REASONS.get(e.attr("role").strip().toLowerCase(Locale.ROOT));
    }
    if (byTag == null && (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true"))) {
      byTag = "hidden element";
    }
    // a word says more than a tag (an <aside> of class "newsletter" is a newsletter prompt), but
    // the mark stands by its tag
    if (byTag != null) {
      return new Mark(byWord != null && !byWord.equals(PAGE_HEADER) ? byWord : byTag, false);
    }
    return byWord == null ? null : new Mark(byWord, true);
  }

  /** Walks the tree once, cutting blocks and summing stats. */
  private static final class Walker implements NodeFilter {
    private final HtmlBlocks out;
    private final String page;
    private final int base;
    private final EntityAligner aligner = new EntityAligner();
    private final List<Element> open = new ArrayList<>(); // open block-level elements
    private final List<int[]> totalsAtOpen = new ArrayList<>();
    private final int[] totals = new int[4]; // text, links, prose, blocks of blocks so far
    private Block block;
    private int linkDepth;
    private int quoteDepth;
    private boolean pendingSpace;
    private int spaceStart;
    private int spaceEnd;

    Walker(HtmlBlocks out, String page, int base) {
      this.out = out;
      this.page = page;
      this.base = base;
    }

    void walk(Element body) {
      NodeTraversor.filter(this, body);
      flush();
    }

    private boolean isBlock(Element e) {
      return !INLINE.contains(e.normalName()) || out.marks.containsKey(e);
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        text(t);
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE; // comments, doctype, script data
      }
      String tag = e.normalName();
      if (NOT_TEXT.contains(tag)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("br")) {
        lineBreak(e);
        return FilterResult.CONTINUE;
      }
      Mark m = mark(e, out);
      if (m != null) {
        out.marks.put(e, m);
      }
      if (isBlock(e)) {
        flush();
        open.add(e);
        totalsAtOpen.add(totals.clone());
      } else if ((tag.equals("td") || tag.equals("th")) && block != null) {
        space(start(e), start(e)); // cells of a row read as words apart
      }
      if (tag.equals("a") && e.hasAttr("href")) {
        linkDepth++;
      }
      if (tag.equals("q")) {
        quoteMark(quoteDepth++ % 2 == 0 ? '\u201C' : '\u2018', e.sourceRange(), e);
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      String tag = e.normalName();
      if (tag.equals("a") && e.hasAttr("href")) {
        linkDepth--;
      }
      if (tag.equals("q")) {
        Range end = e.endSourceRange();
        quoteMark(--quoteDepth % 2 == 0 ? '\u201D' : '\u2019', end.isTracked() ? end : e.sourceRange(),
            e);
      }
      if (!tag.equals("br") && isBlock(e)) {
        flush();
        int[] before = totalsAtOpen.remove(totalsAtOpen.size() - 1);
        open.remove(open.size() - 1);
        Stats s = new Stats();
        s.text = totals[0] - before[0];
        s.links = totals[1] - before[1];
        s.prose = totals[2] - before[2];
        s.blocks = totals[3] - before[3];
        out.stats.put(e, s);
      }
      return FilterResult.CONTINUE;
    }

    private int start(Element e) {
      Range r = e.sourceRange();
      return r.isTracked() ? base + r.startPos() : base;
    }

    /** A quote mark the browser shows for {@code <q>}, read from the tag's range. */
    private void quoteMark(char c, Range range, Element e) {
      int s = range.isTracked() ? base + range.startPos() : start(e);
      int end = range.isTracked() ? base + range.endPos() : s;
      put(c, s, end);
    }

    private void lineBreak(Element br) {
      if (block == null || block.text.length() == 0) {
        return;
      }
      pendingSpace = false;
      int n = block.text.length();
      if (n >= 2 && block.text.charAt(n - 1) == '\n' && block.text.charAt(n - 2) == '\n') {
        return; // at most one blank line
      }
      Range r = br.sourceRange();
      int s = r.isTracked() ? base + r.startPos() : start(br);
      block.add('\n', s, r.isTracked() ? base + r.endPos() : s);
    }

    private void text(TextNode t) {
      String decoded = t.getWholeText();
      Range r = t.sourceRange();
      if (!r.isTracked()) {
        // a text node the parser made up: it stands where its parent starts, with no width
        int at = t.parent() != null ? start(t.parent()) : base;
        for (int i = 0; i < decoded.length(); i++) {
          put(decoded.charAt(i), at, at);
        }
        return;
      }
      int from = base + r.startPos();
      int[] map = aligner.align(page, from, base + r.endPos(), decoded);
      for (int i = 0; i < decoded.length(); i++) {
        put(decoded.charAt(i), map[2 * i], map[2 * i + 1]);
      }
    }

    /** Adds one character of text: HTML whitespace collapses to one space inside a line. */
    private void put(char c, int start, int end) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        space(start, end);
        return;
      }
      if (block == null) {
        block = new Block(open.isEmpty() ? null : open.get(open.size() - 1));
      }
      if (pendingSpace) {
        pendingSpace = false;
        block.add(' ', spaceStart, spaceEnd);
      }
      block.add(c, start, end);
      if (linkDepth > 0) {
        block.links++;
      }
    }

    private void space(int start, int end) {
      if (block == null || block.text.length() == 0 || block.last() == '\n') {
        return;
      }
      if (!pendingSpace) {
        pendingSpace = true;
        spaceStart = start;
      }
      spaceEnd = Math.max(end, spaceStart);
    }

    /** Ends the current block: trailing line breaks go, its words and prose are counted. */
    private void flush() {
      pendingSpace = false;
      Block b = block;
      block = null;
      if (b == null) {
        return;
      }
      int n = b.text.length();
      while (n > 0 && b.text.charAt(n - 1) == '\n') {
        n--;
      }
      b.text.setLength(n);
      if (n == 0) {
        return;
      }
      b.words = words(b.text);
      b.prose = b.words >= 6 && 2 * b.links <= n && (b.words >= 15 || endsSentence(b.text));
      out.blocks.add(b);
      totals[0] += n;
      totals[1] += b.links;
      totals[2] += b.prose ? n : 0;
      totals[3]++;
    }
  }

  /** The number of words: runs of letters and digits. */
  static int words(CharSequence s) {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      if (w && !in) {
        words++;
      }
      in = w;
    }
    return words;
  }

  /** Whether text ends as a sentence does, closing quotes and brackets aside. */
  private static boolean endsSentence(CharSequence s) {
    int i = s.length() - 1;
    while (i >= 0 && "\"'\u201D\u2019)]".indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?\u2026".indexOf(s.charAt(i)) >= 0;
  }

  /**
   * Finds which page characters each character of a text node's decoded text came from. Most
   * stand for themselves; an entity ({@code &rsquo;}, {@code &#8217;}, {@code &amp}) stands for
   * its whole reference; a NUL the parser dropped stands for nothing. Decoding is the parser's
   * own ({@link Parser#unescapeEntities}), so the alignment agrees with it on every reference,
   * legacy ones without a semicolon included.
   */
  static final class EntityAligner {
    /** The longest character reference the parser reads (entity names are at most 32 long). */
    private static final int MAX_REFERENCE = 40;

    /** A reference and what it decodes to. */
    private record Reference(int length, String decoded) {}

    private static final Reference NONE = new Reference(0, "");
    private final Map<String, Reference> cache = new HashMap<>();

    /**
     * @return per decoded char i, its page range {@code [map[2i], map[2i+1])}
     */
    int[] align(String page, int from, int to, String decoded) {
      int n = decoded.length();
      int[] map = new int[2 * n];
      int i = from;
      int j = 0;
      while (j < n) {
        if (i < to) {
          char r = page.charAt(i);
          if (r == '&') {
            Reference ref = reference(page, i, to);
            if (ref != NONE && decoded.startsWith(ref.decoded, j)) {
              for (int k = 0; k < ref.decoded.length(); k++) {
                map[2 * j] = i;
                map[2 * j + 1] = i + ref.length;
                j++;
              }
              i += ref.length;
              continue;
            }
          }
          if (r == decoded.charAt(j)) {
            map[2 * j] = i;
            map[2 * j + 1] = i + 1;
            i++;
            j++;
            continue;
          }
          if (r == '\0') {
            i++;
            continue;
          }
        }
        // the text does not align (it should not happen): what is left stands for the rest
        for (; j < n; j++) {
          map[2 * j] = Math.min(i, to);
          map[2 * j + 1] = to;
        }
      }
      return map;
    }

    /** The reference starting at {@code page[i] == '&'}, or NONE when it is a plain '&'. */
    private Reference reference(String page, int i, int to) {
      int end = i + 1;
      int limit = Math.min(to, i + MAX_REFERENCE);
      while (end < limit && (Character.isLetterOrDigit(page.charAt(end))
          || page.charAt(end) == '#') && page.charAt(end) < 128) {
        end++;
      }
      if (end < to && page.charAt(end) == ';') {
        end++;
      }
      if (end - i < 2) {
        return NONE;
      }
      return cache.computeIfAbsent(page.substring(i, end), EntityAligner::decode);
    }

    /** The shortest prefix of {@code m} that is a reference: decoded, the rest is plain text. */
    private static Reference decode(String m) {
      String all = Parser.unescapeEntities(m, false);
      if (all.equals(m)) {
        return NONE;
      }
      for (int length = 2; length <= m.length(); length++) {
        String prefix = m.substring(0, length);
        String d = Parser.unescapeEntities(prefix, false);
        if (!d.equals(prefix) && all.equals(d + m.substring(length))) {
          return new Reference(length, d);
        }
      }
      return NONE;
    }
  }

  /** The class and id words that mark furniture, read from {@code html-furniture-words.txt}. */
  private static final class Words {
    private final Map<String, String> reasons;
    private final Set<String> content;

    private Words(Map<String, String> reasons, Set<String> content) {
      this.reasons = Map.copyOf(reasons);
      this.content = Set.copyOf(content);
    }

    static Words load() {
      Map<String, String> reasons = new HashMap<>();
      Set<String> content = new java.util.HashSet<>();
      try (InputStream in = HtmlBlocks.class.getResourceAsStream("html-furniture-words.txt");
          BufferedReader r = new BufferedReader(new InputStreamReader(in,
              StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          int colon = line.indexOf(':');
          String reason = line.substring(0, colon).strip();
          for (String w : line.substring(colon + 1).strip().split(" +")) {
            if (reason.equals("content")) {
              content.add(w);
            } else {
              reasons.put(w, reason);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Words(reasons, content);
    }

    /** The reason of the first furniture word in class and id values, or null. */
    String reason(String names) {
      for (String value : names.split("\\s+")) {
        List<String> words = split(value);
        for (int i = 0; i < words.size(); i++) {
          String r = reasons.get(words.get(i));
          if (r == null && i + 1 < words.size()) {
            r = reasons.get(words.get(i) + words.get(i + 1));
          }
          if (r != null) {
            return r;
          }
        }
      }
      return null;
    }

    boolean hasContentWord(String names) {
      for (String value : names.split("\\s+")) {
        List<String> words = split(value);
        for (int i = 0; i < words.size(); i++) {
          if (content.contains(words.get(i))
              || i + 1 < words.size() && content.contains(words.get(i) + words.get(i + 1))) {
            return true;
          }
        }
      }
      return false;
    }

    /** A class or id value cut into lowercase words at punctuation and camelCase humps. */
    private static List<String> split(String value) {
      List<String> words = new ArrayList<>();
      StringBuilder w = new StringBuilder();
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        boolean hump = Character.isUpperCase(c) && i > 0
            && Character.isLowerCase(value.charAt(i - 1));
        if (!Character.isLetterOrDigit(c) || hump) {
          if (w.length() > 0) {
            words.add(w.toString());
            w.setLength(0);
          }
          if (!hump) {
            continue;
          }
        }
        w.append(Character.toLowerCase(c));
      }
      if (w.length() > 0) {
        words.add(w.toString());
      }
      return words;
    }
  }
}
