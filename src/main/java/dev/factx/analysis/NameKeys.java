package dev.factx.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * When two spellings of a name are one person's: transliteration folding ({@code Zelensky},
 * {@code Zelenskyy}, {@code Zelenskiy}, {@code Зеленський}), close spellings, initials and short
 * forms of a given name.
 */
public final class NameKeys {
  /** Surnames closer than this (after folding) are one surname. */
  static final double SURNAME_SIMILARITY = 0.94;

  /** Given names closer than this (after folding) are one given name. */
  static final double GIVEN_NAME_SIMILARITY = 0.90;

  /** Ukrainian and Russian letters in Latin letters, as news transliterates them. */
  private static final Map<Character, String> CYRILLIC = cyrillic();

  /** Latin letters that Unicode decomposition leaves whole. */
  private static final Map<Character, String> LATIN =
      Map.of('ł', "l", 'ø', "o", 'ß', "ss", 'æ', "ae", 'œ', "oe", 'đ', "d", 'ð', "d", 'þ', "th",
          'ı', "i");

  private NameKeys() {}

  /**
   * Whether two written names can be one person's: surnames equal after folding or very close,
   * and given names (when both have one) equal, an initial, a short form or very close.
   * Possessives, initials between, particles and suffixes aside.
   */
  public static boolean samePerson(String a, String b) {
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (!sameSurname(fold(x.get(x.size() - 1)), fold(y.get(y.size() - 1)))) {
      return false;
    }
    if (x.size() >= 2 && y.size() >= 2) {
      return sameGivenName(fold(x.get(0)), fold(y.get(0)));
    }
    return true;
  }

  /**
   * A written name read once for comparing it with many others: its folded given name (or null)
   * and surname. Equal when the written names are equal.
   *
   * @param written the name as written
   * @param given the folded given name, or null for a single word
   * @param surname the folded surname, or null when the name has no name word
   */
  public record Name(String written, String given, String surname) {
    /** Reads a written name. */
    public static Name of(String written) {
      List<String> w = words(written);
      return new Name(written, w.size() >= 2 ? fold(w.get(0)) : null,
          w.isEmpty() ? null : fold(w.get(w.size() - 1)));
    }

    /** Whether the two can be one person's ({@link NameKeys#samePerson}). */
    public boolean same(Name other) {
      if (surname == null || other.surname == null || !sameSurname(surname, other.surname)) {
        return false;
      }
      return given == null || other.given == null || sameGivenName(given, other.given);
    }

    /**
     * The name's block for grouping by person: the folded surname's first letter and length.
     * Names that {@link #same} joins are in each other's {@link #nearBlocks}.
     */
    public String block() {
      return block(surname == null ? 0 : surname.length());
    }

    /** The blocks of every name that {@link #same} may join with this one. */
    public List<String> nearBlocks() {
      int n = surname == null ? 0 : surname.length();
      List<String> out = new ArrayList<>(5);
      for (int len = n - 2; len <= n + 2; len++) {
        out.add(block(len));
      }
      return out;
    }

    private String block(int length) {
      char first = surname == null || surname.isEmpty() ? ' ' : surname.charAt(0);
      return first + ":" + length;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Name n && written.equals(n.written);
    }

    @Override
    public int hashCode() {
      return written.hashCode();
    }
  }

