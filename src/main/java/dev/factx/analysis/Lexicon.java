package dev.factx.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists every stage reads, each loaded once from its file under {@code
 * src/main/resources/dev/factx/analysis/lexicon/} into an immutable set, list or map (Lucene's
 * {@code EnglishAnalyzer.ENGLISH_STOP_WORDS_SET}). No list is written out anywhere else: to add a
 * word, add a line to its file. Entries are lower case unless the file says case matters.
 */
public final class Lexicon {
  private Lexicon() {}

  // --- dates -----------------------------------------------------------------------------------

  /** The months, in calendar order, each with its full name first, then its abbreviations. */
  public static final List<List<String>> MONTHS = WordList.load("months").groups();

  /** Every month name and abbreviation. */
  public static final Set<String> MONTH_WORDS = all(MONTHS);

  /** The month names in full, January first. */
  public static final List<String> MONTH_NAMES = firsts(MONTHS);

  /** The abbreviated months ("jan", "sept", "sep"). */
  public static final Set<String> MONTH_ABBREVIATIONS = rest(MONTHS);

  /** Words that name a day counted from the article's date ("yesterday"). */
  public static final Set<String> DAY_WORDS = WordList.load("day-words").set();

  /** The weekdays, Monday first, each with its full name first, then its abbreviation. */
  public static final List<List<String>> WEEKDAYS = WordList.load("weekdays").groups();

  /** The weekday names in full, Monday first. */
  public static final List<String> WEEKDAY_NAMES = firsts(WEEKDAYS);

  // --- speech and events -----------------------------------------------------------------------

  /** Speech verbs that can stand before their speaker ("said Smith"). */
  public static final Set<String> SPEECH_VERBS_BEFORE_SPEAKER =
      WordList.load("speech-verbs-before-speaker").set();

  /** Every speech verb, in every form ("said", "told", "warns"). */
  public static final Set<String> SPEECH_VERBS =
      union(WordList.load("speech-verbs").set(), SPEECH_VERBS_BEFORE_SPEAKER);

  /** Nouns of speaking ("announcement", "briefing"). */
  public static final Set<String> SPEECH_NOUNS = WordList.load("speech-nouns").set();

  /** Nouns of events a date can date, speech nouns included. */
  public static final Set<String> EVENT_NOUNS =
      union(WordList.load("event-nouns").set(), SPEECH_NOUNS);

  /** Verbs of beginning ("began", "launched"). */
  public static final Set<String> BEGIN_VERBS = WordList.load("begin-verbs").set();

  /** Verbs that do not end in -ed ("saw", "came"). */
  public static final Set<String> IRREGULAR_VERBS = WordList.load("irregular-verbs").set();

  /** Words ending in -ed that are no verb ("hundred", "united"). */
  public static final Set<String> NOT_VERBS = WordList.load("not-verbs").set();

  /** Words that end a noun phrase read back from its verb ("that", "on"). */
  public static final Set<String> CLAUSE_STOPS = WordList.load("clause-stops").set();

  /** Words between a subject and its verb ("also", "had", "reportedly"). */
  public static final Set<String> AUXILIARIES = WordList.load("auxiliaries").set();

  // --- attribution (who said a quote) ---------------------------------------------------------

  /** Every form of a speech verb attribution reads: the speech verbs and their other forms. */
  public static final Set<String> ATTRIBUTION_VERBS =
      union(SPEECH_VERBS, WordList.load("attribution-verbs").set());

  /** Verbs that characterise ("called it 'a disgrace'"), every form. */
  public static final Set<String> CHARACTERISATION_VERBS =
      WordList.load("characterisation-verbs").set();

  /** Words between a speaker and a speech verb besides auxiliaries ("himself", "nevertheless"). */
  public static final Set<String> ATTRIBUTION_ADVERBS =
      union(AUXILIARIES, WordList.load("attribution-adverbs").set());

  /** Word runs between a speaker and the verb they lead to ("went on to"), as word lists. */
  public static final List<List<String>> SPEECH_CATENATIVES =
      splitEach(WordList.load("speech-catenatives").entries());

  /** Head nouns of organisations ("ministry", "campaign"). */
  public static final Set<String> ORGANISATION_HEADS = WordList.load("organisation-heads").set();

  /** Seats of power and bodies named as speakers ("white house", "kremlin"). */
  public static final Set<String> ORGANISATIONS = WordList.load("organisations").set();

  /** Words before a quoted term that make it a term ("so-called", "the word"), as word lists. */
  public static final List<List<String>> TERM_CUES = splitEach(WordList.load("term-cues").entries());

  /** Nouns of works whose quoted title follows them ("film", "report"). */
  public static final Set<String> WORK_NOUNS = WordList.load("work-nouns").set();

  /** Nouns of statements that speak for their author ("the statement said"). */
  public static final Set<String> DOCUMENT_NOUNS = WordList.load("document-nouns").set();

