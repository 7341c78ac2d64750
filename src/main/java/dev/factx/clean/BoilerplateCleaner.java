package dev.factx.clean;

import dev.factx.bundle.Article;
import dev.factx.normalize.Normalizer;
import dev.factx.text.MapValues;
import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Tells story lines from page furniture on any outlet's page, by general signals only.
 *
 * <p>Each body line is first read on its own: its patterns ({@link FurnitureRules}), whether it
 * repeats the title header, whether it repeats within the article (or, when it is no sentence,
 * across articles), and its shape ({@link LineShape}): a sentence, a short or title-like line, or
 * a longer line without a final stop. Then the page is read as a whole. The story's anchor is the
 * longest run of sentence lines; the story goes on past a run of furniture lines only when enough
 * story follows it (or the run is short and holds nothing that belongs to a page's end, such as a
 * credit between photo and text). Where it stops, the page tail starts, and everything from there
 * on is furniture, sentences included. Before that point, furniture lines go one by one, and a
 * short label that introduces story ({@code Background:}) stays.
 *
 * <p>Lines of a hard-wrapped paragraph are judged together. Everything is linear in the size of
 * the input: one pass to count lines across articles, one to judge each article.
 */
public final class BoilerplateCleaner {
  /** A furniture run ends the story unless this many story words per furniture line follow. */
  private static final int WORDS_PER_FURNITURE_LINE = 25;

  /** A run of at most this many furniture lines, none of them a page-end kind, never ends it. */
  private static final int SHORT_RUN = 5;
  private static final int WORDS_AFTER_ONE_LINE = 12;

  /**
   * Reasons that belong to the end of a page rather than to a photo, a byline or a "Read more"
   * box inside a story.
   */
  private static final Set<String> TAIL_REASONS = Set.of("list of headlines", "newsletter prompt", "donation prompt", "cookie banner", "share widget",
      "contact", "copyright", "navigation", "list number");

  /** Lines of a hard-wrapped paragraph (all but its last) are at least this long. */
  private static final int MIN_WRAPPED_LENGTH = 30;

  private static final String REPEATED = "repeated line";

  /** A bullet inside a line, after a word: a list run into one line. */
  private static final Pattern INLINE_BULLET = Pattern.compile("\\S [*\u2022\u00B7\u25AA] ");

  private BoilerplateCleaner() {}

  /** Cleans articles read together: lines repeated across them count as repeated. */
  public static List<CleanedArticle> clean(List<Article> articles) {
    // reading and judging an article is its own work, so articles go in parallel (in order);
    // only the count of lines across articles is shared, and it is complete before any judging;
    // the rules' memo of line verdicts belongs to this run
    FurnitureRules rules = new FurnitureRules();
    List<Page> read = articles.parallelStream().map(new Reading(rules)).toList();
    Map<String, Integer> across = new HashMap<>();
    for (Page page : read) {
      Set<String> keys = new HashSet<>();
      for (Paragraph p : page.paragraphs) {
        keys.add(p.key);
      }
      for (String k : keys) {
        MapValues.count(across, k);
      }
    }
    return java.util.stream.IntStream.range(0, articles.size()).parallel()
        .mapToObj(new Judging(articles, read, across, rules))
        .toList();
  }

  /**
   * Reads an article's body into a page. Classes rather than lambdas, here and in {@link
   * Judging}: a lambda's call site is linked at its first run, a cost paid at every start.
   */
  private record Reading(FurnitureRules rules) implements Function<Article, Page> {
    @Override
    public Page apply(Article a) {
      return page(a.body(), rules);
    }
  }

  /** Judges article {@code i} on its page, with the count of lines across all of them. */
  private record Judging(
      List<Article> articles, List<Page> read, Map<String, Integer> across, FurnitureRules rules)
      implements IntFunction<CleanedArticle> {
    @Override
    public CleanedArticle apply(int i) {
      return judge(articles.get(i), read.get(i), across, rules);
    }
  }

  /** Cleans one article on its own. */
  public static CleanedArticle clean(Article article) {
    return clean(List.of(article)).get(0);
  }

  /** A body cut into lines and paragraphs. */
  private static final class Page {
    final List<Span> lines = new ArrayList<>();
    int[] paragraphOf; // per line, its paragraph's index, -1 for a blank line
    final List<Paragraph> paragraphs = new ArrayList<>();
  }