  /** What {@link #words} cuts a name at (compiled once: String.split compiles it per call). */
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  /** The name words of a written name: no possessive, initials, particles or suffix. */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : WHITE_SPACE.split(name.strip())) {
      String t = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
      t = Lexicon.stripPeriod(t);
      String lower = t.toLowerCase(Locale.ROOT);
      if (t.isEmpty() || t.length() == 1 || Lexicon.NAME_SUFFIXES.contains(lower)
          || Lexicon.NAME_PARTICLES.contains(lower)) {
        if (t.length() == 1 && out.isEmpty()) {
          out.add(t); // "M. Miller": the initial stands for the given name
        }
        continue;
      }
      out.add(t);
    }
    return out;
  }

  /** Whether two folded surnames are one. */
  static boolean sameSurname(String x, String y) {
    if (x.equals(y)) {
      return true;
    }
    return closeSurnames(x, y);
  }

  /** Whether two different folded surnames are close enough to be one spelling. */
  static boolean closeSurnames(String x, String y) {
    return !x.isEmpty() && !y.isEmpty() && x.charAt(0) == y.charAt(0)
        && Math.abs(x.length() - y.length()) <= 2
        && JaroWinkler.similarity(x, y) >= SURNAME_SIMILARITY;
  }

  /** Each folded given name of given-name-forms.txt to its folded full form. */
  private static final java.util.Map<String, String> GIVEN_NAME_FORMS = givenNameForms();

  private static java.util.Map<String, String> givenNameForms() {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    for (java.util.List<String> g : WordList.load("given-name-forms").groups()) {
      String full = fold(g.get(0));
      for (String form : g) {
        out.put(fold(form), full);
      }
    }
    return java.util.Map.copyOf(out);
  }

  /** Whether two folded given names are one: equal, an initial, a short form or very close. */
  static boolean sameGivenName(String x, String y) {
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (x.equals(y)) {
      return true;
    }
    if (x.length() == 1 || y.length() == 1) {
      return x.charAt(0) == y.charAt(0);
    }
    if (Math.min(x.length(), y.length()) >= 3 && (x.startsWith(y) || y.startsWith(x))) {
      return true;
    }
    String fx = GIVEN_NAME_FORMS.get(x);
    if (fx != null && fx.equals(GIVEN_NAME_FORMS.get(y))) {
      return true; // "mike" and "michael"
    }
    return x.charAt(0) == y.charAt(0) && JaroWinkler.similarity(x, y) >= GIVEN_NAME_SIMILARITY;
  }

  /**
   * A name word folded so that transliterations meet: Cyrillic in Latin letters, no accents,
   * lower case, letters only; {@code y} and {@code j} read as {@code i}, {@code kh} as {@code h},
   * {@code w} as {@code v}, doubled letters single ("Zelenskyy", "Zelenskiy", "Zelensky",
   * "Зеленський" all fold to "zelenski").
   */
  public static String fold(String word) {
    String s = word.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(s.length());
    boolean plain = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z') {
        sb.append(c);
      } else if (c >= 0x80) {
        plain = false;
        break;
      }
    }
    if (!plain) {
      sb.setLength(0);
      String d = Normalizer.normalize(s, Normalizer.Form.NFD);
      for (int i = 0; i < d.length(); i++) {
        char c = d.charAt(i);
        String t = CYRILLIC.get(c);
        if (t == null) {
          t = LATIN.get(c);
        }
        if (t != null) {
          sb.append(t);
        } else if (Character.isLetter(c)) {
          sb.append(c);
        }
      }
    }
    String f = sb.toString().replace("kh", "h").replace("ck", "k").replace("ph", "f")
        .replace('w', 'v').replace('y', 'i').replace('j', 'i');
    StringBuilder out = new StringBuilder(f.length());
    for (int i = 0; i < f.length(); i++) {
      if (i == 0 || f.charAt(i) != f.charAt(i - 1)) {
        out.append(f.charAt(i));
      }
    }
    return out.toString();
  }

  private static Map<Character, String> cyrillic() {
    String[][] pairs = {
      {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "h"}, {"ґ", "g"}, {"д", "d"}, {"е", "e"},
      {"є", "ye"}, {"ё", "e"}, {"ж", "zh"}, {"з", "z"}, {"и", "y"}, {"і", "i"}, {"ї", "yi"},
      {"й", "y"}, {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"}, {"о", "o"}, {"п", "p"},
      {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ф", "f"}, {"х", "kh"}, {"ц", "ts"},
      {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"}, {"ъ", ""}, {"ы", "y"}, {"ь", ""}, {"э", "e"},
      {"ю", "yu"}, {"я", "ya"}
    };
    java.util.HashMap<Character, String> out = new java.util.HashMap<>();
    for (String[] p : pairs) {
      out.put(p[0].charAt(0), p[1]);
    }
    return Map.copyOf(out);
  }
}