  /** Honorifics that give a gender, to {@code male} or {@code female} ("ms" to female). */
  public static final Map<String, String> HONORIFIC_GENDERS = byGroupName("honorific-genders");

  /** Abbreviated titles to the role they stand for ("sen" to "senator"). */
  public static final Map<String, String> TITLE_ABBREVIATIONS = byGroupName("title-abbreviations");

  // --- people ----------------------------------------------------------------------------------

  /** Titles and offices, lower case, longest first (for alternations that try them in order). */
  public static final List<String> TITLES = WordList.load("titles").longestFirst();

  /** Ranks as written, longest first; each rank's abbreviations are ranks too. */
  public static final List<String> RANKS = WordList.load("ranks").longestFirst();

  /** One-word abbreviated ranks to their words, lower case ("gen." to "general"). */
  public static final Map<String, String> RANK_ABBREVIATIONS = rankAbbreviations();

  /** Words before a title that belong to it ("former", "acting"). */
  public static final List<String> TITLE_MODIFIERS = WordList.load("title-modifiers").entries();

  /** Honorifics and abbreviated titles before a name, without their period ("mr", "sen"). */
  public static final Set<String> HONORIFICS = WordList.load("honorifics").set();

  /** Generational suffixes ("jr", "iii"), without their period. */
  public static final Set<String> NAME_SUFFIXES = WordList.load("name-suffixes").set();

  /** Lower-case particles inside names ("von", "de"). */
  public static final Set<String> NAME_PARTICLES = WordList.load("name-particles").set();

  /**
   * The words of every title (titles.txt and name-titles.txt), rank and modifier and every
   * honorific, lower case; ranks and honorifics also with their period ("gen.", "mr.").
   */
  public static final Set<String> TITLE_WORDS = titleWords();

  /**
   * Nouns that name a person by role in "the NOUN said": the last word of every title
   * (titles.txt, name-titles.txt) and the role nouns (role-nouns.txt).
   */
  public static final Set<String> ROLE_NOUNS = roleNouns();

  /** Titles whose form gives a gender, to {@code male} or {@code female}. */
  public static final Map<String, String> GENDERED_TITLES = byGroupName("gendered-titles");

  /** Offices with several names, one a line, the canonical name first. */
  public static final List<List<String>> SAME_OFFICES = WordList.load("same-offices").groups();

  /** Organisation names to their canonical form ("pentagon" to "defense department"). */
  public static final Map<String, String> ORGANISATION_ALIASES =
      WordList.load("organisation-aliases").canonical();

  /** Words before an organisation that only say whose it is ("us", "the"), in file order. */
  public static final List<String> COUNTRY_PREFIXES = WordList.load("country-prefixes").entries();

  /** Gendered pronoun forms to {@code male} or {@code female}. */
  public static final Map<String, String> PRONOUN_GENDER = pronounGender();

  /** Words never part of a person's name: not-names.txt and organisation-words.txt. */
  public static final Set<String> ORGANISATION_WORDS = WordList.load("organisation-words").set();

  /** Places a name can be "of" ("ohio", "new york"), lower case. */
  public static final Set<String> PLACES = WordList.load("places").set();

  /**
   * Capitalized words that are never part of a person's name, lower case: the not-names,
   * organisation words, months (names and abbreviations) and weekdays. Title words are not in
   * it; the name grammar reads them apart, since they say where a name starts.
   */
  public static final Set<String> NEVER_NAMES =
      union(union(WordList.load("not-names").set(), ORGANISATION_WORDS),
          union(MONTH_WORDS, Set.copyOf(WEEKDAY_NAMES)));

  // --- sentences -------------------------------------------------------------------------------

  /** Words whose period never ends a sentence: honorifics, abbreviated ranks and the like. */
  public static final Set<String> NEVER_END_SENTENCE = neverEndSentence();

  /** Words whose period does not end a sentence before a number ("Dec. 16", "No. 10"). */
  public static final Set<String> BEFORE_NUMBERS =
      union(WordList.load("abbreviations-before-numbers").set(), MONTH_ABBREVIATIONS);

  /** Words that often open a sentence ("the", "however"). */
  public static final Set<String> SENTENCE_OPENERS = WordList.load("sentence-openers").set();

  /** Function words ("the", "would"), without apostrophes. */
  public static final Set<String> STOP_WORDS = WordList.load("stop-words").set();

  /**
   * Words besides the function words and speech verbs that say nothing about what a statement
   * reports ("mr", "according", "ago"), for the statement alignment.
   */
  public static final Set<String> STATEMENT_STOP_WORDS =
      WordList.load("statement-stop-words").set();

  /** Small words a headline leaves in lower case. */
  public static final Set<String> HEADLINE_SMALL_WORDS = WordList.load("headline-small-words").set();

