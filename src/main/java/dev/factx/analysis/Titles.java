package dev.factx.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When two titles, ranks or organisation names name the same office, read through the lexicon.
 *
 * <p>Offices are compared in a canonical form: lower case, British spellings folded to American,
 * gendered forms folded to one ({@code spokesman}, {@code spokeswoman} and {@code spokesperson}
 * are one office), and {@code Minister of Defense} read as {@code defense minister}.
 */
public final class Titles {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern OF_OFFICE = Pattern.compile("^(.*\\b(?:minister|secretary)) of (\\w+)$");
  /** Letters each followed by a period ("n.a.a.c.p."): an initialism, read without them. */
  private static final Pattern INITIALISM = Pattern.compile("(?<![\\p{L}.])(?:\\p{L}\\.){2,}");
  /** Words an initialism passes over ("National Association for the Advancement of ..."). */
  private static final Set<String> INITIALISM_SKIPS =
      Set.of("of", "for", "the", "and", "on", "in", "&");
  private static final Pattern OF_DEPARTMENT =
      Pattern.compile("^(department|ministry) of (?:the )?(\\w+)$");
  private Titles() {}

  /** {@code male} or {@code female} when the title's form says so, else null. */
  public static String gender(String title) {
    if (title == null) {
      return null;
    }
    String[] words = canonicalWords(title);
    return words.length == 0 ? null : Lexicon.GENDERED_TITLES.get(words[words.length - 1]);
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
    for (List<String> same : Lexicon.SAME_OFFICES) {
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
      sb.append(sb.length() == 0 ? "" : " ").append(Lexicon.RANK_ABBREVIATIONS.getOrDefault(w, w));
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
      for (String p : Lexicon.COUNTRY_PREFIXES) {
        if (o.startsWith(p + " ")) {
          o = o.substring(p.length() + 1);
          changed = true;
        }
      }
    }
    java.util.regex.Matcher initials = INITIALISM.matcher(o);
    StringBuilder undotted = new StringBuilder();
    while (initials.find()) {
      initials.appendReplacement(undotted, initials.group().replace(".", ""));
    }
    o = initials.appendTail(undotted).toString();
    o = Lexicon.ORGANISATION_ALIASES.getOrDefault(o, o);
    java.util.regex.Matcher m = OF_DEPARTMENT.matcher(o);
    if (m.matches()) {
      o = m.group(2) + " " + m.group(1);
    }
    o = o.replace("defence", "defense");
    return Lexicon.ORGANISATION_ALIASES.getOrDefault(o, o);
  }

  /**
   * Whether two organisations can be the same: equal in canonical form (initialisms read without
   * their periods: "N.A.A.C.P." is "NAACP"), one the initialism of the other ("FBI", "Federal
   * Bureau of Investigation"), or one word naming a country both ways ("Russian" and "Russia's").
   */
  public static boolean sameOrganisation(String a, String b) {
    String x = organisation(a);
    String y = organisation(b);
    if (x.equals(y)) {
      return true;
    }
    if (initialism(x, y) || initialism(y, x)) {
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

  /**
   * Whether {@code short} is the initialism of {@code full}: one word of two or more letters, the
   * first letters of the other's words but for "of", "for", "the" ... ("naacp" and "national
   * association for the advancement of colored people").
   */
  private static boolean initialism(String shortName, String full) {
    if (shortName.length() < 2 || shortName.contains(" ") || !full.contains(" ")) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : SPACES.split(full)) {
      if (!INITIALISM_SKIPS.contains(w) && !w.isEmpty()) {
        initials.append(w.charAt(0));
      }
    }
    return initials.toString().equals(shortName);
  }

  private static String[] canonicalWords(String title) {
    String t = title.toLowerCase(Locale.ROOT).replace("defence", "defense").trim();
    return t.isEmpty() ? new String[0] : SPACES.split(t);
  }
}
