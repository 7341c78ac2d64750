package dev.factx.match;

import dev.factx.analysis.Lexicon;
import dev.factx.analysis.WordList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists that say when two figures count the same thing, as the number matcher reads
 * them: synonym classes, nouns of people, umbrella nouns and nouns that count people by what
 * happened to them ("arrests", "deaths").
 */
final class FigureWords {
  private FigureWords() {}

  /** Each noun of a synonym class to the class's name ("employee" to "worker"). */
  private static final Map<String, String> SYNONYMS = WordList.load("figure-synonyms").canonical();

  /** Nouns that count people ("worker", "resident"), lemmas. */
  private static final Set<String> PERSONS = Lexicon.FIGURE_PERSON_NOUNS;

  /** Nouns that count people by an outcome, to the outcome ("arrest" to "arrested"). */
  static final Map<String, String> NOMINAL = nominal();

  private static Map<String, String> nominal() {
    Map<String, String> out = new HashMap<>();
    for (List<String> g : WordList.load("figure-nominal-nouns").groups()) {
      for (String noun : g.subList(1, g.size())) {
        out.put(noun, g.get(0));
      }
    }
    return Map.copyOf(out);
  }

  /** The class a noun or phrase belongs to: its synonym class's name, else itself. */
  static String classOf(String lemma) {
    if (lemma == null) {
      return null;
    }
    String c = SYNONYMS.get(lemma);
    if (c != null) {
      return c;
    }
    // "campaign funds" is of the class of "fund", with its modifier kept: "campaign money"
    int sp = lemma.lastIndexOf(' ');
    if (sp > 0) {
      String head = SYNONYMS.get(lemma.substring(sp + 1));
      if (head != null) {
        return lemma.substring(0, sp) + " " + head;
      }
    }
    return lemma;
  }

  /** Whether a noun counts people of any kind ("people", "others"). */
  static boolean umbrella(String lemma) {
    return lemma != null && Lexicon.FIGURE_UMBRELLAS.contains(lemma);
  }

  /** Whether a noun counts people: an umbrella, a noun of people, or a person outcome noun. */
  static boolean person(String lemma) {
    return lemma != null && (umbrella(lemma) || PERSONS.contains(lemma)
        || PERSONS.contains(classOf(lemma)) || NOMINAL.containsKey(lemma)
        || Lexicon.FIGURE_MILITARY.contains(lemma) || Lexicon.FIGURE_CIVILIANS.contains(lemma)
        || Lexicon.FIGURE_PEOPLE.contains(lemma));
  }
}