  // --- numbers and figures ---------------------------------------------------------------------

  /** Numbers in words to their values ("twelve" to 12). */
  public static final Map<String, Integer> NUMBER_WORDS = integers("number-words");

  /** Scale words to their factors ("million" to 1e6, "dozen" to 12). */
  public static final Map<String, Double> SCALES = doubles("number-scales");

  /** Units of a length of time, every form to its lemma ("weeks" to "week"). */
  public static final Map<String, String> FIGURE_DURATIONS = durations();

  /** Each unit of a length of time, by lemma, to its length in minutes as a whole number. */
  public static final Map<String, Long> FIGURE_DURATION_MINUTES = minutes();

  /** Nouns that count people of any kind ("people", "others", "personnel"), lemmas. */
  public static final Set<String> FIGURE_UMBRELLAS = WordList.load("figure-umbrella-nouns").set();

  /** Lemmas of nouns that count people besides the umbrella nouns ("worker", "daughter"). */
  public static final Set<String> FIGURE_PERSON_NOUNS =
      WordList.load("figure-person-nouns").set();

  /** Band words to their least and greatest values ("dozens" to 24 and 99). */
  public static final Map<String, List<Integer>> FIGURE_BANDS = bands();

  /** Words that say a figure besides numbers and scales ("half", "percent"). */
  public static final Set<String> FIGURE_WORDS = WordList.load("figure-words").set();

  /** Scale suffixes to their factors ("bn" to 1e9). */
  public static final Map<String, Double> SHORT_SCALES = doubles("number-short-scales");

  /** Currencies: each line a code, then signs and words. */
  public static final List<List<String>> CURRENCIES = WordList.load("currencies").groups();

  /** Qualifier codes, each with its phrases. */
  public static final List<List<String>> FIGURE_QUALIFIERS =
      WordList.load("figure-qualifiers").groups();

  /** Outcome words to their participle ("dead" to "killed"). */
  public static final Map<String, String> FIGURE_OUTCOMES =
      WordList.load("figure-outcomes").canonical();

  /** Verbs before a figure to the outcome they give ("killing" to "killed"). */
  public static final Map<String, String> FIGURE_OUTCOME_VERBS =
      WordList.load("figure-outcome-verbs").canonical();

  public static final Set<String> FIGURE_AUX = WordList.load("figure-aux").set();
  /** Words that place a figure after something else ("later", "afterwards"). */
  public static final Set<String> LATER_WORDS = WordList.load("later-words").set();
  public static final Set<String> FIGURE_MILITARY = WordList.load("figure-military-nouns").set();
  public static final Set<String> FIGURE_CIVILIANS = WordList.load("figure-civilian-nouns").set();
  public static final Set<String> FIGURE_PEOPLE = WordList.load("figure-people-nouns").set();
  public static final Set<String> FIGURE_LOSS_UNITS = WordList.load("figure-loss-units").set();
  public static final Set<String> TIME_UNITS = WordList.load("time-units").set();
  public static final Set<String> FIGURE_NOT_BEFORE = WordList.load("figure-not-before").set();
  public static final Set<String> STREET_WORDS = WordList.load("street-words").set();
  public static final Set<String> FIGURE_STOPS = WordList.load("figure-stops").set();
  public static final Set<String> FIGURE_SOURCE_TAILS = WordList.load("figure-source-tails").set();
  public static final Set<String> FIGURE_SOURCE_PRONOUNS =
      WordList.load("figure-source-pronouns").set();

  /** Verbs after which the words before them name who gave a figure: speech verbs and more. */
  public static final Set<String> FIGURE_SOURCE_VERBS =
      union(SPEECH_VERBS, WordList.load("figure-source-verbs").set());

  // --- lookups ---------------------------------------------------------------------------------

  /** The month (1 to 12) a name or abbreviation of any case stands for, a final period allowed, or 0. */
  public static int month(String word) {
    String w = stripPeriod(word).toLowerCase(Locale.ROOT);
    for (int i = 0; i < MONTHS.size(); i++) {
      if (MONTHS.get(i).contains(w)) {
        return i + 1;
      }
    }
    return 0;
  }

