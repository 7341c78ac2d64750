package dev.factx.bundle;

import java.util.List;
import java.util.Map;

/**
 * What a web page gives as an article: the article's text, the way back into the page, the
 * headers the page states and the furniture left out. Holds no parser type, so that the readers
 * that use it load no HTML parser until a page is read.
 *
 * @param body the article text, one block (paragraph, heading, list item) a line, blocks
 *     separated by a blank line; empty when the page holds no article
 * @param sourceMap maps body spans into the page file
 * @param headers the headers: those written at the top of the file, then those the page states
 * @param furniture every block of page text left out, in page order, with its reason
 * @param notes one-line notes for the user ({@code FILE:LINE: note: ...})
 */
record HtmlPage(String body, SourceMap sourceMap, Map<String, String> headers,
    List<Furniture> furniture, List<String> notes) {
  HtmlPage {
    headers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(headers));
    furniture = List.copyOf(furniture);
    notes = List.copyOf(notes);
  }

  /** Whether the page holds an article. */
  boolean hasArticle() {
    return !body.isEmpty();
  }

  /** Why there is no article, for a note or an error line after {@code FILE: }. */
  String noArticleMessage() {
    return "no article text found in the page (" + furniture.size()
        + (furniture.size() == 1 ? " block" : " blocks") + " of text, all page furniture);"
        + " save the article's own page, or copy its text into a .txt file";
  }
}
