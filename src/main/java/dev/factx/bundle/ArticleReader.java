package dev.factx.bundle;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the articles of one input one at a time; problems are collected until the input's end and
 * then thrown together, the first {@link #MAX_PROBLEMS} of them with a count of the rest.
 */
abstract class ArticleReader implements Closeable {
  /** Problems of one input kept to be shown; the rest are counted. */
  static final int MAX_PROBLEMS = 20;

  final String file;
  final Ids ids;
  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> skipped = new ArrayList<>();
  private long more;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private int count;

  ArticleReader(String file, Ids ids) {
    this.file = file;
    this.ids = ids;
  }

  /** The bundle headers of this input, in input order, keys lowercase. */
  final Map<String, String> headers() {
    return Collections.unmodifiableMap(headers);
  }

  /** Reads the next article, or returns null at the end; records problems with {@link #problem}. */
  abstract Article read();

  /** The next article, or null at the end of the input. */
  final Article next() {
    throwIfProblems();
    Article a = read();
    if (a != null) {
      count++;
    } else if (count == 0 && problems.isEmpty() && skipped.isEmpty()) {
      problems.add(new Problem(file, noArticlesLine(), noArticlesMessage()));
    }
    throwIfProblems();
    return a;
  }

  /** Reads to the end to find every problem, then throws them. */
  final void throwIfProblems() {
    if (problems.isEmpty()) {
      return;
    }
    while (read() != null) {
      // each read adds its own problems
    }
    throw new InputException(problems, more, file);
  }

  /** The line of the "no articles" problem, 0 for the input as a whole. */
  int noArticlesLine() {
    return 1;
  }

  String noArticlesMessage() {
    return "no articles found; start each article with a line '=== ID'";
  }

  final void problem(int line, String message) {
    problem(file, line, message);
  }

  /** Records a problem of a file inside this input (a directory's article file). */
  final void problem(String where, int line, String message) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(new Problem(where, line, message));
    } else {
      more++;
    }
  }

  /**
   * The web pages of this input that hold no article. Each is a note when any input holds an
   * article, else an error ({@link ArticleStream} decides at the end): a page without an article
   * among good ones does not stop a comparison, and is never dropped silently.
   */
  final List<Problem> skipped() {
    return Collections.unmodifiableList(skipped);
  }

  /**
   * Reads a web page as an article of this input, or records it as skipped and returns null when
   * it holds no article; the page's own notes go to {@code notes}.
   */
  final Article page(byte[] bytes, String path, String id, boolean generated,
      java.util.function.Consumer<String> notes) {
    HtmlPage page = HtmlPageReader.read(bytes, path);
    page.notes().forEach(notes);
    if (!page.hasArticle()) {
      skipped.add(new Problem(path, 0, page.noArticleMessage()));
      return null;
    }
    return new Article(id, generated, page.headers(), headers, page.body(), path,
        page.sourceMap(), page.furniture());
  }

  /** Adds a checked header to {@code target}, or records why it cannot be added. */
  final void addHeader(Map<String, String> target, String key, String value, int line) {
    String wrong = Headers.check(key, value, target);
    if (wrong != null) {
      problem(line, wrong);
    } else {
      target.put(key, value);
    }
  }

  /** Adds a bundle header of this input. */
  final void addBundleHeader(String key, String value, int line) {
    addHeader(headers, key, value, line);
  }

  /** Makes an article of this input. */
  final Article article(
      String id, boolean generated, Map<String, String> own, String body, SourceMap map) {
    return new Article(id, generated, own, headers, body, file, map);
  }

  @Override
  public void close() throws IOException {}
}
