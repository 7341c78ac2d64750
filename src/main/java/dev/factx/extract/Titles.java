package dev.factx.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What titles, ranks and organisation names look like, and when two of them name the same office.
 *
 * <p>Offices are compared in a canonical form: lower case, British spellings folded to American,
 * gendered forms folded to one ({@code spokesman}, {@code spokeswoman} and {@code spokesperson}
 * are one office), and {@code Minister of Defense} read as {@code defense minister}.
 */
public final class Titles {
  /** Titles a person can carry, longest first when matched (one or two words, any case). */
  static final List<String> TITLES =
      byLength(
          List.of(
              "spokesperson", "spokesman", "spokeswoman", "press secretary", "press officer",
              "president", "vice president", "vice-president", "prime minister", "minister",
              "foreign minister", "defense minister", "defence minister", "interior minister",
              "finance minister", "deputy minister", "secretary", "secretary of state",
              "secretary of defense", "defense secretary", "defence secretary",
              "foreign secretary", "state secretary", "secretary-general", "secretary general",
              "ambassador", "chancellor", "commander", "commander-in-chief", "chief of staff",
              "chief", "head", "director", "adviser", "advisor", "national security adviser",
              "national security advisor", "envoy", "special envoy", "governor", "mayor",
              "senator", "congressman", "congresswoman", "representative", "chairman",
              "chairwoman", "chairperson", "chair", "leader", "official", "analyst",
              "researcher", "professor", "king", "queen", "pope", "speaker", "ombudsman",
              "ombudswoman", "prosecutor", "prosecutor general", "attorney general",
              "correspondent", "editor", "founder", "ceo"));

  /** Military and police ranks, longest first when matched. */
  static final List<String> RANKS =
      byLength(
          List.of(
              "General", "Major General", "Lieutenant General", "Brigadier General",
              "Colonel", "Lieutenant Colonel", "Major", "Captain", "Lieutenant", "Sergeant",
              "Admiral", "Rear Admiral", "Vice Admiral", "Marshal", "Field Marshal",
              "Gen.", "Maj. Gen.", "Lt. Gen.", "Brig. Gen.", "Col.", "Lt. Col.", "Maj.",
              "Capt.", "Lt.", "Sgt.", "Adm.", "Rear Adm.", "Vice Adm."));

  /** Words before a title that change it ("former president", "deputy director"). */
  static final List<String> MODIFIERS =
      List.of("former", "acting", "deputy", "interim", "senior", "top", "then");

