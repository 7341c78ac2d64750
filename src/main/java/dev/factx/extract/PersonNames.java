package dev.factx.extract;

import dev.factx.clean.Document;
import dev.factx.text.Recent;
import dev.factx.text.Span;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * The people a text names, and whether two spellings name the same person.
 *
 * <p>A person is known by a full name of two or more words found where a name is certain: after a
 * title ("spokesperson Matthew Miller"), before a title ("Matthew Miller, spokesperson for ..."),
 * or before a speech verb ("Pat Ryder said"). A surname alone, or a transliteration variant
 * (Zelensky, Zelenskyy, Zelenskiy), then resolves to that full name. Two names with the same
 * surname and different given names are different people.
 */
public final class PersonNames {
  /** One word of a name: capitalized, ending in a lower-case letter ("McDonald", "O'Brien"). */
  static final String NAME_WORD = "(?:[OD]')?\\p{Lu}\\p{L}*\\p{Ll}(?:-\\p{L}++)*+";

  /** Two to four name words, with initials and particles between them. */
  static final String NAME =
      NAME_WORD + "(?:\\h+(?:(?:de|van|von|der|bin|al|da|di|du|la|le)\\h+|\\p{Lu}\\.\\h+)?"
          + NAME_WORD + "){0,3}";

  /** Words that look like names but are not part of one. */
  static final Set<String> NOT_NAMES =
      Set.of("The", "A", "An", "On", "In", "At", "But", "And", "Or", "If", "As", "So", "Yet",
          "Source", "Details", "Quote", "Background", "According", "Related", "Meanwhile",
          "However", "Also", "Then", "Yesterday", "Today", "Earlier", "Later", "Last", "This",
          "North", "South", "East", "West", "United", "States", "Kingdom", "Nations", "Union",
          "Department", "Ministry", "Government", "Office", "Agency", "Council", "Committee",
          "Forces", "Army", "Navy", "Force", "House", "White", "Kremlin", "Pentagon", "News",
          "Desk", "Times", "Post", "Press", "Monday", "Tuesday", "Wednesday", "Thursday",
          "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
          "July", "August", "September", "October", "November", "December", "Korea", "Korean",
          "Russia", "Russian", "Ukraine", "Ukrainian", "America", "American", "Europe",
          "European", "China", "Chinese", "Oblast", "Region", "City", "Republic", "Federation",
          "State", "Defense", "Defence", "Foreign", "Affairs", "Intelligence",
          "Military", "Security", "Service", "Minister", "Government's", "Image", "Credit");

  private static final Set<String> PRONOUN_MALE = Set.of("he", "him", "his", "himself");
  private static final Set<String> PRONOUN_FEMALE = Set.of("she", "her", "hers", "herself");
  private static final Pattern WORD = Pattern.compile("[\\p{L}'-]+");
  private static final Pattern NAME_PATTERN = Pattern.compile(NAME);
  private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_A_TO_Z = Pattern.compile("[^a-z]");
  private static final Pattern SPEECH_AFTER =
      Pattern.compile("(" + NAME + ")(?:'s)?\\h+(?:also\\h+|then\\h+)?(?:said|says|told|noted|added"
          + "|stated|warned|claimed|reported|confirmed|announced|stressed|emphasized|alleged)\\b");
  private static final Pattern AFTER_TITLE =
      Pattern.compile("(?i:\\b" + Titles.alternation(Titles.TITLES) + ")\\h+(?:"
          + Titles.alternation(Titles.RANKS) + "\\h+)?(" + NAME + ")");
  private static final Pattern BEFORE_TITLE =
      Pattern.compile("(" + NAME + "),\\h+(?:the\\h+|a\\h+)?(?:[\\p{Lu}][\\p{L}.]*\\h+){0,4}"
          + "(?:[\\p{Ll}]+\\h+){0,2}(?i:" + Titles.alternation(Titles.TITLES) + ")\\b");
  /** The places a name is certain: after a title, before a title, before a speech verb. */
  static final List<Pattern> CERTAIN = List.of(AFTER_TITLE, BEFORE_TITLE, SPEECH_AFTER);
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  /** Surnames closer than this (after transliteration folding) are one surname. */
  static final double SURNAME_SIMILARITY = 0.94;

  /** Given names closer than this (after folding) are one given name. */
  static final double GIVEN_NAME_SIMILARITY = 0.90;

  /** How many texts' names {@link #namesIn} keeps: a large bundle's documents, texts held anyway. */
  private static final int NAMES_KEPT = 20_000;

  private static final Recent<String, List<String>> NAMES_IN = new Recent<>(NAMES_KEPT);

  /** How many lines' names {@link #namesInLine} keeps. */
  private static final int LINES_KEPT = 4096;

