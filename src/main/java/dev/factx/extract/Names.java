package dev.factx.extract;

import dev.factx.clean.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a set of texts names in full, so that a bare surname ("Miller") or a pronoun can be
 * resolved to one full name ("Matthew Miller").
 *
 * <p>A full name enters the index only where the text marks it as a person: as the subject or
 * object of a speech verb ({@code NAME said}, {@code said NAME}, {@code according to NAME}, {@code
 * from NAME:}) or next to a title ({@code spokesperson NAME}, {@code NAME, spokesperson for}).
 * Titles and organisation words in front of a name are dropped ({@code State Department
 * Spokesperson Matthew Miller} is Matthew Miller).
 */
public final class Names {
  /** Verbs that introduce someone's words. */
  static final String VERBS =
      "said|says|say|told|tells|added|adds|noted|notes|stressed|stresses|emphasized|emphasised"
          + "|emphasizes|claimed|claims|warned|warns|stated|states|explained|explains|insisted"
          + "|argued|wrote|writes|declared|confirmed|confirms|affirmed|highlighted|announced"
          + "|acknowledged|admitted|asserted|alleged|reported|suggested|continued|replied"
          + "|responded|remarked|observed|commented|vowed|promised|denied|recalled|tweeted"
          + "|posted|concluded|urged|cautioned|predicted|state";

  /** Words that may stand between a speaker and the verb ("he also stressed"). */
  static final String ADVERBS =
      "also|then|later|further|again|previously|earlier|once|reportedly|repeatedly|separately|did"
          + "|has|had|have|was|would|had also|has also|publicly|recently";

  /** A capitalised word, an initialism (U.S.), or a hyphenated or O'-name. */
  static final String TOKEN = "(?:[A-Z]\\.){2,}+|[A-Z][a-zA-Z]*+(?:['-][A-Za-z]++)*+";

  /**
   * A run of capitalised words: the place to look for a name. Possessive, because a greedy group
   * loop recurses once per word and overflowed the stack on long runs; nothing that may follow a
   * run starts with a capital, so giving words back never made a match.
   */
  static final String RUN = "(?<![\\w.'-])(?:" + TOKEN + ")(?: (?:" + TOKEN + "))*+";

  private static final Pattern RUN_PATTERN = Pattern.compile(RUN);

  private static final Set<String> TITLES =
      Set.of("spokesperson", "spokesman", "spokeswoman", "minister", "president", "secretary",
          "general", "major", "colonel", "lieutenant", "captain", "admiral", "sergeant",
          "director", "chief", "chairman", "chairwoman", "chair", "head", "ambassador",
          "senator", "governor", "mayor", "commander", "premier", "deputy", "vice", "official",
          "adviser", "advisor", "envoy", "representative", "rep.", "sen.", "gov.", "dr.", "mr.",
          "mrs.", "ms.", "prof.", "dr", "mr", "mrs", "ms", "prof", "king", "queen", "prince",
          "pope", "judge", "justice", "officer", "analyst", "professor", "leader", "ceo",
          "lawmaker", "chancellor", "sgt.", "gen.", "col.", "lt.", "capt.", "adm.", "maj.",
          "press", "foreign", "defense", "defence", "prime", "attorney", "speaker", "counsel");

  /** Words that are never part of a person's name: places, peoples, organisations, pronouns. */
  private static final Set<String> NOT_NAMES =
      Set.of("the", "a", "an", "this", "that", "these", "those", "it", "its", "they", "we", "i",
          "he", "she", "you", "our", "their", "his", "her", "in", "on", "at", "for", "of", "and",
          "but", "or", "so", "if", "as", "also", "then", "when", "while", "after", "before",
          "although", "however", "meanwhile", "details", "source", "quote", "background",
          "department", "ministry", "state", "states", "united", "nations", "government",
          "pentagon", "kremlin", "white", "house", "office", "agency", "army", "forces", "force",
          "military", "intelligence", "council", "committee", "court", "police", "news", "media",
          "times", "post", "journal", "reuters", "cnn", "bbc", "ap", "afp", "ani", "tass",
          "ukraine", "ukrainian", "ukrainians", "russia", "russian", "russians", "korea",
          "korean", "koreans", "north", "south", "east", "west", "us", "u.s.", "uk", "u.k.", "eu",
          "nato", "un", "dprk", "america", "american", "americans", "china", "chinese", "europe",
          "european", "kyiv", "moscow", "washington", "pyongyang", "beijing", "london", "paris",
          "berlin", "kursk", "oblast", "region", "republic", "federation", "kingdom", "union",
          "party", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
          "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "g7", "g20", "israel", "iran",
          "france", "germany", "britain", "british", "french", "german", "western", "israeli",
          "iranian", "company", "group", "institute", "university", "bank", "ministers");

  private static final Pattern SPEECH_AFTER =
      Pattern.compile("^(?:,? (?:" + ADVERBS + "))*,? (?:" + VERBS + ")\\b");
  private static final Pattern SPEECH_BEFORE =
      Pattern.compile("(?:\\b(?:" + VERBS + ")|[Aa]ccording to|\\bfrom) $");

  private final Set<String> full;
  private final Map<String, Set<String>> bySurname;

