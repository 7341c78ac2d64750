package dev.factx.extract;

import dev.factx.analysis.Lexicon;
import dev.factx.analysis.WordList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English verb forms, for what dates read of a clause: a form's base (its lemma), whether it is a
 * past tense or participle, and the forms of a base. Irregular forms come from {@code
 * verb-forms.txt}; regular ones are made by rule (-s, -ed, -ing, a final consonant doubled or a
 * final e dropped), so a list names each verb by its base once.
 */
public final class Verbs {
  /** Irregular forms (the base too) to their base. */
  private static final Map<String, String> IRREGULAR = irregular();

  /** Each base to its irregular forms (the keys of {@link #IRREGULAR} that name it). */
  private static final Map<String, List<String>> IRREGULAR_FORMS = irregularForms();

  /** Irregular past and participle forms ("said", "quit", "taken"). */
  private static final Set<String> PAST = pastForms();

  private Verbs() {}

  private static Map<String, String> irregular() {
    Map<String, String> out = new HashMap<>();
    for (List<String> g : WordList.load("verb-forms").groups()) {
      for (String f : g) {
        out.putIfAbsent(f, g.get(0));
      }
    }
    return Map.copyOf(out);
  }

  private static Map<String, List<String>> irregularForms() {
    Map<String, List<String>> out = new HashMap<>();
    for (Map.Entry<String, String> e : IRREGULAR.entrySet()) {
      List<String> forms = out.get(e.getValue());
      if (forms == null) {
        forms = new ArrayList<>();
        out.put(e.getValue(), forms);
      }
      forms.add(e.getKey());
    }
    Map<String, List<String>> frozen = new HashMap<>();
    for (Map.Entry<String, List<String>> e : out.entrySet()) {
      frozen.put(e.getKey(), List.copyOf(e.getValue()));
    }
    return Map.copyOf(frozen);
  }

  private static Set<String> pastForms() {
    Set<String> out = new HashSet<>();
    for (List<String> g : WordList.load("verb-forms").groups()) {
      for (int i = 1; i < g.size(); i++) {
        out.add(g.get(i));
      }
    }
    return Set.copyOf(out);
  }

  /**
   * Whether a word, lower case, is a past tense or past participle: an irregular one, or a regular
   * "-ed" word of five letters or more that is no adjective or number of the not-verbs list.
   */
  public static boolean isPast(String w) {
    if (PAST.contains(w)) {
      return true;
    }
    return w.length() >= 5 && w.endsWith("ed") && !Lexicon.NOT_VERBS.contains(w);
  }

  /** The base of an irregular form, or null when the word is no irregular verb form. */
  public static String irregularBase(String w) {
    return IRREGULAR.get(w);
  }

  /**
   * Every form of a verb given by its base, lower case: the base, irregular forms, and the regular
   * -s, -ed and -ing forms (with a final consonant doubled as well, "planned", and a final e
   * dropped, "closing").
   */
  public static Set<String> forms(String base) {
    String b = base.toLowerCase(Locale.ROOT);
    Set<String> out = new HashSet<>();
    out.add(b);
    out.addAll(IRREGULAR_FORMS.getOrDefault(b, List.of()));
    int n = b.length();
    if (n == 0) {
      return out;
    }
    char last = b.charAt(n - 1);
    boolean consonantY = last == 'y' && n > 1 && !isVowel(b.charAt(n - 2));
    if (b.endsWith("s") || b.endsWith("x") || b.endsWith("z") || b.endsWith("ch")
        || b.endsWith("sh")) {
      out.add(b + "es");
    } else if (consonantY) {
      out.add(b.substring(0, n - 1) + "ies");
    } else {
      out.add(b + "s");
    }
    if (last == 'e') {
      out.add(b + "d");
      out.add(b.endsWith("ee") || b.endsWith("ie") ? b + "ing" : b.substring(0, n - 1) + "ing");
      if (b.endsWith("ie")) {
        out.add(b.substring(0, n - 2) + "ying");
      }
    } else if (consonantY) {
      out.add(b.substring(0, n - 1) + "ied");
      out.add(b + "ing");
    } else {
      out.add(b + "ed");
      out.add(b + "ing");
      if (n >= 3 && !isVowel(last) && last != 'w' && last != 'x' && last != 'y'
          && isVowel(b.charAt(n - 2)) && !isVowel(b.charAt(n - 3))) {
        out.add(b + last + "ed");
        out.add(b + last + "ing");
      }
    }
    return out;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  /** The forms of several bases, each form to its base (the first base that makes it). */
  static Map<String, String> formsOf(List<String> bases) {
    Map<String, String> out = new HashMap<>();
    for (String b : bases) {
      for (String f : forms(b)) {
        out.putIfAbsent(f, b);
      }
    }
    return out;
  }

  /** Bases of several lists, in order. */
  static List<String> bases(List<List<String>> groups) {
    List<String> out = new ArrayList<>();
    groups.forEach(out::addAll);
    return out;
  }
}
