package dev.factx.match;

import dev.factx.analysis.Lexicon;
import dev.factx.extract.Quote;
import dev.factx.extract.QuotePassage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A quote prepared for matching: its normalized text, its words, and its units (the sentences and
 * the pieces between ellipses, as its {@link QuotePassage} gives them), since outlets cut and
 * join quotes at sentence boundaries.
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

  /** Prepares a quote whose speaker has been resolved, from the passage the extractor read. */
  static QuoteForm of(int index, Quote quote, String speaker) {
    QuotePassage p = quote.passage();
    List<Unit> units = new ArrayList<>();
    for (QuotePassage.Piece piece : p.pieces()) {
      units.add(new Unit(index, piece.text(), piece.words(), content(piece.words())));
    }
    return new QuoteForm(index, quote, speaker, p.text(), p.words(), units, p.elided());
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
