package dev.factx.analysis;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The distinct token texts of the documents analyzed together, each kept once with its lower
 * case: a bundle says "the" tens of thousands of times, and its tokens, and the words claims keep
 * of them, then share one string each instead of one string per occurrence. Safe for the
 * documents of a bundle analyzed side by side.
 */
final class Forms {
  /** A token's text as written and in lower case ({@link Tokens#lower(String)}). */
  record Form(String text, String lower) {}

  private final ConcurrentHashMap<String, Form> forms = new ConcurrentHashMap<>();

  /** The form of a text: the one kept for an equal text, else a new one, then kept. */
  Form of(String text) {
    Form f = forms.get(text);
    if (f == null) {
      String lower = Tokens.lower(text);
      Form made = new Form(text, lower.equals(text) ? text : lower(lower));
      f = forms.putIfAbsent(text, made);
      if (f == null) {
        f = made;
      }
    }
    return f;
  }

  /** A lower-case text as kept: the kept form's own text when it is one. */
  private String lower(String lower) {
    Form f = forms.get(lower);
    return f != null && f.text().equals(lower) ? f.text() : lower;
  }

  /** The kept string equal to {@code s}: for words that readers keep (see {@link Words}). */
  String intern(String s) {
    return of(s).text();
  }
}
