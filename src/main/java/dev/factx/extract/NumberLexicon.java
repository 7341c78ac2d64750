package dev.factx.extract;

import dev.factx.analysis.Lexicon;
import dev.factx.analysis.WordKeys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the number extractor reads figures with, as it reads them: all come from the
 * lexicon ({@link Lexicon}), where each has its file.
 */
final class NumberLexicon {
  private NumberLexicon() {}

  /**
   * A qualifier phrase and what it does to the number after it.
   *
   * @param words the phrase, lowercase, one word per element
   * @param code {@code at-least}, {@code more-than}, {@code up-to}, {@code less-than}, {@code
   *     about}, {@code nearly} (below the number and close to it) or {@code exact}
   */
  record Qualifier(List<String> words, String code) {}

  /** Longest first, so that "no more than" wins over "more than". */
  static final List<Qualifier> QUALIFIERS = qualifiers();

  private static List<Qualifier> qualifiers() {
    List<Qualifier> out = new ArrayList<>();
    for (List<String> g : Lexicon.FIGURE_QUALIFIERS) {
      for (String phrase : g.subList(1, g.size())) {
        out.add(new Qualifier(WordKeys.words(phrase), g.get(0)));
      }
    }
    out.sort(Comparator.comparingInt((Qualifier q) -> -q.words().size()));
    return List.copyOf(out);
  }

  /** What happened to what is counted, as participles; other forms map to these. */
  static final Map<String, String> OUTCOMES = Lexicon.FIGURE_OUTCOMES;

  /** Verbs before a figure that give its outcome ("killing 12 civilians"). */
  static final Map<String, String> OUTCOME_VERBS = Lexicon.FIGURE_OUTCOME_VERBS;

  /** Words between a counted noun and its outcome: "were", "had been", "went" (missing). */
  static final Set<String> AUX = Lexicon.FIGURE_AUX;

  /** Units that count losses rather than people; whose losses comes from the sentence. */
  static final Set<String> LOSS_UNITS = Lexicon.FIGURE_LOSS_UNITS;

  /** Nouns after which a number is a duration, not a figure (durations are the dates' work). */
  static final Set<String> TIME_UNITS = Lexicon.TIME_UNITS;

  static final Set<String> MONTHS = Lexicon.MONTH_WORDS;

  /** Words before a number that make it anaphoric or an index, not a new figure. */
  static final Set<String> NOT_BEFORE = Lexicon.FIGURE_NOT_BEFORE;

  static final Set<String> STREETS = Lexicon.STREET_WORDS;

  /** Function words and common verbs: a counted noun phrase never runs through them. */
  static final Set<String> STOP = Lexicon.FIGURE_STOPS;

  /** Verbs after which the words before them name who gave a figure. */
  static final Set<String> SOURCE_VERBS = Lexicon.FIGURE_SOURCE_VERBS;

  /** Trailing nouns of a source phrase that are not the source ("a Forbes report"). */
  static final Set<String> SOURCE_TAILS = Lexicon.FIGURE_SOURCE_TAILS;

  static final Set<String> PRONOUNS = Lexicon.FIGURE_SOURCE_PRONOUNS;

  /** The kind of people a noun counts, or null. */
  static String bearerOf(String noun) {
    if (noun == null) {
      return null;
    }
    if (Lexicon.FIGURE_MILITARY.contains(noun)) {
      return "military";
    }
    if (Lexicon.FIGURE_CIVILIANS.contains(noun)) {
      return "civilians";
    }
    if (Lexicon.FIGURE_PEOPLE.contains(noun)) {
      return "people";
    }
    return null;
  }
}
