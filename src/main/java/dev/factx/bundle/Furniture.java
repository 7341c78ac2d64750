package dev.factx.bundle;

import java.util.Objects;

/**
 * Page text a reader left out of an article's body because the page's structure marks it as
 * furniture (a web page's menus, share bars, captions, "related" lists), kept so that nothing is
 * dropped silently: {@code clean --show-removed} lists it and reports count it.
 *
 * @param line 1-based line in the input file where the text starts
 * @param reason why it is furniture, lowercase words ("navigation", "caption", ...)
 * @param text the text as the page shows it, on one line
 */
public record Furniture(int line, String reason, String text) {
  public Furniture {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(text, "text");
  }
}
