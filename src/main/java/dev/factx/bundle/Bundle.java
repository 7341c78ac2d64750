package dev.factx.bundle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles read together, with the bundle headers of the (first) input.
 *
 * @param headers bundle headers in input order, keys lowercase
 * @param articles the articles in input order
 */
public record Bundle(Map<String, String> headers, List<Article> articles) {
  public Bundle {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    articles = List.copyOf(articles);
  }

  /** The {@code story} bundle header, or null. */
  public String story() {
    return headers.get("story");
  }
}
