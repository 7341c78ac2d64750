package dev.factx.extract;

import dev.factx.analysis.WordList;
import dev.factx.text.MapValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The office lexicon: which written titles name which office ({@code offices.txt}), which
 * offices of a person are compared ({@code office-slots.txt}) and which exclude each other ({@code
 * office-exclusive.txt}), and the words around a title: modifiers of time ({@code
 * role-modifiers.txt}), adjectives ({@code role-adjectives.txt}), parties ({@code parties.txt}) and
 * US states ({@code us-states.txt}). Titles are matched as sequences of lower-case words, the
 * longest first, so that a table lookup per word, not a pattern per title, reads them.
 */
public final class Offices {
  /** A phrase of a list found in a sequence of words: its entry and its words {@code [start, end)}. */
  record Match(String entry, int start, int end) {}

  /** Phrases by their first and last words, each with its entry, longest first; immutable. */
  private record Phrases(Map<String, List<List<String>>> byLast,
      Map<String, List<List<String>>> byFirst, Map<String, String> entries) {
    static Phrases of(List<List<String>> groups) {
      Map<String, List<List<String>>> last = new HashMap<>();
      Map<String, List<List<String>>> first = new HashMap<>();
      Map<String, String> entries = new HashMap<>();
      for (List<String> g : groups) {
        for (String phrase : g) {
          List<String> words = List.of(phrase.split(" "));
          entries.putIfAbsent(phrase, g.get(0));
          last.computeIfAbsent(words.get(words.size() - 1), MapValues.list()).add(words);
          first.computeIfAbsent(words.get(0), MapValues.list()).add(words);
        }
      }
      return new Phrases(frozen(last), frozen(first), Map.copyOf(entries));
    }

    /**
     * Longer phrases first. A class rather than a lambda: a lambda's call site is linked at its
     * first run, a cost paid at every start.
     */
    private static final java.util.Comparator<List<String>> LONGEST_FIRST =
        new java.util.Comparator<>() {
          @Override
          public int compare(List<String> a, List<String> b) {
            return Integer.compare(b.size(), a.size());
          }
        };

    private static Map<String, List<List<String>>> frozen(Map<String, List<List<String>>> m) {
      Map<String, List<List<String>>> out = new HashMap<>();
      for (Map.Entry<String, List<List<String>>> e : m.entrySet()) {
        List<List<String>> sorted = new ArrayList<>(e.getValue());
        sorted.sort(LONGEST_FIRST);
        out.put(e.getKey(), List.copyOf(sorted));
      }
      return Map.copyOf(out);
    }

    /** The longest phrase whose words end right before {@code end}. */
    Match endingAt(List<String> keys, int end) {
      if (end <= 0) {
        return null;
      }
      for (List<String> p : byLast.getOrDefault(keys.get(end - 1), List.of())) {
        int start = end - p.size();
        if (start >= 0 && matches(keys, start, p)) {
          return new Match(entries.get(String.join(" ", p)), start, end);
        }
      }
      return null;
    }

    /** The longest phrase whose words start at {@code start}. */
    Match startingAt(List<String> keys, int start) {
      if (start >= keys.size()) {
        return null;
      }
      for (List<String> p : byFirst.getOrDefault(keys.get(start), List.of())) {
        if (start + p.size() <= keys.size() && matches(keys, start, p)) {
          return new Match(entries.get(String.join(" ", p)), start, start + p.size());
        }
      }
      return null;
    }

    private static boolean matches(List<String> keys, int start, List<String> p) {
      for (int i = 0; i < p.size(); i++) {
        if (!keys.get(start + i).equals(p.get(i))) {
          return false;
        }
      }
      return true;
    }
  }