  /** Whether a word of any case is a title word, a rank word, a modifier or an honorific. */
  public static boolean isTitleWord(String word) {
    return TITLE_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The word without one final period. */
  static String stripPeriod(String w) {
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  /** The words of a list written in capitals, each first letter upper case ("January"). */
  public static List<String> capitalized(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
    }
    return List.copyOf(out);
  }

  private static Set<String> all(List<List<String>> groups) {
    Set<String> out = new HashSet<>();
    for (List<String> g : groups) {
      out.addAll(g);
    }
    return Set.copyOf(out);
  }

  private static List<String> firsts(List<List<String>> groups) {
    List<String> out = new ArrayList<>();
    for (List<String> g : groups) {
      out.add(g.get(0));
    }
    return List.copyOf(out);
  }

  private static Set<String> rest(List<List<String>> groups) {
    Set<String> out = new HashSet<>();
    for (List<String> g : groups) {
      out.addAll(g.subList(1, g.size()));
    }
    return Set.copyOf(out);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  private static Map<String, String> rankAbbreviations() {
    Map<String, String> out = new HashMap<>();
    for (List<String> g : WordList.load("ranks").groups()) {
      String full = g.get(0).toLowerCase(Locale.ROOT);
      for (String a : g.subList(1, g.size())) {
        String abbreviation = a.toLowerCase(Locale.ROOT);
        if (full.indexOf(' ') < 0 && abbreviation.indexOf(' ') < 0) {
          out.put(abbreviation, full);
        }
      }
    }
    return Map.copyOf(out);
  }

  private static Set<String> titleWords() {
    Set<String> out = new HashSet<>(TITLE_MODIFIERS);
    List<String> titles = new ArrayList<>(TITLES);
    titles.addAll(WordList.load("name-titles").entries());
    for (String t : titles) {
      out.addAll(List.of(t.split(" ")));
    }
    for (String r : RANKS) {
      for (String part : r.toLowerCase(Locale.ROOT).split(" ")) {
        out.add(part);
        out.add(stripPeriod(part)); // "maj." stands for "maj" too
      }
    }
    for (String h : HONORIFICS) {
      out.add(h);
      out.add(h + ".");
    }
    return Set.copyOf(out);
  }

  private static Set<String> roleNouns() {
    Set<String> out = new HashSet<>(WordList.load("role-nouns").set());
    List<String> titles = new ArrayList<>(TITLES);
    titles.addAll(WordList.load("name-titles").entries());
    for (String t : titles) {
      // "secretary of state" is a secretary; "press secretary" too
      int of = t.indexOf(" of ");
      String head = of < 0 ? t : t.substring(0, of);
      out.add(head.substring(head.lastIndexOf(' ') + 1));
    }
    return Set.copyOf(out);
  }

  private static Set<String> neverEndSentence() {
    Set<String> out = new HashSet<>(HONORIFICS);
    out.addAll(WordList.load("abbreviations").set());
    for (String r : RANKS) {
      for (String part : r.toLowerCase(Locale.ROOT).split(" ")) {
        if (part.endsWith(".")) {
          out.add(stripPeriod(part));
        }
      }
    }
    return Set.copyOf(out);
  }

  private static Map<String, String> pronounGender() {
    return byGroupName("pronouns");
  }

  /** Each entry after the first of a line to the line's first entry. */
  private static Map<String, String> byGroupName(String list) {
    Map<String, String> out = new HashMap<>();
    for (List<String> g : WordList.load(list).groups()) {
      for (String form : g.subList(1, g.size())) {
        out.put(form, g.get(0));
      }
    }
    return Map.copyOf(out);
  }

  private static Map<String, String> durations() {
    Map<String, String> out = new HashMap<>();
    for (List<String> g : WordList.load("figure-duration-units").groups()) {
      out.put(g.get(0), g.get(0));
      for (String form : g.subList(2, g.size())) {
        out.put(form, g.get(0));
      }
    }
    return Map.copyOf(out);
  }

  private static Map<String, Long> minutes() {
    Map<String, Long> out = new HashMap<>();
    for (List<String> g : WordList.load("figure-duration-units").groups()) {
      out.put(g.get(0), Long.valueOf(g.get(1)));
    }
    return Map.copyOf(out);
  }

  private static Map<String, List<Integer>> bands() {
    Map<String, List<Integer>> out = new HashMap<>();
    for (List<String> g : WordList.load("figure-bands").groups()) {
      out.put(g.get(0), List.of(Integer.valueOf(g.get(1)), Integer.valueOf(g.get(2))));
    }
    return Map.copyOf(out);
  }

  /** Each entry cut into its words. */
  private static List<List<String>> splitEach(List<String> entries) {
    List<List<String>> out = new ArrayList<>(entries.size());
    for (String e : entries) {
      out.add(List.of(e.split(" ")));
    }
    return List.copyOf(out);
  }

  private static Map<String, Integer> integers(String list) {
    Map<String, Integer> out = new HashMap<>();
    for (List<String> g : WordList.load(list).groups()) {
      for (String w : g.subList(1, g.size())) {
        out.put(w, Integer.valueOf(g.get(0)));
      }
    }
    return Map.copyOf(out);
  }

  private static Map<String, Double> doubles(String list) {
    Map<String, Double> out = new HashMap<>();
    for (List<String> g : WordList.load(list).groups()) {
      for (String w : g.subList(1, g.size())) {
        out.put(w, Double.valueOf(g.get(0)));
      }
    }
    return Map.copyOf(out);
  }
}