  private static final Recent<String, List<List<String>>> LINES = new Recent<>(LINES_KEPT);

  private final List<String> names;
  /**
   * Mentions already resolved (a missing person as the empty string). Concurrent: the date and
   * role matchers share one instance and run side by side; an answer depends on the mention alone.
   */
  private final Map<String, String> resolved = new ConcurrentHashMap<>();

  private PersonNames(List<String> names) {
    this.names = List.copyOf(names);
  }

  /** The people of one document. */
  public static PersonNames in(Document document) {
    return of(List.of(document.text().value()));
  }

  /** The people named anywhere in some documents. */
  public static PersonNames in(List<Document> documents) {
    List<String> texts = new ArrayList<>();
    for (Document d : documents) {
      texts.add(d.text().value());
    }
    return of(texts);
  }

  /** The people named in some texts, in order of first mention. */
  public static PersonNames of(List<String> texts) {
    Set<String> found = new LinkedHashSet<>();
    for (String text : texts) {
      found.addAll(namesIn(text));
    }
    // keep one spelling per person: the first met
    List<String> names = new ArrayList<>();
    for (String n : found) {
      if (names.stream().noneMatch(k -> samePerson(k, n))) {
        names.add(n);
      }
    }
    return new PersonNames(names);
  }

  /**
   * The names a text gives where a name is certain, in order of first mention, each spelling once.
   * The pipeline asks for a document's names once per extractor and once for the bundle, so the
   * answers for the latest texts are kept (they depend on the text alone).
   */
  private static List<String> namesIn(String text) {
    return NAMES_IN.get(text, PersonNames::findNamesIn);
  }

