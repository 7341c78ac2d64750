package dev.factx.match;

import dev.factx.analysis.Lexicon;
import dev.factx.extract.Quote;
import dev.factx.normalize.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A quote prepared for matching: its normalized text, its words, and its units (the sentences and
 * the pieces between ellipses), since outlets cut and join quotes at sentence boundaries.
 *
 * @param index the quote's place in the matcher's input
 * @param quote the claim
 * @param speaker the speaker's full name, resolved across articles, or null
 * @param text the normalized text
 * @param words the words of the text, lowercase, without punctuation
 * @param units the sentences and elision pieces, in order
 * @param elided whether the text has an ellipsis
 */
record QuoteForm(
    int index,
    Quote quote,
    String speaker,
    String text,
    List<String> words,
    List<Unit> units,
    boolean elided) {
  private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=[\"'(\\p{Lu}\\p{N}])");
  private static final Set<String> STOP = Lexicon.STOP_WORDS;

  QuoteForm {
    words = List.copyOf(words);
    units = List.copyOf(units);
  }

  /**
   * One sentence or elision piece of a quote.
   *
   * @param form the index of the quote it belongs to
   * @param text its normalized text
   * @param words its words
   * @param content its content words (no function words, plural and possessive s dropped)
   */
  record Unit(int form, String text, List<String> words, List<String> content) {}

  /** Prepares a quote whose speaker has been resolved. */
  static QuoteForm of(int index, Quote quote, String speaker) {
    String text = Normalizer.normalize(quote.text()).value().strip();
    List<Unit> units = new ArrayList<>();
    for (String piece : text.split("\\.\\.\\.")) {
      for (String sentence : SENTENCE.split(piece.strip())) {
        List<String> w = words(sentence);
        if (!w.isEmpty()) {
          units.add(new Unit(index, sentence.strip(), w, content(w)));
        }
      }
    }
    return new QuoteForm(index, quote, speaker, text, words(text), units, text.contains("..."));
  }

  /** Lowercase words without punctuation; an ellipsis is no word. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
      String t = w.replaceAll("^'+|'+$", "");
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** The content words: function words out, possessive and plural s dropped. */
  static List<String> content(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      String t = w.replace("'", "");
      if (STOP.contains(t)) {
        continue;
      }
      if (w.endsWith("'s")) {
        t = w.substring(0, w.length() - 2);
      } else if (t.length() > 3 && t.endsWith("s") && !t.endsWith("ss")) {
        t = t.substring(0, t.length() - 1);
      }
      out.add(t);
    }
    return out;
  }
}
