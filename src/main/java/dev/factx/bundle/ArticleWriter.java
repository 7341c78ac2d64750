package dev.factx.bundle;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes articles one at a time in some form, after the bundle headers. */
public interface ArticleWriter {
  /** Writes what comes before the first article; {@code headers} are the bundle headers. */
  void begin(Map<String, String> headers) throws IOException;

  /** Writes one article. */
  void write(Article article) throws IOException;

  /**
   * The headers to write for an article after the bundle headers {@code written}: its own headers,
   * then each of its defaults that {@code written} does not give with the same value, so that its
   * effective headers stay what they were.
   */
  static Map<String, String> headersToWrite(Article article, Map<String, String> written) {
    Map<String, String> h = new LinkedHashMap<>(article.headers());
    for (Map.Entry<String, String> d : article.defaults().entrySet()) {
      if (!d.getValue().equals(written.get(d.getKey()))) {
        h.putIfAbsent(d.getKey(), d.getValue());
      }
    }
    return h;
  }
}
