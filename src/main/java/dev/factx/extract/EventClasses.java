package dev.factx.extract;

import dev.factx.analysis.Lexicon;
import dev.factx.analysis.WordList;
import dev.factx.text.MapValues;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The classes of events dates date ({@code event-classes.txt}) and the lemma of a verb or event
 * noun: every form of a class's verbs and nouns to its base and class, two-word phrases ("step
 * down", "take oath") by their first word, and telling (the speech lists) as the class {@code
 * speak}.
 */
final class EventClasses {
  /** A word's base form and class. */
  record Lemma(String base, String eventClass) {}

  /** A two-word phrase of a class: its second word, and the lemma it gives. */
  record Phrase(String second, Lemma lemma) {}

  private static final Map<String, Lemma> FORMS = forms();
  private static final Map<String, List<Phrase>> PHRASES = phrases();
  private static final Lemma SPEAK = new Lemma("speak", "speak");

  private EventClasses() {}

  private static Map<String, Lemma> forms() {
    Map<String, Lemma> out = new HashMap<>();
    for (List<String> g : WordList.load("event-classes").groups()) {
      String cls = g.get(0);
      for (String e : g.subList(1, g.size())) {
        if (e.contains(" ")) {
          continue;
        }
        Lemma l = new Lemma(e, cls);
        for (String f : Verbs.forms(e)) {
          out.putIfAbsent(f, l);
        }
        out.putIfAbsent(e.endsWith("y") ? e.substring(0, e.length() - 1) + "ies" : e + "s", l);
      }
    }
    return Map.copyOf(out);
  }

  private static Map<String, List<Phrase>> phrases() {
    Map<String, List<Phrase>> out = new HashMap<>();
    for (List<String> g : WordList.load("event-classes").groups()) {
      for (String e : g.subList(1, g.size())) {
        int sp = e.indexOf(' ');
        if (sp < 0) {
          continue;
        }
        Lemma l = new Lemma(e, g.get(0));
        for (String f : Verbs.forms(e.substring(0, sp))) {
          out.computeIfAbsent(f, MapValues.list())
              .add(new Phrase(e.substring(sp + 1), l));
        }
      }
    }
    Map<String, List<Phrase>> frozen = new HashMap<>();
    for (Map.Entry<String, List<Phrase>> e : out.entrySet()) {
      frozen.put(e.getKey(), List.copyOf(e.getValue()));
    }
    return Map.copyOf(frozen);
  }

  /** Whether a word (lower case) is a verb or noun of telling. */
  static boolean isSpeech(String w) {
    if (Lexicon.SPEECH_VERBS.contains(w) || Lexicon.SPEECH_NOUNS.contains(w)) {
      return true;
    }
    // a base form of a listed verb: "announce" of "announced", "testify" of "testified"
    if (w.length() > 3 && (Lexicon.SPEECH_VERBS.contains(w + "d")
        || Lexicon.SPEECH_VERBS.contains(w + "ed") || (w.endsWith("y")
            && Lexicon.SPEECH_VERBS.contains(w.substring(0, w.length() - 1) + "ied")))) {
      return true;
    }
    String base = Verbs.irregularBase(w);
    return base != null && (base.equals("say") || base.equals("tell") || base.equals("speak")
        || base.equals("write"));
  }

  /**
   * The lemma of a verb or event noun (lower case), with the word after it for two-word phrases
   * ("stepped down", "took the oath"): its class's base, telling as {@code speak}, else its stem.
   */
  static Lemma of(String word, String next) {
    String w = word.toLowerCase(Locale.ROOT);
    if (next != null) {
      for (Phrase p : PHRASES.getOrDefault(w, List.of())) {
        if (p.second().equals(next)) {
          return p.lemma();
        }
      }
    }
    Lemma l = FORMS.get(w);
    if (l != null) {
      return l;
    }
    if (isSpeech(w)) {
      return SPEAK;
    }
    if (Lexicon.BEGIN_VERBS.contains(w)) {
      return new Lemma("begin", "begin");
    }
    String base = Verbs.irregularBase(w);
    return new Lemma(base != null ? base : stem(w), null);
  }

  /** Whether a word is a form of a class's verb or noun, or of telling. */
  static boolean known(String w) {
    return FORMS.containsKey(w) || PHRASES.containsKey(w) || isSpeech(w);
  }

  /** A word without its ending, for words of no class: "released" -> "releas". */
  private static final java.util.regex.Pattern ENDING =
      java.util.regex.Pattern.compile("(?:ing|ed|es|s)$");

  static String stem(String w) {
    String s = ENDING.matcher(w).replaceAll("");
    return s.endsWith("e") && s.length() > 1 ? s.substring(0, s.length() - 1) : s;
  }
}
