package dev.factx.extract;

import dev.factx.analysis.Lexicon;
import dev.factx.analysis.WordKeys;
import dev.factx.analysis.WordList;
import dev.factx.text.MapValues;
import java.util.ArrayList;
import java.util.HashMap;
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

  /**
   * Qualifiers of more words first; before {@link #QUALIFIERS}, which is sorted by it as the class
   * is initialised. A class rather than a lambda, as {@link #MORE_TOKENS_FIRST}: a lambda's call
   * site is linked at its first run, a cost paid at every start.
   */
  private static final java.util.Comparator<Qualifier> MORE_WORDS_FIRST =
      new java.util.Comparator<>() {
        @Override
        public int compare(Qualifier a, Qualifier b) {
          return Integer.compare(-a.words().size(), -b.words().size());
        }
      };

  /** Longest first, so that "no more than" wins over "more than". */
  static final List<Qualifier> QUALIFIERS = qualifiers();

  private static List<Qualifier> qualifiers() {
    List<Qualifier> out = new ArrayList<>();
    for (List<String> g : Lexicon.FIGURE_QUALIFIERS) {
      for (String phrase : g.subList(1, g.size())) {
        out.add(new Qualifier(WordKeys.words(phrase), g.get(0)));
      }
    }
    out.sort(MORE_WORDS_FIRST);
    return List.copyOf(out);
  }

  /**
   * {@link #QUALIFIERS} by their first word, each list in the order of {@link #QUALIFIERS}: the
   * first of them that matches at a word is the first of all that does (a qualifier matches only
   * where its first word stands), found without trying every qualifier at every word.
   */
  private static final java.util.Map<String, List<Qualifier>> QUALIFIERS_BY_FIRST_WORD =
      byFirstWord();

  private static java.util.Map<String, List<Qualifier>> byFirstWord() {
    java.util.Map<String, List<Qualifier>> out = new java.util.HashMap<>();
    for (Qualifier q : QUALIFIERS) {
      if (q.words().isEmpty()) {
        throw new IllegalStateException("a figure qualifier without words");
      }
      out.computeIfAbsent(q.words().get(0), MapValues.list()).add(q);
    }
    for (Map.Entry<String, List<Qualifier>> e : out.entrySet()) {
      e.setValue(List.copyOf(e.getValue()));
    }
    return Map.copyOf(out);
  }

  /** The qualifiers whose first word is {@code lower} (a word in lower case), in order. */
  static List<Qualifier> qualifiersStartingWith(String lower) {
    return QUALIFIERS_BY_FIRST_WORD.getOrDefault(lower, List.of());
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

  /** Units of a length of time, every form to its lemma ("weeks" to "week"). */
  static final Map<String, String> DURATIONS = Lexicon.FIGURE_DURATIONS;

  /** Words after a length of time that make it a point in time ("ago", "into"). */
  static final Set<String> POINT_WORDS = WordList.load("figure-point-words").set();

  /** Verbs before a score to what the score says ("beat" to "won"). */
  static final Map<String, String> SCORE_VERBS = WordList.load("figure-score-verbs").canonical();

  /** Ordinals in words to their values ("second" to 2). */
  static final Map<String, Integer> ORDINALS = ordinals();

  /** Nouns after an ordinal that name a unit or a time, not a counted fact ("brigade"). */
  static final Set<String> ORDINAL_NAMES = WordList.load("figure-ordinal-names").set();

  /** Verbs that make a sum specific ("fined", "spent"). */
  static final Set<String> MONEY_VERBS = WordList.load("figure-money-verbs").set();

  /** Verbs after which a share or sum is the subject's level or change ("rose", "reached"). */
  static final Set<String> CHANGE_VERBS = WordList.load("figure-change-verbs").set();

  /** Verbs after which a count of things is the size of the subject ("runs to", "has"). */
  static final Set<String> SIZE_VERBS = WordList.load("figure-size-verbs").set();

  /** Verbs after which a sum is the price or size of the subject ("cost", "was"). */
  static final Set<String> PRICE_VERBS = WordList.load("figure-price-verbs").set();

  /** Phrases of more words first; before {@link #BASES}, which is sorted by it. */
  private static final java.util.Comparator<Phrase> MORE_TOKENS_FIRST =
      new java.util.Comparator<>() {
        @Override
        public int compare(Phrase a, Phrase b) {
          return Integer.compare(-a.tokens().size(), -b.tokens().size());
        }
      };

  /** What a share is measured against, by code, each with its phrases as token lists. */
  static final List<Phrase> BASES = phrases("figure-bases");

  /** How a figure relates to what it counts ("prison", "per share"), with phrases as tokens. */
  static final List<Phrase> RELATIONS = phrases("figure-relations");

  /** Verbs before a count of people that name what they are ("employs" to "employee"). */
  static final Map<String, String> COUNT_VERBS = WordList.load("figure-count-verbs").canonical();

  /** Counted nouns of two words ("crew member"), lemmas. */
  static final Set<String> COMPOUND_NOUNS = WordList.load("figure-compound-nouns").set();

  /** Plurals the plural rule does not undo, to their lemmas ("women" to "woman"). */
  static final Map<String, String> IRREGULAR = irregular();

  /** Nouns that count people of any kind ("people", "others"). */
  static final Set<String> UMBRELLAS = Lexicon.FIGURE_UMBRELLAS;

  /**
   * A phrase of tokens and what it stands for.
   *
   * @param tokens the phrase's tokens, lower case
   * @param code what it stands for
   */
  record Phrase(List<String> tokens, String code) {}

  private static List<Phrase> phrases(String list) {
    List<Phrase> out = new ArrayList<>();
    for (List<String> g : WordList.load(list).groups()) {
      for (String p : g) {
        if (p.indexOf(' ') > 0 || g.size() == 1 || !p.equals(g.get(0))) {
          out.add(new Phrase(List.of(p.split(" ")), g.get(0)));
        }
      }
    }
    out.sort(MORE_TOKENS_FIRST);
    return List.copyOf(out);
  }

  private static Map<String, Integer> ordinals() {
    Map<String, Integer> out = new HashMap<>();
    for (List<String> g : WordList.load("figure-ordinals").groups()) {
      for (String w : g.subList(1, g.size())) {
        out.put(w, Integer.valueOf(g.get(0)));
      }
    }
    return Map.copyOf(out);
  }

  private static Map<String, String> irregular() {
    Map<String, String> out = new HashMap<>();
    for (List<String> g : WordList.load("figure-irregular-plurals").groups()) {
      for (String w : g) {
        out.put(w, g.get(0));
      }
    }
    return Map.copyOf(out);
  }

  /**
   * The lemma of a noun, lower case: irregular plurals from their list, "-ies" to "-y", "-xes",
   * "-ches", "-shes" and "-sses" lose "es", other plurals their "s" ("workers" to "worker").
   */
  static String lemma(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT);
    if (w.endsWith("'s") || w.endsWith("\u2019s")) {
      w = w.substring(0, w.length() - 2);
    }
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      return irregular;
    }
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 4 && (w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")
        || w.endsWith("sses"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
        && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** The lemma of a noun phrase: its words as written, the last one lemmatized. */
  static String lemmaOf(List<String> words) {
    if (words.isEmpty()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size() - 1; i++) {
      out.add(words.get(i).toLowerCase(java.util.Locale.ROOT));
    }
    out.add(lemma(words.get(words.size() - 1)));
    return String.join(" ", out);
  }

  /** The kind of people a noun counts, or null. */
  static String bearerOf(String noun) {
    return noun == null ? null : BEARERS.get(noun);
  }

  /**
   * Each people noun to the kind it counts: military nouns first, then civilian ones, then the
   * rest (a noun in two lists counts as the first), one look-up a word instead of three.
   */
  private static final Map<String, String> BEARERS = bearers();

  private static Map<String, String> bearers() {
    Map<String, String> out = new HashMap<>();
    for (String n : Lexicon.FIGURE_MILITARY) {
      out.putIfAbsent(n, "military");
    }
    for (String n : Lexicon.FIGURE_CIVILIANS) {
      out.putIfAbsent(n, "civilians");
    }
    for (String n : Lexicon.FIGURE_PEOPLE) {
      out.putIfAbsent(n, "people");
    }
    return Map.copyOf(out);
  }
}