  private static final Map<String, String> RANK_ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("gen.", "general"), Map.entry("maj.", "major"),
          Map.entry("lt.", "lieutenant"), Map.entry("brig.", "brigadier"),
          Map.entry("col.", "colonel"), Map.entry("capt.", "captain"),
          Map.entry("sgt.", "sergeant"), Map.entry("adm.", "admiral"));

  private static final Map<String, String> GENDERED =
      Map.ofEntries(
          Map.entry("spokesman", "male"), Map.entry("spokeswoman", "female"),
          Map.entry("chairman", "male"), Map.entry("chairwoman", "female"),
          Map.entry("congressman", "male"), Map.entry("congresswoman", "female"),
          Map.entry("ombudsman", "male"), Map.entry("ombudswoman", "female"),
          Map.entry("king", "male"), Map.entry("queen", "female"));

  /** Offices with several names: each name maps to the first one. */
  private static final List<List<String>> SAME_OFFICE =
      List.of(
          List.of("spokesperson", "spokesman", "spokeswoman", "press secretary", "press officer"),
          List.of("chair", "chairman", "chairwoman", "chairperson"),
          List.of("congress member", "congressman", "congresswoman", "representative"),
          List.of("ombudsperson", "ombudsman", "ombudswoman"),
          List.of("adviser", "advisor"),
          List.of("national security adviser", "national security advisor"),
          List.of("secretary-general", "secretary general"),
          List.of("vice president", "vice-president"),
          List.of("defense secretary", "secretary of defense"));

  /** Organisations known under two names, each name mapped to one canonical form. */
  private static final Map<String, String> ORGANISATION_ALIASES =
      Map.of(
          "pentagon", "defense department",
          "dod", "defense department",
          "department of defense", "defense department",
          "department of state", "state department");

  private static final Set<String> COUNTRY_PREFIXES =
      Set.of("us", "u.s.", "u.s", "united states", "american", "the");

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern OF_OFFICE = Pattern.compile("^(.*\\b(?:minister|secretary)) of (\\w+)$");
  private static final Pattern OF_DEPARTMENT =
      Pattern.compile("^(department|ministry) of (?:the )?(\\w+)$");
  /** The words of titles and ranks (ranks also with a period) and the modifiers, lower case. */
  private static final Set<String> TITLE_WORDS = titleWords();

  private Titles() {}

  private static List<String> byLength(List<String> words) {
    List<String> out = new ArrayList<>(words);
    out.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(out);
  }

  /** A regex alternation of words, longest first, quoted. */
  static String alternation(List<String> words) {
    StringBuilder sb = new StringBuilder("(?:");
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        sb.append('|');
      }
      sb.append(Pattern.quote(words.get(i)).replace(" ", "\\E\\h+\\Q"));
    }
    return sb.append(')').toString();
  }

  /** Whether a word (any case) is a title, a rank or a title modifier. */
  public static boolean isTitleWord(String word) {
    return TITLE_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> titleWords() {
    Set<String> out = new java.util.HashSet<>(MODIFIERS);
    for (String t : TITLES) {
      out.addAll(List.of(t.split(" ")));
    }
    for (String r : RANKS) {
      for (String part : r.toLowerCase(Locale.ROOT).split(" ")) {
        out.add(part);
        // "maj." stands for "maj" too
        if (part.endsWith(".")) {
          out.add(part.substring(0, part.length() - 1));
        }
      }
    }
    return Set.copyOf(out);
  }

  /** {@code male} or {@code female} when the title's form says so, else null. */
  public static String gender(String title) {
    if (title == null) {
      return null;
    }
    String[] words = canonicalWords(title);
    return words.length == 0 ? null : GENDERED.get(words[words.length - 1]);
  }

  /** The office a title names, gender and spelling folded ("Spokeswoman" -> "spokesperson"). */
  public static String office(String title) {
    if (title == null) {
      return null;
    }
    String t = String.join(" ", canonicalWords(title));
    // "minister of defense" names the same office as "defense minister"
    java.util.regex.Matcher m = OF_OFFICE.matcher(t);
    if (m.matches() && !t.equals("secretary of state") && !t.equals("secretary of defense")) {
      t = m.group(2) + " " + m.group(1);
    }
    for (List<String> same : SAME_OFFICE) {
      for (String name : same) {
        if (t.equals(name) || t.endsWith(" " + name)) {
          return t.substring(0, t.length() - name.length()) + same.get(0);
        }
      }
    }
    return t;
  }

  /** A rank in full words, lower case ("Maj. Gen." -> "major general"), or null. */
  public static String rank(String rank) {
    if (rank == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (String w : SPACES.split(rank.trim().toLowerCase(Locale.ROOT))) {
      sb.append(sb.length() == 0 ? "" : " ").append(RANK_ABBREVIATIONS.getOrDefault(w, w));
    }
    return sb.toString();
  }

  /**
   * An organisation in a canonical form: no country prefix, {@code Department of X} read as
   * {@code X Department}, known aliases folded ("US Department of State" -> "state department").
   */
  public static String organisation(String org) {
    if (org == null) {
      return null;
    }
    String o = SPACES.matcher(org.toLowerCase(Locale.ROOT).replace("'s", "").trim()).replaceAll(" ");
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String p : COUNTRY_PREFIXES) {
        if (o.startsWith(p + " ")) {
          o = o.substring(p.length() + 1);
          changed = true;
        }
      }
    }
    o = ORGANISATION_ALIASES.getOrDefault(o, o);
    java.util.regex.Matcher m = OF_DEPARTMENT.matcher(o);
    if (m.matches()) {
      o = m.group(2) + " " + m.group(1);
    }
    o = o.replace("defence", "defense");
    return ORGANISATION_ALIASES.getOrDefault(o, o);
  }

  /**
   * Whether two organisations can be the same: equal in canonical form, or one word naming a
   * country both ways ("Russian" and "Russia's").
   */
  public static boolean sameOrganisation(String a, String b) {
    String x = organisation(a);
    String y = organisation(b);
    if (x.equals(y)) {
      return true;
    }
    if (!x.contains(" ") && !y.contains(" ")) {
      int p = 0;
      while (p < x.length() && p < y.length() && x.charAt(p) == y.charAt(p)) {
        p++;
      }
      return p >= 5 && p >= Math.min(x.length(), y.length()) - 1;
    }
    return false;
  }

  private static String[] canonicalWords(String title) {
    String t = title.toLowerCase(Locale.ROOT).replace("defence", "defense").trim();
    return t.isEmpty() ? new String[0] : SPACES.split(t);
  }
}
