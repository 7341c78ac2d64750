package dev.factx.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The roles a text gives a person where it names them, as nouns that "the NOUN said" can use:
 * the title before the name ("Governor Tom Ash", "Sen. Maria Lopez"), an appositive after it
 * ("Tom Ash, the party's nominee,") or before it ("the spokeswoman, Lena Park"). Roles are
 * canonical: abbreviations spelled out ("sen" is senator) and one name for an office with several
 * ("spokeswoman" is spokesperson, {@link Lexicon#SAME_OFFICES}), so that "the congressman" finds
 * "Rep. Tom Ash".
 */
public final class Roles {
  /** Tokens an appositive may hold before its role noun ("the acting deputy chief"). */
  private static final int APPOSITIVE_WORDS = 7;

  private static final Map<String, String> SAME = sameOffices();

  private Roles() {}

  /**
   * Words before a role noun that make another office of it: a vice president is no president.
   */
  private static final Set<String> OTHER_OFFICE = Set.of("vice", "deputy", "assistant",
      "lieutenant", "associate", "under");

  /** Whether a word before a role noun makes another office of it ("vice", "deputy"). */
  public static boolean otherOffice(String word) {
    return OTHER_OFFICE.contains(Tokens.lower(word));
  }

  /**
   * The canonical role a noun, an abbreviation or a compound office ("vice president") names, or
   * null when it names none.
   */
  public static String canonical(String word) {
    String w = Tokens.lower(word);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.indexOf(' ') > 0) {
      return Lexicon.TITLES.contains(w) ? SAME.getOrDefault(w, w) : null;
    }
    String full = Lexicon.TITLE_ABBREVIATIONS.get(w);
    if (full != null) {
      w = full;
    }
    if (!Lexicon.ROLE_NOUNS.contains(w)) {
      return null;
    }
    return SAME.getOrDefault(w, w);
  }

  /** The gender a role noun or honorific gives its bearer ("spokeswoman", "ms"), or null. */
  public static String gender(String word) {
    String w = Tokens.lower(word);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    String g = Lexicon.GENDERED_TITLES.get(w);
    return g != null ? g : Lexicon.HONORIFIC_GENDERS.get(w);
  }

  /**
   * The role and gender words the text gives at mention {@code m} of a text: its title words, the
   * role noun of an appositive right after it or right before it; as written, lower case.
   */
  static List<String> wordsAt(String text, Tokens tokens, NameMention m) {
    List<String> out = new ArrayList<>();
    if (m.titleSpan() != null) {
      String before = null;
      for (int t = tokens.firstAtOrAfter(m.titleSpan().start());
          t < tokens.size() && tokens.end(t) <= m.titleSpan().end(); t++) {
        if (tokens.kind(t) == Token.Kind.WORD) {
          String w = tokens.lower(t);
          // "Vice President Mike Pence" is the vice president, not a president
          out.add(before != null && otherOffice(before) ? before + " " + w : w);
          before = w;
        }
      }
    }
    if (m.possessive()) {
      return out;
    }
    // after: NAME, [the|a|X's] [modifiers] ROLE [,.)|of|for|at|to]
    int t = tokens.firstAtOrAfter(m.span().end());
    if (t < tokens.size() && tokens.start(t) == m.span().end() && isComma(text, tokens, t)) {
      for (int k = t + 1; k < tokens.size() && k <= t + APPOSITIVE_WORDS; k++) {
        if (tokens.kind(k) != Token.Kind.WORD || tokens.quoted(k) != tokens.quoted(t)) {
          break;
        }
        String w = tokens.lower(k);
        if (canonical(w) != null && Character.isLowerCase(text.codePointAt(tokens.start(k)))
            && endsAppositive(text, tokens, k + 1)) {
          out.add(w);
          break;
        }
      }
    }
    // before: [the] [modifiers] ROLE, NAME
    int c = tokens.at(m.runStart() - 2);
    if (c > 0 && m.runStart() >= 2 && text.charAt(m.runStart() - 1) == ' '
        && isComma(text, tokens, c) && tokens.glued(c)) {
      int k = c - 1;
      String w = tokens.lower(k);
      if (tokens.kind(k) == Token.Kind.WORD && canonical(w) != null
          && Character.isLowerCase(text.codePointAt(tokens.start(k)))
          && determinedWithin(tokens, k)) {
        out.add(w);
      }
    }
    return out;
  }

  /** Whether an appositive's role noun ends it at token {@code k}. */
  private static boolean endsAppositive(String text, Tokens tokens, int k) {
    if (k >= tokens.size()) {
      return true;
    }
    String w = tokens.lower(k);
    return w.equals(",") || w.equals(".") || w.equals(")") || w.equals(";") || w.equals("of")
        || w.equals("for") || w.equals("at") || w.equals("to") || w.equals("in");
  }

  /** Whether a determiner ("the", "a", a possessive) stands a few words before token k. */
  private static boolean determinedWithin(Tokens tokens, int k) {
    for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
      String w = tokens.lower(j);
      if (tokens.kind(j) != Token.Kind.WORD) {
        return false;
      }
      if (w.equals("the") || w.equals("a") || w.equals("an") || w.endsWith("'s")
          || w.equals("his") || w.equals("her") || w.equals("its") || w.equals("their")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isComma(String text, Tokens tokens, int t) {
    return tokens.end(t) == tokens.start(t) + 1 && text.charAt(tokens.start(t)) == ',';
  }

  /** Each one-word office to the first one-word office of its group ("spokesman" to spokesperson). */
  private static Map<String, String> sameOffices() {
    Map<String, String> out = new HashMap<>();
    for (List<String> g : Lexicon.SAME_OFFICES) {
      String first = null;
      for (String office : g) {
        if (office.indexOf(' ') < 0) {
          first = first == null ? office : first;
          out.put(office, first);
        }
      }
    }
    return Map.copyOf(out);
  }
}