  /** A paragraph as the cleaner reads it: one line, or the lines of a hard-wrapped one. */
  private static final class Paragraph {
    final List<Span> lines = new ArrayList<>();
    LineShape shape;
    String key;
    String reason;
    boolean furnitureLike;
    boolean introducer;
  }

  private static CleanedArticle judge(Article article, Page page, Map<String, Integer> across,
      FurnitureRules rules) {
    List<Paragraph> ps = page.paragraphs;
    String titleKey = article.title() == null ? null : key(normalize(article.title()));
    Map<String, Integer> within = new HashMap<>();
    for (Paragraph p : ps) {
      MapValues.count(within, p.key);
    }
    Set<String> seen = new HashSet<>();
    for (Paragraph p : ps) {
      LineShape s = p.shape;
      String r = rules.reason(s);
      boolean firstTime = seen.add(p.key);
      if (r == null && p.key.equals(titleKey)) {
        r = "title repeat";
      }
      if (r == null && within.get(p.key) > 1 && (!s.prose() || !firstTime)) {
        r = REPEATED;
      }
      if (r == null && !s.prose() && (s.weak() || s.words() <= 12) && across.get(p.key) > 1) {
        r = REPEATED;
      }
      p.reason = r;
    }
    // backwards: a label introduces story when story follows it; a line without a final stop is
    // furniture-like when furniture follows it
    boolean nextIsStory = false;
    for (int i = ps.size() - 1; i >= 0; i--) {
      Paragraph p = ps.get(i);
      // a story label stays even when the outlet repeats it in every article
      boolean label = p.shape.weak() && (p.reason == null || p.reason.equals(REPEATED))
          && p.shape.text().endsWith(":");
      if (label) {
        p.introducer = nextIsStory;
        p.furnitureLike = !p.introducer;
        if (p.introducer) {
          p.reason = null;
        }
      } else if (p.reason != null) {
        p.furnitureLike = true;
      } else if (p.shape.prose()) {
        p.furnitureLike = false;
      } else if (p.shape.weak()) {
        p.furnitureLike = true;
      } else {
        p.furnitureLike = i + 1 < ps.size() && !nextIsStory;
      }
      nextIsStory = !p.furnitureLike;
    }
    int tail = tailStart(ps);
    List<BodyLine> lines = new ArrayList<>(page.lines.size());
    for (int i = 0; i < page.lines.size(); i++) {
      int k = page.paragraphOf[i];
      lines.add(new BodyLine(page.lines.get(i), k, k < 0 ? null : verdict(ps.get(k), k >= tail)));
    }
    return new CleanedArticle(article, lines);
  }

  private static String verdict(Paragraph p, boolean inTail) {
    if (p.reason != null) {
      return p.reason;
    }
    if (inTail) {
      return "page tail";
    }
    if (p.shape.weak() && !p.introducer) {
      return p.shape.titleLike() ? "title-like line" : "short line";
    }
    return null;
  }

  /** The index of the first paragraph of the page tail, or the paragraph count for none. */
  private static int tailStart(List<Paragraph> ps) {
    List<int[]> runs = new ArrayList<>(); // {start, end, furniture ? 1 : 0, story words}
    for (int i = 0; i < ps.size(); ) {
      boolean furniture = ps.get(i).furnitureLike;
      int j = i;
      int words = 0;
      while (j < ps.size() && ps.get(j).furnitureLike == furniture) {
        words += ps.get(j).shape.words();
        j++;
      }
      runs.add(new int[] {i, j, furniture ? 1 : 0, words});
      i = j;
    }
    int anchor = -1;
    for (int r = 0; r < runs.size(); r++) {
      if (runs.get(r)[2] == 0 && (anchor < 0 || runs.get(r)[3] > runs.get(anchor)[3])) {
        anchor = r;
      }
    }
    if (anchor < 0) {
      return ps.size();
    }
    for (int r = anchor + 1; r < runs.size(); r += 2) {
      int[] furniture = runs.get(r);
      if (r + 1 >= runs.size()) {
        return furniture[0];
      }
      int length = furniture[1] - furniture[0];
      boolean pageEnd = false;
      for (int i = furniture[0]; i < furniture[1]; i++) {
        pageEnd |= ps.get(i).reason != null && TAIL_REASONS.contains(ps.get(i).reason);
      }
      boolean storyGoesOn = runs.get(r + 1)[3] >= WORDS_PER_FURNITURE_LINE * length
          || (length <= SHORT_RUN && !pageEnd)
          // one inserted prompt (an ad or newsletter line) with a full paragraph of story after it
          || (length == 1 && runs.get(r + 1)[3] >= WORDS_AFTER_ONE_LINE);
      if (!storyGoesOn) {
        return furniture[0];
      }
    }
    return ps.size();
  }

