package dev.factx.extract;

import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a date dates: the subject and verb of its clause ("Matthew Miller said", "North Korean
 * troops began"), written as one string whose last word is the verb or event noun.
 *
 * <p>The verb is the nearest verb before the date in its clause ("Miller said on Dec. 16", "troops
 * started operations on 14 December"), else the first one after it ("A week ago, troops began");
 * the subject is the noun phrase right before that verb. "Ukraine's announcement on Monday" dates
 * the announcement of its owner, and "the same day that the Pentagon confirmed" dates the clause
 * after "that". A subject that names a known person is written as that person's full name.
 */
public final class DateEvents {
  /** Verbs and nouns of telling: one speech event whatever the word. */
  static final Set<String> SPEECH =
      Set.of("said", "says", "say", "told", "tells", "tell", "reported", "reports", "announced",
          "announces", "stated", "states", "confirmed", "confirms", "noted", "notes", "added",
          "claimed", "claims", "warned", "warns", "declared", "emphasized", "emphasised",
          "stressed", "alleged", "tweeted", "briefed", "spoke", "speaks", "testified", "revealed",
          "disclosed", "acknowledged", "denied", "insisted", "explained", "remarked", "remarks",
          "announcement", "statement", "briefing", "comments", "speech", "report", "affirmed",
          "assessed", "explains", "admitted", "asserted", "argued", "wrote");

  /** Verbs of beginning: one start event whatever the word. */
  static final Set<String> BEGIN =
      Set.of("began", "begun", "begin", "begins", "started", "start", "starts", "launched",
          "launch", "launches", "commenced", "opened");

  /** Irregular past forms and other verbs that do not end in -ed. */
  private static final Set<String> IRREGULAR =
      Set.of("seen", "saw", "gave", "given", "made", "took", "taken", "met", "wrote", "written",
          "came", "come", "went", "gone", "held", "left", "sent", "brought", "found", "led",
          "fought", "struck", "hit", "shot", "won", "lost", "paid", "put", "set", "stood", "ran",
          "flew", "chose", "knew", "thought", "became", "fell", "rose", "sold", "bought", "built",
          "drove", "kept", "spent", "withdrew", "overran", "arrived", "follow", "follows");

  private static final Set<String> NOT_VERBS =
      Set.of("hundred", "indeed", "speed", "need", "seed", "feed", "bed", "red", "united",
          "armed", "based", "related", "detailed", "limited", "advanced");

  /** Words between a subject and its verb ("had", "also", "reportedly"). */
  private static final Set<String> AUXILIARIES =
      Set.of("had", "has", "have", "was", "were", "is", "are", "been", "be", "will", "would",
          "could", "should", "may", "might", "also", "then", "reportedly", "allegedly", "later",
          "first", "already", "just", "not", "only", "did", "do", "does", "had been", "once");

  /** Words that end a noun phrase walked over from its verb. */
  private static final Set<String> STOPS =
      Set.of("that", "which", "who", "whom", "when", "while", "as", "if", "because", "after",
          "before", "since", "in", "on", "at", "with", "for", "to", "from", "by", "during",
          "against", "alongside", "into", "over", "under", "near", "about", "than", "per",
          "according", "but", "so", "where", "although", "though");

  private static final Set<String> EVENT_NOUNS =
      Set.of("announcement", "remarks", "statement", "briefing", "comments", "speech", "report",
          "visit", "meeting", "call", "attack", "strike", "offensive", "invasion", "decision",
          "vote", "election", "summit", "talks", "warning");

  private static final Set<String> RELATIVES = Set.of("that", "which", "who");
  private static final Set<String> PRONOUNS = Set.of("he", "she");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Pattern TOKEN =
      Pattern.compile("\\p{L}++(?:\\.\\p{L})++\\.?|[\\p{L}\\p{N}]++(?:['-][\\p{L}\\p{N}]++)*+|[,;:\"()]");
  private static final int MAX_WALK = 15;

  private DateEvents() {}

  /** A word of the text and where it stands. */
  private record Token(String text, int start, int end) {
    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }

    boolean isPunctuation() {
      return text.length() == 1 && ",;:\"()".indexOf(text.charAt(0)) >= 0;
    }
  }

  /**
   * The event a date dates, or null when its clause has no verb.
   *
   * @param text the normalized document text
   * @param sentence the sentence holding the date
   * @param date the date expression
   * @param people the document's people, for pronouns and names
   */
  public static String of(String text, Span sentence, Span date, PersonNames people) {
    List<Token> before = tokens(text, sentence.start(), date.start());
    List<Token> after = tokens(text, date.end(), sentence.end());
    // "the same day that the Pentagon confirmed": the clause after "that" tells the event
    if (!after.isEmpty() && (after.get(0).lower().equals("that") || after.get(0).lower().equals("when"))
        && Pattern.compile("(?i)\\b(?:day|week|month|time)\\b").matcher(date.of(text)).find()) {
      String e = forward(text, after.subList(1, after.size()), people);
      if (e != null) {
        return e;
      }
    }
    String owned = ownedNoun(text, before);
    if (owned != null) {
      return owned;
    }
    // the nearest verb before the date, within its clause
    for (int i = before.size() - 1; i >= 0 && i >= before.size() - MAX_WALK; i--) {
      Token t = before.get(i);
      if (t.isPunctuation() && !t.text().equals(")") && !t.text().equals("(")) {
        break;
      }
      if (isVerb(t)) {
        String subject = subjectBefore(text, before, i, people);
        return subject == null ? null : subject + " " + t.text();
      }
    }
    return forward(text, after, people);
  }

  /** The event of a clause read forward: the noun phrase up to the first verb, and that verb. */
  private static String forward(String text, List<Token> tokens, PersonNames people) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).text().equals(",")) {
      i++;
    }
    int first = i;
    for (; i < tokens.size() && i < first + MAX_WALK; i++) {
      Token t = tokens.get(i);
      if (isVerb(t)) {
        List<Token> np = new ArrayList<>(tokens.subList(first, i));
        while (!np.isEmpty() && isAuxiliary(np.get(np.size() - 1))) {
          np.remove(np.size() - 1);
        }
        String subject = subject(text, np, tokens.get(i).start(), people);
        return subject == null ? null : subject + " " + t.text();
      }
      if (t.isPunctuation() || (STOPS.contains(t.lower()) && i > first)) {
        return null;
      }
    }
    return null;
  }

  /** "Ukraine's announcement on Monday": the owner and the event noun right before the date. */
  private static String ownedNoun(String text, List<Token> before) {
    int n = before.size();
    if (n < 2) {
      return null;
    }
    Token noun = before.get(n - 1);
    Token owner = before.get(n - 2);
    if (!EVENT_NOUNS.contains(noun.lower()) || !owner.text().endsWith("'s")) {
      return null;
    }
    int start = n - 2;
    while (start > 0 && Character.isUpperCase(before.get(start - 1).text().charAt(0))
        && !before.get(start - 1).isPunctuation()) {
      start--;
    }
    return text.substring(before.get(start).start(), noun.end());
  }

  /** The noun phrase that ends right before the verb at {@code verb}. */
  private static String subjectBefore(String text, List<Token> tokens, int verb, PersonNames people) {
    int end = verb;
    while (end > 0 && isAuxiliary(tokens.get(end - 1))) {
      end--;
    }
    int start = end;
    int depth = 0;
    while (start > 0 && end - start < MAX_WALK) {
      Token t = tokens.get(start - 1);
      if (t.text().equals(")")) {
        depth++;
      } else if (t.text().equals("(")) {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (depth == 0 && (t.isPunctuation() || STOPS.contains(t.lower()) || isVerb(t))) {
        // "Department of State": "of" joins capitalized words
        break;
      }
      start--;
    }
    // "forces that had landed": the phrase before the relative pronoun is the subject
    if (start == end && start > 0 && RELATIVES.contains(tokens.get(start - 1).lower())) {
      return subjectBefore(text, tokens, start - 1, people);
    }
    return subject(text, tokens.subList(start, end), tokens.get(verb).start(), people);
  }

  /** A subject phrase, articles dropped, a pronoun or a person's name resolved to a full name. */
  private static String subject(String text, List<Token> np, int at, PersonNames people) {
    List<Token> words = new ArrayList<>(np);
    while (!words.isEmpty() && ARTICLES.contains(words.get(0).lower())) {
      words.remove(0);
    }
    if (words.isEmpty()) {
      return null;
    }
    String phrase = text.substring(words.get(0).start(), words.get(words.size() - 1).end());
    if (words.size() == 1 && PRONOUNS.contains(words.get(0).lower())) {
      return lastPersonBefore(text, at, people);
    }
    String person = people.find(phrase);
    return person != null ? person : phrase;
  }

  /** The last known person named before an offset, for "he said on Monday". */
  private static String lastPersonBefore(String text, int at, PersonNames people) {
    String found = null;
    int where = -1;
    for (String name : people.names()) {
      String surname = name.substring(name.lastIndexOf(' ') + 1);
      int i = text.lastIndexOf(surname, at);
      if (i > where) {
        where = i;
        found = name;
      }
    }
    return found;
  }

  private static boolean isAuxiliary(Token t) {
    String w = t.lower();
    return AUXILIARIES.contains(w) || (w.endsWith("ly") && w.length() > 4 && Character.isLowerCase(t.text().charAt(0)));
  }

  static boolean isVerb(Token t) {
    String w = t.text();
    if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
      return false;
    }
    if (SPEECH.contains(w) && !EVENT_NOUNS.contains(w)) {
      return true;
    }
    if (BEGIN.contains(w) || IRREGULAR.contains(w)) {
      return true;
    }
    return w.length() >= 5 && w.endsWith("ed") && !NOT_VERBS.contains(w);
  }

  private static List<Token> tokens(String text, int start, int end) {
    List<Token> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(start, end);
    while (m.find()) {
      out.add(new Token(m.group(), m.start(), m.end()));
    }
    return out;
  }

  /**
   * The action of an event string, folded: every verb or noun of telling is {@code speak}, every
   * verb of beginning {@code begin}, other verbs their stem ("released" -> "releas").
   */
  public static String action(String event) {
    String verb = event.substring(event.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    if (SPEECH.contains(verb)) {
      return "speak";
    }
    if (BEGIN.contains(verb)) {
      return "begin";
    }
    String s = verb.replaceAll("(?:ing|ed|es|s)$", "");
    return s.endsWith("e") ? s.substring(0, s.length() - 1) : s;
  }

  /** The subject of an event string: all but its last word. */
  public static String subject(String event) {
    int i = event.lastIndexOf(' ');
    return i < 0 ? "" : event.substring(0, i);
  }
}
