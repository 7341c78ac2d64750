package dev.factx.bundle;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One article of a bundle: its id, headers, body and the way back from the body to its file.
 *
 * @param id the article id, explicit or generated ({@code aN})
 * @param generatedId whether the id was generated rather than written in the input
 * @param headers the article's own headers in input order, keys lowercase (known keys and unknown
 *     metadata alike)
 * @param defaults the bundle headers in input order, keys lowercase; an own header wins
 * @param body the body, lines joined by {@code \n}, with escapes removed
 * @param file the input as the user named it ({@code -} for standard input)
 * @param sourceMap maps body spans to line, column and length in {@code file}
 * @param furniture text the reader left out of the body as page furniture, in file order (a web
 *     page's menus, captions, ...); empty for every other input
 */
public record Article(
    String id,
    boolean generatedId,
    Map<String, String> headers,
    Map<String, String> defaults,
    String body,
    String file,
    SourceMap sourceMap,
    java.util.List<Furniture> furniture) {

  /** Headers whose meaning the format defines; every other key is metadata. */
  public static final java.util.List<String> KNOWN_KEYS =
      java.util.List.of("source", "url", "date", "title", "author", "lang", "role");

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sourceMap, "sourceMap");
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    defaults = Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
    furniture = java.util.List.copyOf(furniture);
  }

  /** An article whose reader left nothing out of its body. */
  public Article(String id, boolean generatedId, Map<String, String> headers,
      Map<String, String> defaults, String body, String file, SourceMap sourceMap) {
    this(id, generatedId, headers, defaults, body, file, sourceMap, java.util.List.of());
  }

  /** The effective value of a header: the article's own, else the bundle's default, else null. */
  public String header(String key) {
    String v = headers.get(key);
    return v != null ? v : defaults.get(key);
  }

  public String source() {
    return header("source");
  }

  public String url() {
    return header("url");
  }

  /** The date header as written, or null. */
  public String date() {
    return header("date");
  }

  public String title() {
    return header("title");
  }

  public String author() {
    return header("author");
  }

  public String lang() {
    String v = header("lang");
    return v == null ? "en" : v;
  }

  /** {@code reference}, {@code reprint}, or null for a peer report. */
  public String role() {
    return header("role");
  }

  /** The calendar date of the date header (its date part), which anchors relative dates. */
  public Optional<LocalDate> anchorDate() {
    String d = date();
    if (d == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Headers.day(d)); // a value too short for a day is no day either
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Effective unknown headers (metadata) in order: bundle defaults first, then own. */
  public Map<String, String> metadata() {
    Map<String, String> m = new LinkedHashMap<>();
    for (Map<String, String> from : List.of(defaults, headers)) {
      for (Map.Entry<String, String> e : from.entrySet()) {
        if (!KNOWN_KEYS.contains(e.getKey())) {
          m.put(e.getKey(), e.getValue());
        }
      }
    }
    return m;
  }
}
