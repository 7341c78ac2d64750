package dev.factx.match;

import dev.factx.analysis.Lexicon;
import dev.factx.extract.Quote;
import dev.factx.extract.QuotePassage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
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
 * @param parts the claims it stands for: the quote, then the later parts of its statement
 */
record QuoteForm(
    int index,
    Quote quote,
    String speaker,
    String text,
    List<String> words,
    List<Unit> units,
    boolean elided,
    List<Quote> parts) {
  private static final Set<String> STOP = Lexicon.STOP_WORDS;

  QuoteForm {
    words = List.copyOf(words);
    units = List.copyOf(units);
    parts = List.copyOf(parts);
  }

  /** The ids of the claims this form stands for: its quote and the later parts joined to it. */
  List<String> ids() {
    List<String> out = new ArrayList<>(parts.size());
    for (Quote q : parts) {
      out.add(q.id());
    }
    return out;
  }

  /**
   * The statements of a list of quotes, in order: a quote split by its attribution ({@code "We
   * will," he said, "win."}) or stitched by the writer ({@code "empty shops" are "spreading"}) is
   * one form, its parts' words joined (the part that ends its first sentence joined to the part
   * that goes on with it), so that it matches the whole statement another article quotes.
   */
  static List<QuoteForm> statements(List<Quote> claims) {
    Map<String, List<Quote>> partsOf = new HashMap<>();
    List<List<Quote>> statements = new ArrayList<>();
    for (Quote q : claims) {
      List<Quote> first = q.partOf() == null ? null : partsOf.get(q.partOf());
      if (first != null) {
        first.add(q);
      } else {
        List<Quote> parts = new ArrayList<>(List.of(q));
        partsOf.put(q.id(), parts);
        statements.add(parts);
      }
    }
    List<QuoteForm> out = new ArrayList<>(statements.size());
    for (List<Quote> parts : statements) {
      out.add(parts.size() == 1 ? of(out.size(), parts.get(0), parts.get(0).speaker())
          : joined(out.size(), parts));
    }
    return out;
  }

  /** One form of the parts of a statement: words and texts joined, the seam's units as one. */
  private static QuoteForm joined(int index, List<Quote> parts) {
    Quote first = parts.get(0);
    StringBuilder text = new StringBuilder();
    List<String> words = new ArrayList<>();
    List<Unit> units = new ArrayList<>();
    boolean elided = false;
    for (Quote q : parts) {
      QuotePassage p = q.passage();
      text.append(text.length() > 0 ? " " : "").append(p.text());
      words.addAll(expanded(p.words()));
      elided |= p.elided();
      for (int k = 0; k < p.pieces().size(); k++) {
        QuotePassage.Piece piece = p.pieces().get(k);
        List<String> pw = expanded(piece.words());
        if (k == 0 && !units.isEmpty() && !endsSentence(units.get(units.size() - 1).text())) {
          Unit last = units.remove(units.size() - 1);
          List<String> w = new ArrayList<>(last.words());
          w.addAll(pw);
          units.add(new Unit(index, last.text() + " " + piece.text(), w, content(w)));
        } else {
          units.add(new Unit(index, piece.text(), pw, content(pw)));
        }
      }
    }
    return new QuoteForm(index, first, first.speaker(), text.toString(), words, units, elided,
        parts);
  }

  /**
   * Words with their contractions spelled out, so that "They're followers" and "They are
   * followers" are one wording: {@code 're}, {@code 'm}, {@code 'll}, {@code 've} and {@code n't}
   * ("won't" is "will not", "can't" "can not"); {@code 's} and {@code 'd}, which stand for
   * several words, stay.
   */
  static List<String> expanded(List<String> words) {
    List<String> out = null;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String[] e = expansion(w);
      if (e != null && out == null) {
        out = new ArrayList<>(words.subList(0, i));
      }
      if (out != null) {
        if (e != null) {
          out.add(e[0]);
          out.add(e[1]);
        } else {
          out.add(w);
        }
      }
    }
    return out == null ? words : out;
  }

  private static String[] expansion(String w) {
    int at = w.indexOf('\'');
    if (at <= 0) {
      return null;
    }
    String tail = w.substring(at);
    String base = w.substring(0, at);
    switch (tail) {
      case "'re": return new String[] {base, "are"};
      case "'m": return new String[] {base, "am"};
      case "'ll": return new String[] {base, "will"};
      case "'ve": return new String[] {base, "have"};
      case "'t":
        if (!base.endsWith("n") || base.length() < 2) {
          return null;
        }
        String verb = base.substring(0, base.length() - 1);
        switch (verb) {
          case "wo": return new String[] {"will", "not"};
          case "ca": return new String[] {"can", "not"};
          case "sha": return new String[] {"shall", "not"};
          default: return new String[] {verb, "not"};
        }
      default: return null;
    }
  }

  private static boolean endsSentence(String text) {
    String t = text.strip();
    return !t.isEmpty() && ".!?".indexOf(t.charAt(t.length() - 1)) >= 0;
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
      List<String> w = expanded(piece.words());
      units.add(new Unit(index, piece.text(), w, content(w)));
    }
    return new QuoteForm(index, quote, speaker, p.text(), expanded(p.words()), units,
        p.elided(), List.of(quote));
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