  private Names(Set<String> full) {
    this.full = Collections.unmodifiableSet(new LinkedHashSet<>(full));
    Map<String, Set<String>> s = new TreeMap<>();
    for (String f : full) {
      s.computeIfAbsent(surname(f), k -> new LinkedHashSet<>()).add(f);
    }
    this.bySurname = s;
  }

  /** An index that knows nobody. */
  public static Names empty() {
    return new Names(Set.of());
  }

  /** The people named in full in any of the documents. */
  public static Names of(List<Document> documents) {
    Set<String> all = new LinkedHashSet<>();
    for (Document d : documents) {
      all.addAll(of(d.text().value()).full);
    }
    return new Names(all);
  }

  /** The people named in full in a (normalized) text. */
  public static Names of(String text) {
    Set<String> found = new LinkedHashSet<>();
    Set<String> candidates = new LinkedHashSet<>();
    Set<String> alone = new java.util.HashSet<>();
    Matcher m = RUN_PATTERN.matcher(text);
    while (m.find()) {
      Parsed p = parse(m.group());
      if (p == null) {
        continue;
      }
      if (p.tokens() < 2) {
        alone.add(p.name());
        continue;
      }
      candidates.add(p.name());
      String before = text.substring(Math.max(0, m.start() - 40), m.start());
      String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
      boolean speaker =
          SPEECH_AFTER.matcher(after).find()
              || SPEECH_BEFORE.matcher(before).find()
              || (after.startsWith(":") && before.endsWith("from "));
      boolean titled =
          p.titled()
              || isTitle(lastWord(before))
              || after.matches("(?s)^, (?:the |a |an )?[a-z]+.*")
                  && isTitle(after.replaceFirst("^, (?:the |a |an )?", "").split("[ ,]")[0]);
      if (speaker || titled) {
        found.add(p.name());
      }
    }
    // a two- or three-word name whose surname is also used alone is a person's name
    for (String c : candidates) {
      if (alone.contains(surname(c))) {
        found.add(c);
      }
    }
    return new Names(found);
  }

  /** This index with the names of another. */
  public Names with(Names other) {
    Set<String> all = new LinkedHashSet<>(full);
    all.addAll(other.full);
    return new Names(all);
  }

  /** The full names known, in the order first seen. */
  public Set<String> fullNames() {
    return full;
  }

  /**
   * The person a run of capitalised words names, or null when it names none: titles in front are
   * dropped, a known surname becomes the full name, and an unknown single word stands as written.
   */
  public String person(String run) {
    Parsed p = parse(run);
    if (p == null) {
      return null;
    }
    return resolve(p.name());
  }

  /** A surname known to belong to exactly one full name becomes that name; else unchanged. */
  public String resolve(String name) {
    if (name == null || name.indexOf(' ') >= 0) {
      return name;
    }
    Set<String> f = bySurname.get(name);
    return f != null && f.size() == 1 ? f.iterator().next() : name;
  }

  /** Whether a name is known to this index, in full or by its surname. */
  public boolean knows(String name) {
    return name != null && (full.contains(name) || bySurname.containsKey(name));
  }

  /** A person named in a text, at the offset just after the name. */
  record Mention(int end, String name) {}

  /** Every place a known person is named in a text, in order. */
  List<Mention> mentions(String text) {
    List<Mention> out = new ArrayList<>();
    Matcher m = RUN_PATTERN.matcher(text);
    while (m.find()) {
      Parsed p = parse(m.group());
      if (p != null && knows(p.name())) {
        out.add(new Mention(m.end(), resolve(p.name())));
      }
    }
    return out;
  }

  /** The name part of a run and whether a title stood right before it. */
  private record Parsed(String name, int tokens, boolean titled) {}

  private static Parsed parse(String run) {
    String[] tokens = run.trim().split(" ");
    int end = tokens.length;
    String last = tokens[end - 1];
    if (last.endsWith("'s")) {
      tokens[end - 1] = last.substring(0, last.length() - 2);
    } else if (last.endsWith("'")) {
      tokens[end - 1] = last.substring(0, last.length() - 1);
    }
    int start = end;
    while (start > 0 && start > end - 3 && isNamePart(tokens[start - 1])) {
      start--;
    }
    if (start == end) {
      return null;
    }
    boolean titled = start > 0 && isTitle(tokens[start - 1]);
    return new Parsed(String.join(" ", List.of(tokens).subList(start, end)), end - start, titled);
  }

  private static boolean isNamePart(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    return !token.isEmpty()
        && Character.isUpperCase(token.charAt(0))
        && !TITLES.contains(lower)
        && !NOT_NAMES.contains(lower)
        && !token.matches("(?:[A-Z]\\.)+|[A-Z]{2,}");
  }

  private static boolean isTitle(String word) {
    return word != null && TITLES.contains(word.toLowerCase(Locale.ROOT));
  }

  private static String lastWord(String s) {
    String t = s.stripTrailing();
    if (t.length() == s.length()) {
      return null; // the run must follow the title after a space
    }
    int i = t.lastIndexOf(' ');
    return t.substring(i + 1);
  }

  private static String surname(String fullName) {
    return fullName.substring(fullName.lastIndexOf(' ') + 1);
  }
}
