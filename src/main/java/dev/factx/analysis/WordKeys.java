package dev.factx.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Keys that matching compares words by, made with the one tokenizer. */
public final class WordKeys {
  private WordKeys() {}

  /** The words and numbers of a phrase, lower case, punctuation left out (an immutable list). */
  public static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    if (phrase == null) {
      return List.of();
    }
    String lower = phrase.toLowerCase(Locale.ROOT);
    Tokens t = Tokenizer.tokenize(lower);
    for (int i = 0; i < t.size(); i++) {
      if (t.kind(i) != Token.Kind.PUNCT) {
        out.add(t.text(i));
      }
    }
    return List.copyOf(out);
  }

  /**
   * A crude stem that joins "Korea"/"Korean", "Ukraine"/"Ukrainian", "troops"/"troop": each word's
   * first four characters, lower case, possessives dropped; the empty string for null.
   */
  public static String stem(String phrase) {
    if (phrase == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (String w : words(phrase.replace("'s", "").replace("'S", ""))) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(w, 0, Math.min(4, w.length()));
    }
    return sb.toString();
  }
}