  private static List<String> findNamesIn(String text) {
    List<List<List<String>>> lines = new ArrayList<>();
    for (int start = 0; start < text.length(); ) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      if (end > start) {
        lines.add(namesInLine(text.substring(start, end)));
      }
      start = end + 1;
    }
    // a pattern's matches in text order, pattern after pattern, as scans of the whole text give
    Set<String> found = new LinkedHashSet<>();
    for (int p = 0; p < CERTAIN.size(); p++) {
      for (List<List<String>> line : lines) {
        found.addAll(line.get(p));
      }
    }
    return List.copyOf(found);
  }

  /**
   * The names each pattern of {@link #CERTAIN} finds in one line, in order. No part of the patterns
   * matches a line end, and a line end reads like the end of the text to their word boundaries, so
   * a line's names are those a scan of the whole text finds in it; repeated lines are looked up.
   */
  private static List<List<String>> namesInLine(String line) {
    return LINES.get(line, PersonNames::findNamesInLine);
  }

  private static List<List<String>> findNamesInLine(String line) {
    List<List<String>> found = new ArrayList<>();
    for (Pattern p : CERTAIN) {
      List<String> names = new ArrayList<>();
      Matcher m = p.matcher(line);
      while (m.find()) {
        String name = clean(m.group(1));
        if (name != null) {
          names.add(name);
        }
      }
      found.add(List.copyOf(names));
    }
    return List.copyOf(found);
  }

  /** The full names known, one spelling per person, in order of first mention. */
  public List<String> names() {
    return names;
  }

  /**
   * A name without words that cannot be part of one (leading "Source", trailing titles), or null
   * when fewer than two name words remain.
   */
  static String clean(String candidate) {
    List<String> words = new ArrayList<>(List.of(candidate.trim().split("\\s+")));
    while (!words.isEmpty()
        && (NOT_NAMES.contains(words.get(0)) || Titles.isTitleWord(words.get(0)))) {
      words.remove(0);
    }
    for (String w : words) {
      if (NOT_NAMES.contains(w) || Titles.isTitleWord(w)) {
        return null;
      }
    }
    return words.size() >= 2 ? String.join(" ", words) : null;
  }

  /**
   * The known full name a mention stands for: a full name, a surname or a spelling variant. A
   * surname that two known people share resolves to the first of them; null when none matches.
   */
  public String resolve(String mention) {
    if (mention == null || mention.isBlank()) {
      return null;
    }
    String known = resolved.get(mention);
    if (known == null) {
      known = "";
      for (String n : names) {
        if (samePerson(n, mention)) {
          known = n;
          break;
        }
      }
      resolved.put(mention, known);
    }
    return known.isEmpty() ? null : known;
  }

  /**
   * The person a phrase names ("Pentagon spokesperson Major General Pat Ryder" -> "Pat Ryder"):
   * the last run of name words in it that resolves to a known person, else null.
   */
  public String find(String phrase) {
    Matcher m = NAME_PATTERN.matcher(phrase);
    String best = null;
    while (m.find()) {
      List<String> words = new ArrayList<>();
      for (String w : m.group().split("\\s+")) {
        if (!NOT_NAMES.contains(w) && !Titles.isTitleWord(w)) {
          words.add(w);
        } else {
          words.clear();
        }
      }
      // try the whole run, then its last word (a surname)
      if (!words.isEmpty()) {
        String whole = resolve(String.join(" ", words));
        String last = resolve(words.get(words.size() - 1));
        if (whole != null || last != null) {
          best = whole != null ? whole : last;
        }
      }
    }
    return best;
  }

  /**
   * Whether two names can name the same person: surnames equal after transliteration folding or
   * very close, and given names (when both have one) equal, an initial, a short form or very
   * close.
   */
  public static boolean samePerson(String a, String b) {
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (!sameSurname(x.get(x.size() - 1), y.get(y.size() - 1))) {
      return false;
    }
    if (x.size() >= 2 && y.size() >= 2) {
      return sameGivenName(x.get(0), y.get(0));
    }
    return true;
  }

  private static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(POSSESSIVE.matcher(name).replaceAll(""));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static boolean sameSurname(String a, String b) {
    String x = fold(a);
    String y = fold(b);
    if (x.equals(y)) {
      return true;
    }
    return !x.isEmpty() && !y.isEmpty() && x.charAt(0) == y.charAt(0)
        && Math.abs(x.length() - y.length()) <= 2
        && JARO_WINKLER.apply(x, y) >= SURNAME_SIMILARITY;
  }

  static boolean sameGivenName(String a, String b) {
    String x = fold(a);
    String y = fold(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (x.equals(y)) {
      return true;
    }
    // an initial ("M. Miller") or a short form ("Matt")
    if (x.length() == 1 || y.length() == 1) {
      return x.charAt(0) == y.charAt(0);
    }
    if (Math.min(x.length(), y.length()) >= 3 && (x.startsWith(y) || y.startsWith(x))) {
      return true;
    }
    return x.charAt(0) == y.charAt(0) && JARO_WINKLER.apply(x, y) >= GIVEN_NAME_SIMILARITY;
  }

  /**
   * A name word folded so that transliterations meet: no accents, lower case, {@code y} and
   * {@code j} read as {@code i}, {@code kh} as {@code h}, {@code w} as {@code v}, doubled letters
   * single ("Zelenskyy", "Zelenskiy", "Zelensky" -> "zelenski").
   */
  static String fold(String word) {
    String s;
    if (ascii(word)) {
      // no accents to take off: lower case and keep a to z
      StringBuilder sb = new StringBuilder(word.length());
      for (int i = 0; i < word.length(); i++) {
        char c = Character.toLowerCase(word.charAt(i));
        if (c >= 'a' && c <= 'z') {
          sb.append(c);
        }
      }
      s = sb.toString();
    } else {
      s = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
      s = NOT_A_TO_Z.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }
    s = s.replace("kh", "h").replace("ck", "k").replace("ph", "f").replace('w', 'v');
    s = s.replace('y', 'i').replace('j', 'i');
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code male} or {@code female} when the pronouns a document uses for a person agree, else
   * null. A pronoun outside quotation marks refers to the last person named before it, in its
   * sentence or in an earlier one.
   */
  public String pronounGender(Document document, String person) {
    String text = document.text().value();
    boolean[] quoted = quoted(text, document.paragraphs());
    int male = 0;
    int female = 0;
    String current = null;
    for (Span sentence : document.sentences()) {
      Matcher m = WORD.matcher(sentence.of(text));
      while (m.find()) {
        int at = sentence.start() + m.start();
        if (quoted[at]) {
          continue;
        }
        String w = m.group();
        String lower = w.toLowerCase(Locale.ROOT);
        if (PRONOUN_MALE.contains(lower) || PRONOUN_FEMALE.contains(lower)) {
          if (current != null && samePerson(current, person)) {
            if (PRONOUN_MALE.contains(lower)) {
              male++;
            } else {
              female++;
            }
          }
        } else if (Character.isUpperCase(w.charAt(0)) && !NOT_NAMES.contains(w)) {
          String who = resolve(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w);
          if (who != null) {
            current = who;
          }
        }
      }
    }
    if (male > 0 && female == 0) {
      return "male";
    }
    if (female > 0 && male == 0) {
      return "female";
    }
    return null;
  }

  /** Which characters stand inside double quotation marks; a line end closes any open quote. */
  static boolean[] quoted(String text, List<Span> paragraphs) {
    boolean[] in = new boolean[text.length() + 1];
    for (Span p : paragraphs) {
      boolean open = false;
      for (int i = p.start(); i < p.end(); i++) {
        if (text.charAt(i) == '"') {
          open = !open;
        } else if (text.charAt(i) == '\n') {
          open = false; // an unbalanced mark must not turn the rest of the text inside out
        }
        in[i] = open;
      }
    }
    return in;
  }
}