  private static final Phrases TITLES = phrases("offices");
  private static final Phrases MODIFIERS = phrases("role-modifiers");
  private static final Phrases STATES = phrases("us-states");
  private static final Map<String, String> PARTIES = WordList.load("parties").canonical();
  private static final Set<String> ADJECTIVES = WordList.load("role-adjectives").set();
  private static final Map<String, String> SLOTS = slots();
  private static final List<Set<String>> EXCLUSIVE = exclusive();
  private static final Set<String> FAMILY = Set.of("wife", "husband", "spouse", "father",
      "mother", "son", "daughter", "brother", "sister");
  /** Offices whose holder speaks or acts for another: "X's lawyer", "a lawyer for X". */
  private static final Set<String> RELATIONAL = Set.of("lawyer", "counsel", "spokesperson",
      "chief of staff", "deputy chief of staff", "adviser", "aide", "rival", "candidate");
  private static final Set<String> CHAMBERS = Set.of("senate", "house", "state house",
      "state senate", "assembly", "council", "city council", "legislature");
  private static final Map<String, String> HONORIFIC_GENDER = genders("gendered-honorifics");
  /** Words the lists write with a final period ("sen.", "calif."): the period is theirs. */
  private static final Set<String> DOTTED = dotted();

  private Offices() {}

  private static Phrases phrases(String list) {
    return Phrases.of(WordList.load(list).groups());
  }

  private static Map<String, String> slots() {
    Map<String, String> out = new HashMap<>();
    for (List<String> g : WordList.load("office-slots").groups()) {
      for (String office : g.subList(1, g.size())) {
        out.putIfAbsent(office, g.get(0));
      }
    }
    return Map.copyOf(out);
  }

  private static List<Set<String>> exclusive() {
    List<Set<String>> out = new ArrayList<>();
    for (List<String> g : WordList.load("office-exclusive").groups()) {
      out.add(Set.copyOf(g));
    }
    return List.copyOf(out);
  }

  private static Map<String, String> genders(String list) {
    Map<String, String> out = new HashMap<>();
    for (List<String> g : WordList.load(list).groups()) {
      for (String w : g.subList(1, g.size())) {
        out.put(w, g.get(0));
      }
    }
    return Map.copyOf(out);
  }

  /** A word as the lists write it: lower case, a typographic apostrophe plain. */
  static String key(String word) {
    return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }

  /**
   * A word of text as the lists write it: lower case, and a final period dropped unless the lists
   * write the word with it ("Sen." stays "sen.", "counsel." at a sentence's end is "counsel").
   */
  static String textKey(String word) {
    String k = key(word);
    if (k.length() > 2 && k.endsWith(".") && !DOTTED.contains(k)
        && k.indexOf('.') == k.length() - 1
        && !dev.factx.analysis.Lexicon.NEVER_END_SENTENCE.contains(k.substring(0, k.length() - 1))) {
      return k.substring(0, k.length() - 1);
    }
    return k;
  }

  private static Set<String> dotted() {
    Set<String> out = new HashSet<>();
    for (String list : List.of("offices", "role-modifiers", "us-states", "parties")) {
      for (String e : WordList.load(list).entries()) {
        for (String w : e.split(" ")) {
          if (w.endsWith(".")) {
            out.add(w);
          }
        }
      }
    }
    return Set.copyOf(out);
  }

  /** The longest title of the lexicon that ends right before word {@code end}. */
  static Match titleEndingAt(List<String> keys, int end) {
    return TITLES.endingAt(keys, end);
  }

  /** The longest title of the lexicon that starts at word {@code start}. */
  static Match titleStartingAt(List<String> keys, int start) {
    return TITLES.startingAt(keys, start);
  }

  /** The longest modifier of time ending right before word {@code end} ("newly confirmed"). */
  static Match modifierEndingAt(List<String> keys, int end) {
    return MODIFIERS.endingAt(keys, end);
  }

  /** The longest modifier of time starting at word {@code start}. */
  static Match modifierStartingAt(List<String> keys, int start) {
    return MODIFIERS.startingAt(keys, start);
  }

  /** The longest US state name or abbreviation starting at word {@code start}. */
  static Match stateStartingAt(List<String> keys, int start) {
    return STATES.startingAt(keys, start);
  }

  /** The longest US state name or abbreviation ending right before word {@code end}. */
  static Match stateEndingAt(List<String> keys, int end) {
    return STATES.endingAt(keys, end);
  }

