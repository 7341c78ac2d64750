package dev.factx.bundle;

import dev.factx.text.Span;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The articles of several inputs, read one at a time so that memory stays bounded by the largest
 * article; {@link #next()} throws {@link InputException} when an input is malformed.
 */
public final class ArticleStream implements java.util.Iterator<Article>, Closeable {
  private final List<ArticleReader> readers;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final Map<String, String> common;
  private final Consumer<String> notes;
  private int current;
  private Article next;
  private int count;
  private boolean ended;

  /**
   * @param notes receives a note for each web page that holds no article, at the end, when other
   *     articles were read (when none was, they are the errors)
   */
  ArticleStream(List<ArticleReader> readers, Consumer<String> notes) {
    this.readers = List.copyOf(readers);
    this.notes = notes;
    Map<String, String> shared = null;
    for (ArticleReader r : readers) {
      for (Map.Entry<String, String> e : r.headers().entrySet()) {
        headers.putIfAbsent(e.getKey(), e.getValue());
      }
      if (shared == null) {
        shared = new LinkedHashMap<>(r.headers());
      } else {
        for (java.util.Iterator<Map.Entry<String, String>> it = shared.entrySet().iterator();
            it.hasNext(); ) {
          Map.Entry<String, String> e = it.next();
          if (!e.getValue().equals(r.headers().get(e.getKey()))) {
            it.remove();
          }
        }
      }
    }
    common = Collections.unmodifiableMap(shared == null ? Map.of() : shared);
  }

  /**
   * The bundle headers of all inputs, in input order; for a key several inputs give, the first
   * input's value wins. This is what a report shows as the story.
   */
  public Map<String, String> headers() {
    return Collections.unmodifiableMap(headers);
  }

  /**
   * The bundle headers every input gives with the same value: the headers a writer may put before
   * all articles without changing any article's effective headers.
   */
  public Map<String, String> commonHeaders() {
    return common;
  }

  @Override
  public boolean hasNext() {
    while (next == null && current < readers.size()) {
      next = readers.get(current).next();
      if (next == null) {
        closeReader(current++);
      }
    }
    if (next == null && !ended) {
      ended = true;
      reportSkipped();
    }
    return next != null;
  }

  /** Pages without an article: notes after a readable input, else the errors of the input. */
  private void reportSkipped() {
    List<Problem> skipped = new ArrayList<>();
    for (ArticleReader r : readers) {
      skipped.addAll(r.skipped());
    }
    if (skipped.isEmpty()) {
      return;
    }
    if (count == 0) {
      throw new InputException(skipped); // the error printer shows the first ones and a count
    }
    for (Problem p : skipped) {
      notes.accept(p.file() + ": note: skipped; " + p.message());
    }
  }

  @Override
  public Article next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Article a = next;
    next = null;
    count++;
    return a;
  }

  /**
   * Every article of every input, read to the end, with final generated ids ({@code aN} moved on
   * when an article of any input has it as its own id). Articles taken one at a time through
   * {@link #next()} carry the provisional {@code aN} instead, which writers leave out.
   *
   * @throws IllegalStateException when articles were already taken from this stream
   * @throws InputException when they hold more than {@link Limits#maxTogether()} characters
   *     together, naming the file and first line of the article that crosses the limit
   */
  public List<Article> readAll() {
    return readAll(NOTHING);
  }

  /** Does nothing. A class rather than a lambda: a lambda's call site is linked at its first run. */
  private static final Runnable NOTHING = new Runnable() {
    @Override
    public void run() {}
  };

  /** {@link #readAll()}, running {@code eachRead} after each article is read. */
  public List<Article> readAll(Runnable eachRead) {
    if (count > 0) {
      throw new IllegalStateException("readAll needs every article; some were already taken");
    }
    List<Article> articles = new ArrayList<>();
    long chars = 0;
    while (hasNext()) {
      Article a = next();
      chars += a.body().length();
      if (chars > Limits.maxTogether()) {
        int line = a.sourceMap().locate(new Span(0, 0)).line();
        throw new InputException(a.file(), line, Limits.together());
      }
      articles.add(a);
      eachRead.run();
    }
    return Ids.settle(articles);
  }

  /** The remaining articles as a sequential stream that closes this one when closed. */
  public Stream<Article> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  private void closeReader(int i) {
    try {
      Objects.requireNonNull(readers.get(i)).close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    for (int i = current; i < readers.size(); i++) {
      closeReader(i);
    }
    current = readers.size();
  }
}
