package dev.factx.extract;

import dev.factx.analysis.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the tense of the clause a date expression stands in, from the words of the normalized
 * text around it: the nearest cue before it in its sentence, else one after it in its clause.
 *
 * <p>A future cue ({@code future-cues.txt}: "will", "would", "is scheduled", "is due", "is
 * expected", "set for") makes it {@link Tense#FUTURE}; a past tense or participle ("resigned", "was
 * indicted", "has been arrested", "fell") makes it {@link Tense#PAST}, except a participle after
 * "be", "to" or a present "is" ("is scheduled to be arraigned"), and a past form after a
 * determiner ("her bid", "the embattled mayor"), which tell nothing and are read past. Reading stops at the sentence's start, at {@code ; : ! ?}, at a line end and at quote marks,
 * and after {@value #BACK} words.
 */
final class DateTense {
  private static final Set<String> FUTURE = WordList.load("future-cues").set();
  /** Words after which a participle is no past tense: "to be arraigned", "is set". */
  private static final Set<String> PARTICIPLE_AUX =
      Set.of("be", "been", "being", "to", "is", "are", "am", "'s", "'re", "get", "gets");
  /** Verbs of scheduling that look ahead before "for" ("set for June 28"). */
  private static final Set<String> SET_FOR = Set.of("set", "reset", "scheduled", "slated");
  /**
   * Verbs of moving a date that look ahead before "to", "until" or "for" ("postponed to July 12",
   * "pushed back to May"): they also tell that the date moved.
   */
  private static final Set<String> MOVED = Set.of("postponed", "delayed", "moved", "pushed",
      "rescheduled", "adjourned", "put", "back");
  private static final Set<String> MOVED_TO = Set.of("to", "until", "till", "for");
  /** Future cues that are nouns after a determiner: "the plan", "their aims". */
  private static final Set<String> NOUNS = Set.of("plan", "plans", "aims", "planning");
  private static final Set<String> PAST_AUX = Set.of("was", "were", "had", "did");
  /** Words after which a past form is a noun or an adjective: "her bid", "the embattled mayor". */
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their",
      "its", "our", "my", "your", "this", "that", "these", "those");
  private static final Set<String> COUNTERFACTUAL =
      WordList.load("counterfactual-cues").set();
  private static final int BACK = 12;
  private static final int AHEAD = 6;
  private static final int REACH = 240;

  private DateTense() {}

  /** The tense of the clause around {@code [start, end)} of a text. */
  static Tense of(String text, int start, int end) {
    List<String> before = wordsBefore(text, start);
    if (setFor(before)) {
      return Tense.FUTURE;
    }
    for (int i = before.size() - 1, seen = 0; i >= 0 && seen < BACK; i--, seen++) {
      String w = before.get(i);
      String toward = i + 1 < before.size() ? before.get(i + 1) : null;
      String further = i > 0 ? before.get(i - 1) : null;
      Tense t = cue(w, toward, further);
      if (t != null) {
        return t;
      }
    }
    List<String> after = wordsAfter(text, end);
    for (int i = 0; i < after.size() && i < AHEAD; i++) {
      String w = after.get(i);
      Tense t = cue(w, i + 1 < after.size() ? after.get(i + 1) : null, i > 0 ? after.get(i - 1)
          : null);
      if (t != null) {
        return t;
      }
    }
    return Tense.NONE;
  }

  /**
   * "The judge set the sentencing for June 28": a verb of scheduling and its object right before
   * "for" and the date look ahead, whatever the verb's tense.
   */
  private static boolean setFor(List<String> before) {
    int n = before.size();
    if (n < 3 || !before.get(n - 1).equals("for")) {
      return false;
    }
    for (int i = n - 2; i >= 0 && i >= n - 5; i--) {
      if (SET_FOR.contains(before.get(i))) {
        return i == n - 2 || DETERMINERS.contains(before.get(i + 1));
      }
    }
    return false;
  }

  /**
   * Whether the words right before a date tell that it was moved to it: "postponed to", "delayed
   * until", "pushed back to", "rescheduled for".
   */
  static boolean moved(String text, int start) {
    List<String> before = wordsBefore(text, start);
    int n = before.size();
    if (n < 2 || !MOVED_TO.contains(before.get(n - 1))) {
      return false;
    }
    String w = before.get(n - 2);
    if (w.equals("off")) {
      return n >= 3 && before.get(n - 3).equals("put"); // "put off until"
    }
    return MOVED.contains(w) && !w.equals("put");
  }

  /** Whether the sentence before {@code start} opens a clause of what did not happen. */
  static boolean counterfactual(String text, int start) {
    List<String> before = wordsBefore(text, start);
    String joined = " " + String.join(" ", before) + " ";
    for (String c : COUNTERFACTUAL) {
      if (joined.contains(" " + c + " ")) {
        return true;
      }
    }
    return false;
  }

  /**
   * What one word says: {@code toward} is the next word toward the date, {@code further} the one
   * on its other side.
   */
  private static Tense cue(String w, String toward, String further) {
    boolean noun = NOUNS.contains(w) && further != null && DETERMINERS.contains(further);
    if ((FUTURE.contains(w) && !noun) || w.endsWith("'ll")) {
      return Tense.FUTURE;
    }
    if (SET_FOR.contains(w) && "for".equals(toward)) {
      return Tense.FUTURE;
    }
    // "pushed back to May" looks ahead; "dates back to January" does not
    boolean back = w.equals("back") && (further == null || !MOVED.contains(further));
    if (MOVED.contains(w) && !back && toward != null && MOVED_TO.contains(toward)) {
      return Tense.FUTURE;
    }
    if (PAST_AUX.contains(w)) {
      return Tense.PAST;
    }
    if (Verbs.isPast(w)) {
      if (further != null && (PARTICIPLE_AUX.contains(further) || further.endsWith("'s")
          || further.endsWith("'re") || DETERMINERS.contains(further))) {
        return null;
      }
      return Tense.PAST;
    }
    return null;
  }

  /** The words of the sentence before {@code start}, lower case, in order. */
  private static List<String> wordsBefore(String text, int start) {
    int from = Math.max(0, start - REACH);
    for (int i = start - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (isStop(c) || (c == '.' && endsSentence(text, i))) {
        from = i + 1;
        break;
      }
    }
    return words(text, from, start);
  }

  /** The words of the clause after {@code end}, a comma right after it skipped. */
  private static List<String> wordsAfter(String text, int end) {
    int p = end;
    while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == ',')) {
      p++;
    }
    int to = Math.min(text.length(), p + REACH);
    for (int i = p; i < to; i++) {
      char c = text.charAt(i);
      if (isStop(c) || c == ',' || c == '.' || c == '(' || c == ')') {
        to = i;
        break;
      }
    }
    return words(text, p, to);
  }

  private static boolean isStop(char c) {
    return c == '\n' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' || c == '\u201c'
        || c == '\u201d';
  }

  /** Whether the period at {@code i} ends a sentence: after a lower-case word of 3 letters or more. */
  private static boolean endsSentence(String text, int i) {
    if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
      return false;
    }
    int k = i;
    while (k > 0 && Character.isLowerCase(text.charAt(k - 1))) {
      k--;
    }
    return i - k >= 3 || (i > 0 && Character.isDigit(text.charAt(i - 1)));
  }

  private static List<String> words(String text, int from, int to) {
    List<String> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int j = i;
      while (j < to && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '\''
          || text.charAt(j) == '\u2019')) {
        j++;
      }
      out.add(text.substring(i, j).toLowerCase(Locale.ROOT).replace('\u2019', '\''));
      i = j;
    }
    return out;
  }
}
