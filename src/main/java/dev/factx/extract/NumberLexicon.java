package dev.factx.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The word lists the number extractor reads figures with: qualifiers, units, outcomes, stops. */
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
  static final List<Qualifier> QUALIFIERS =
      List.of(
          q("at-least", "no fewer than"), q("at-least", "not fewer than"),
          q("at-least", "no less than"), q("at-least", "not less than"),
          q("at-least", "a minimum of"), q("at-least", "at least"),
          q("up-to", "no more than"), q("up-to", "not more than"), q("up-to", "a maximum of"),
          q("up-to", "as many as"), q("up-to", "as much as"), q("up-to", "up to"),
          q("up-to", "at most"),
          q("more-than", "well over"), q("more-than", "more than"),
          q("more-than", "upwards of"), q("more-than", "in excess of"), q("more-than", "over"),
          q("more-than", "above"), q("more-than", "exceeding"),
          q("nearly", "just under"), q("nearly", "just short of"), q("nearly", "nearly"),
          q("nearly", "almost"),
          q("less-than", "fewer than"), q("less-than", "less than"), q("less-than", "under"),
          q("less-than", "below"),
          q("about", "an estimated"), q("about", "approximately"), q("about", "roughly"),
          q("about", "around"), q("about", "about"), q("about", "some"), q("about", "estimated"),
          q("about", "circa"), q("about", "approx"), q("about", "an approximate"),
          q("exact", "exactly"), q("exact", "precisely"), q("exact", "only"),
          q("exact", "just"));

  private static Qualifier q(String code, String phrase) {
    return new Qualifier(List.of(phrase.split(" ")), code);
  }

  /** What happened to what is counted, as participles; other forms map to these. */
  static final Map<String, String> OUTCOMES =
      Map.ofEntries(
          Map.entry("killed", "killed"), Map.entry("dead", "killed"), Map.entry("died", "killed"),
          Map.entry("wounded", "wounded"), Map.entry("injured", "injured"),
          Map.entry("hurt", "injured"), Map.entry("missing", "missing"),
          Map.entry("captured", "captured"), Map.entry("evacuated", "evacuated"),
          Map.entry("displaced", "displaced"), Map.entry("arrested", "arrested"),
          Map.entry("detained", "detained"), Map.entry("hospitalized", "hospitalized"),
          Map.entry("hospitalised", "hospitalized"), Map.entry("rescued", "rescued"),
          Map.entry("destroyed", "destroyed"), Map.entry("damaged", "damaged"));

  /** Verbs before a figure that give its outcome ("killing 12 civilians"). */
  static final Map<String, String> OUTCOME_VERBS =
      Map.ofEntries(
          Map.entry("killed", "killed"), Map.entry("killing", "killed"),
          Map.entry("kill", "killed"), Map.entry("wounded", "wounded"),
          Map.entry("wounding", "wounded"), Map.entry("injured", "injured"),
          Map.entry("injuring", "injured"), Map.entry("captured", "captured"),
          Map.entry("capturing", "captured"), Map.entry("evacuated", "evacuated"),
          Map.entry("evacuating", "evacuated"), Map.entry("arrested", "arrested"),
          Map.entry("detained", "detained"), Map.entry("destroyed", "destroyed"),
          Map.entry("rescued", "rescued"));

  /** Words between a counted noun and its outcome: "were", "had been", "went" (missing). */
  static final Set<String> AUX =
      Set.of("were", "was", "had", "have", "has", "been", "are", "is", "be", "being", "reportedly",
          "allegedly", "also", "all", "either", "both", "went", "got", "gone", "to", "believed",
          "thought", "feared", "left", "now", "later", "presumed", "still", "listed", "as");

  static final Set<String> MILITARY =
      Set.of("soldiers", "soldier", "troops", "troop", "personnel", "servicemen", "serviceman",
          "servicemembers", "fighters", "combatants", "forces", "units", "marines", "infantrymen",
          "paratroopers", "conscripts", "mercenaries", "militants", "insurgents", "sailors",
          "pilots", "officers", "recruits", "guards", "reservists", "army", "commanders");
  static final Set<String> CIVILIANS =
      Set.of("civilians", "civilian", "residents", "inhabitants", "children", "child", "women",
          "villagers", "refugees", "evacuees", "passengers", "patients", "journalists", "workers",
          "families", "students");
  static final Set<String> PEOPLE =
      Set.of("people", "persons", "person", "individuals", "men", "man", "victims", "bodies");

  /** Units that count losses rather than people; whose losses comes from the sentence. */
  static final Set<String> LOSS_UNITS =
      Set.of("casualties", "casualty", "losses", "deaths", "dead", "fatalities", "injuries",
          "wounded", "injured", "killed");

  /** Nouns after which a number is a duration, not a figure (durations are the dates' work). */
  static final Set<String> TIME_UNITS =
      Set.of("year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
          "minute", "minutes", "min", "mins", "second", "seconds", "decade", "decades", "century",
          "centuries", "am", "pm", "gmt", "utc", "ist", "cet", "est", "edt", "pst", "bst", "kst",
          "msk", "o'clock");

  static final Set<String> MONTHS =
      Set.of("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
          "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /** Words before a number that make it anaphoric or an index, not a new figure. */
  static final Set<String> NOT_BEFORE =
      Set.of("the", "these", "those", "its", "their", "his", "her", "our", "my", "your", "each",
          "every", "first", "last", "next", "past", "which", "whose", "no", "number", "#", "aged",
          "age", "page", "chapter", "article", "section", "paragraph", "point", "points", "item",
          "room", "suite", "flight", "route", "highway", "channel", "version", "level", "phase");

  static final Set<String> STREETS =
      Set.of("street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "square",
          "drive", "way", "place", "court");

  /** Function words and common verbs: a counted noun phrase never runs through them. */
  static final Set<String> STOP =
      Set.of("the", "a", "an", "of", "in", "on", "at", "by", "for", "from", "to", "with", "into",
          "and", "or", "but", "that", "which", "who", "whom", "whose", "this", "these", "those",
          "it", "its", "they", "them", "their", "he", "she", "his", "her", "we", "our", "you",
          "were", "was", "are", "is", "be", "been", "being", "had", "have", "has", "will",
          "would", "could", "should", "may", "might", "can", "did", "do", "does", "went", "got",
          "as", "than", "then", "there", "here", "near", "during", "after", "before", "since",
          "while", "when", "where", "if", "because", "about", "around", "over", "under", "up",
          "down", "out", "off", "also", "not", "no", "so", "such", "said", "says", "say",
          "reported", "according", "per", "each", "another", "other", "others", "more", "less",
          "most", "least", "all", "both", "some", "any", "many", "much", "few", "only", "just",
          "still", "yet", "ago", "later", "earlier", "again", "remain", "remained", "remains",
          "died", "fled", "left", "arrived", "suffered", "lost", "lose", "took", "take", "came",
          "come", "showed", "show", "shows", "including", "among", "between", "across", "along",
          "alongside", "against", "within", "without", "via", "like", "unlike", "amid", "toward",
          "towards", "through", "throughout", "upon", "onto", "whether", "what", "how", "why",
          "one", "once", "twice", "ever", "never", "already", "even", "too", "very", "well",
          "told", "last", "next", "goes", "go", "gets", "makes", "takes", "needs", "need",
          "seems", "means", "rose", "rises", "fell", "falls", "reached", "reach", "estimated", "claimed", "stated", "announced", "confirmed");

  /** Verbs after which the words before them name who gave a figure. */
  static final Set<String> SOURCE_VERBS =
      Set.of("said", "says", "reported", "reports", "estimated", "estimates", "claimed", "claims",
          "stated", "states", "announced", "announces", "told", "confirmed", "confirms", "wrote",
          "writes", "added", "noted", "alleged", "alleges", "tallied", "counted");

  /** Trailing nouns of a source phrase that are not the source ("a Forbes report"). */
  static final Set<String> SOURCE_TAILS =
      Set.of("report", "reports", "story", "stories", "estimates", "estimate", "data", "figures",
          "figure", "statement", "statements", "sources", "information", "article", "analysis",
          "assessment", "assessments", "count", "tally", "calculations", "post", "update");

  static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she");

  /** The kind of people a noun counts, or null. */
  static String bearerOf(String noun) {
    if (noun == null) {
      return null;
    }
    if (MILITARY.contains(noun)) {
      return "military";
    }
    if (CIVILIANS.contains(noun)) {
      return "civilians";
    }
    if (PEOPLE.contains(noun)) {
      return "people";
    }
    return null;
  }
}