  /**
   * The state a written place names ("Ohio", "Calif.", "South Carolina"), lower case, or null. Two
   * letters name a state only as capitals ("OH", not "oh").
   */
  public static String state(String place) {
    if (place == null || place.isBlank()) {
      return null;
    }
    String p = place.strip();
    if (p.length() == 2 && !p.equals(p.toUpperCase(Locale.ROOT))) {
      return null;
    }
    List<String> keys = List.of(key(p).split("\\s+"));
    Match m = STATES.startingAt(keys, 0);
    return m != null && m.end() == keys.size() ? m.entry() : null;
  }

  /** The party a word names ("Democratic", "GOP" -> "democrat"), or null. */
  public static String party(String word) {
    return PARTIES.get(key(word));
  }

  /** Whether a word is an adjective that may stand before a title without being part of it. */
  static boolean adjective(String word) {
    return ADJECTIVES.contains(key(word));
  }

  /** The time a modifier gives ("former" -> "past"), or null for no modifier. */
  public static String time(String modifier) {
    if (modifier == null) {
      return null;
    }
    Match m = MODIFIERS.startingAt(List.of(key(modifier).split("\\s+")), 0);
    return m == null ? null : m.entry();
  }

  /** The gender an honorific gives ("Mr." -> "male"), or null. */
  static String honorificGender(String word) {
    String k = key(word);
    return HONORIFIC_GENDER.get(k.endsWith(".") ? k.substring(0, k.length() - 1) : k);
  }

  /**
   * The office a written title names, or null: the lexicon's canonical name ("Sen." ->
   * "senator", "spokeswoman" -> "spokesperson"). The president of a chamber ("Senate President")
   * presides over it and is no head of state.
   */
  public static String office(String title, String organisation) {
    if (title == null) {
      return null;
    }
    List<String> keys = List.of(key(title.strip()).split("\\s+"));
    Match m = TITLES.endingAt(keys, keys.size());
    if (m == null) {
      String p = party(title.strip());
      return p;
    }
    String office = m.entry();
    if (office.equals("representative") && agentFor(title, organisation)) {
      return "group representative"; // an office of its own slot: no seat in the House
    }
    if (office.equals("president") && organisation != null
        && CHAMBERS.contains(key(organisation).replace("'s", "").strip())) {
      return "presiding officer";
    }
    return office;
  }

  /**
   * Whether a lower-case "representative" speaks for a group rather than holding a seat: its
   * organisation is no state and no district ("the representative for Senate Democrats", "a
   * representative of the union"; but "the representative for Maine's 2nd District").
   */
  private static boolean agentFor(String title, String organisation) {
    if (organisation == null || !title.strip().equals(title.strip().toLowerCase(Locale.ROOT))) {
      return false;
    }
    List<String> keys = List.of(key(organisation.strip()).split("\\s+"));
    return STATES.startingAt(keys, 0) == null && !keys.contains("district");
  }

  /** The office a written title names, or null. */
  public static String office(String title) {
    return office(title, null);
  }

  /** The slot of an office: the offices of one person compared with it ({@code office-slots}). */
  public static String slot(String office) {
    if (office == null) {
      return null;
    }
    if (office.equals("presiding officer")) {
      return "politics";
    }
    if (FAMILY.contains(office)) {
      return "family";
    }
    return SLOTS.getOrDefault(office, office);
  }

  /** Whether two different offices cannot be held by one person at one time. */
  public static boolean exclusive(String a, String b) {
    if (a == null || b == null || a.equals(b)) {
      return false;
    }
    for (Set<String> s : EXCLUSIVE) {
      if (s.contains(a) && s.contains(b)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an office is a relation to another person: wife, father, son. */
  public static boolean family(String office) {
    return FAMILY.contains(office);
  }

  /** Whether an office is held for another ("X's lawyer", "X's rival"). */
  static boolean relational(String office) {
    return FAMILY.contains(office) || RELATIONAL.contains(office);
  }

  /** Every office the lexicon names, for tests. */
  static Set<String> offices() {
    Set<String> out = new HashSet<>();
    for (List<String> g : WordList.load("offices").groups()) {
      out.add(g.get(0));
    }
    return out;
  }
}
