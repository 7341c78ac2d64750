package dev.factx.analysis;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The distinct token texts of the documents analyzed together, each kept once with its lower
 * case: a bundle says "the" tens of thousands of times, and its tokens, and the words claims keep
 * of them, then share one string each instead of one string per occurrence. Safe for the
 * documents of a bundle analyzed side by side.
 */
final class Forms {
  /**
   * A token's text as written and in lower case ({@link Tokens#lower(String)}), with the word
   * lists it belongs to ({@link #classesOf}): the extractors ask them of every token, and a form
   * is asked once instead of once per occurrence.
   */
  record Form(String text, String lower, int classes) {
    Form(String text, String lower) {
      this(text, lower, classesOf(text, lower));
    }

    boolean in(int wordClass) {
      return (classes & wordClass) != 0;
    }
  }

  /** In {@link Lexicon#ATTRIBUTION_VERBS} (its lower case). */
  static final int ATTRIBUTION_VERB = 1;
  /** In {@link Lexicon#CHARACTERISATION_VERBS} (its lower case). */
  static final int CHARACTERISATION_VERB = 2;
  /** A key of {@link Lexicon#PRONOUN_GENDER} (its lower case). */
  static final int GENDERED_PRONOUN = 4;
  /** In {@link Lexicon#SPEECH_VERBS} as written. */
  static final int SPEECH_VERB_AS_WRITTEN = 8;

  /** The word classes of a text and its lower case. */
  static int classesOf(String text, String lower) {
    int c = 0;
    if (Lexicon.ATTRIBUTION_VERBS.contains(lower)) {
      c |= ATTRIBUTION_VERB;
    }
    if (Lexicon.CHARACTERISATION_VERBS.contains(lower)) {
      c |= CHARACTERISATION_VERB;
    }
    if (Lexicon.PRONOUN_GENDER.containsKey(lower)) {
      c |= GENDERED_PRONOUN;
    }
    if (Lexicon.SPEECH_VERBS.contains(text)) {
      c |= SPEECH_VERB_AS_WRITTEN;
    }
    return c;
  }

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
