package dev.factx.extract;

import dev.factx.analysis.Lexicon;
import dev.factx.analysis.Token;
import dev.factx.analysis.Tokenizer;
import dev.factx.analysis.Tokens;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The content words of a phrase, as matching compares subjects and organisations. */
final class ContentWords {
  private ContentWords() {}

  /**
   * The words of a phrase in lower case, possessives dropped, "U.S." and "United States" read as
   * "us", without the function words of {@link Lexicon#STOP_WORDS}.
   */
  static Set<String> of(String phrase) {
    if (phrase == null) {
      return Set.of();
    }
    String p = phrase.toLowerCase(Locale.ROOT).replace("united states", "us").replace("u.s.", "us");
    Tokens tokens = Tokenizer.tokenize(p);
    Set<String> out = new HashSet<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.kind(i) == Token.Kind.PUNCT) {
        continue;
      }
      String w = tokens.text(i);
      w = (w.endsWith("'s") ? w.substring(0, w.length() - 2) : w).replace("'", "");
      if (!w.isEmpty() && !Lexicon.STOP_WORDS.contains(w)) {
        out.add(w);
      }
    }
    return Set.copyOf(out);
  }
}