  /** The lines and paragraphs of a body: one paragraph a line, but a hard-wrapped block is one. */
  private static Page page(String body, FurnitureRules rules) {
    Page page = new Page();
    List<Span> lines = page.lines;
    List<String> norm = new ArrayList<>();
    int start = 0;
    while (true) {
      int end = body.indexOf('\n', start);
      if (end < 0) {
        end = body.length();
      }
      lines.add(new Span(start, end));
      norm.add(normalize(body.substring(start, end)));
      if (end >= body.length()) {
        break;
      }
      start = end + 1;
    }
    List<Paragraph> out = page.paragraphs;
    page.paragraphOf = new int[lines.size()];
    for (int i = 0; i < lines.size(); ) {
      if (norm.get(i).isEmpty()) {
        page.paragraphOf[i] = -1;
        i++;
        continue;
      }
      int j = i;
      while (j < lines.size() && !norm.get(j).isEmpty()) {
        j++;
      }
      boolean wrapped = hardWrapped(norm.subList(i, j));
      Paragraph p = null;
      StringBuilder text = new StringBuilder();
      for (int k = i; k < j; k++) {
        if (p == null || !(wrapped || continues(norm.get(k - 1), norm.get(k), rules))) {
          if (p != null) {
            finish(p, text);
            out.add(p);
          }
          p = new Paragraph();
          text.setLength(0);
        }
        p.lines.add(lines.get(k));
        page.paragraphOf[k] = out.size();
        text.append(text.length() > 0 ? " " : "").append(norm.get(k));
      }
      finish(p, text);
      out.add(p);
      i = j;
    }
    return page;
  }

  private static void finish(Paragraph p, StringBuilder text) {
    p.shape = LineShape.of(text.toString());
    p.key = key(p.shape.text());
  }

  /**
   * Whether a block of adjacent lines is one hard-wrapped paragraph: every line but the last is
   * long and near the longest, and at least half of them stop without a sentence end.
   */
  private static boolean hardWrapped(List<String> block) {
    if (block.size() < 2) {
      return false;
    }
    int longest = 0;
    for (String line : block) {
      longest = Math.max(longest, line.length());
    }
    // bullets that run inside the lines (a list flowed into one paragraph) start a line only
    // where the wrap fell, so then a bullet at a line start begins no item
    boolean inlineBullets = false;
    for (String line : block) {
      inlineBullets |= INLINE_BULLET.matcher(line).find();
    }
    int open = 0;
    for (int k = 0; k < block.size(); k++) {
      String line = block.get(k);
      if (startsWithBullet(line) && !inlineBullets) {
        return false;
      }
      if (k == block.size() - 1) {
        break;
      }
      if (line.length() < MIN_WRAPPED_LENGTH || line.length() < 0.6 * longest) {
        return false;
      }
      if (!LineShape.of(line).terminal()) {
        open++;
      }
    }
    return 2 * open >= block.size() - 1;
  }

  /**
   * Whether {@code next} carries on the sentence of {@code line}: a line of prose length without
   * a stop, then a lowercase start. A shorter line runs on only when it is no furniture by its
   * own text (a widget's "Follow us") and the two read as a sentence together.
   */
  private static boolean continues(String line, String next, FurnitureRules rules) {
    LineShape shape = LineShape.of(line);
    if (shape.terminal() || line.endsWith(":") || !Character.isLowerCase(next.codePointAt(0))) {
      return false;
    }
    return line.length() >= MIN_WRAPPED_LENGTH
        || rules.reason(shape) == null && LineShape.of(line + " " + next).prose();
  }

  private static boolean startsWithBullet(String line) {
    return "*\u2022\u00B7\u25AA\u25E6\u2023-".indexOf(line.charAt(0)) >= 0;
  }

  private static String normalize(String s) {
    return Normalizer.normalize(s).value().strip();
  }

  /** What makes two lines the same line: case, spacing and final punctuation aside. */
  private static String key(String normalized) {
    int end = normalized.length();
    while (end > 0 && ".:!?,;\"' ".indexOf(normalized.charAt(end - 1)) >= 0) {
      end--;
    }
    return normalized.substring(0, end).toLowerCase(Locale.ROOT);
  }
}
