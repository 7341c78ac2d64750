package dev.factx.extract;

import dev.factx.analysis.Document;
import dev.factx.analysis.Lexicon;
import dev.factx.analysis.People;
import dev.factx.analysis.Person;
import dev.factx.analysis.Word;
import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a date dates: the subject and verb of its clause ("Matthew Miller said", "North Korean
 * troops began"), written as one string whose last word is the verb or event noun.
 *
 * <p>The verb is the nearest verb before the date in its clause ("Miller said on Dec. 16", "troops
 * started operations on 14 December"), else the first one after it ("A week ago, troops began");
 * the subject is the noun phrase right before that verb. "Ukraine's announcement on Monday" dates
 * the announcement of its owner, and "the same day that the Pentagon confirmed" dates the clause
 * after "that". A subject that names a known person is written as that person's full name
 * ({@link People}). The words are the document's ({@link Document#words}), with the marks {@code
 * , ; : " ( )} that end a clause.
 */
public final class DateEvents {
  private static final Set<String> RELATIVES = Set.of("that", "which", "who");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final String MARKS = ",;:\"()";
  private static final Pattern UNIT = Pattern.compile("(?i)\\b(?:day|week|month|time)\\b");
  private static final int MAX_WALK = 15;

  private DateEvents() {}

  /**
   * The event a date dates, or null when its clause has no verb.
   *
   * @param d the document
   * @param people the bundle's people, for pronouns and names
   * @param sentence the sentence holding the date
   * @param date the date expression
   */
  public static DateEvent of(Document d, People people, Span sentence, Span date) {
    Walk w = new Walk(d, people);
    List<Word> before = d.words(new Span(sentence.start(), date.start()), MARKS);
    List<Word> after = d.words(new Span(date.end(), Math.max(date.end(), sentence.end())), MARKS);
    // "the same day that the Pentagon confirmed": the clause after "that" tells the event
    if (!after.isEmpty() && (after.get(0).key().equals("that") || after.get(0).key().equals("when"))
        && UNIT.matcher(date.of(w.text)).find()) {
      DateEvent e = w.forward(after.subList(1, after.size()));
      if (e != null) {
        return e;
      }
    }
    DateEvent owned = w.ownedNoun(before);
    if (owned != null) {
      return owned;
    }
    // the nearest verb before the date, within its clause
    for (int i = before.size() - 1; i >= 0 && i >= before.size() - MAX_WALK; i--) {
      Word t = before.get(i);
      if (t.isPunctuation() && !t.text().equals(")") && !t.text().equals("(")) {
        break;
      }
      if (isVerb(t)) {
        return w.event(w.subjectBefore(before, i), t);
      }
    }
    return w.forward(after);
  }

  /** Reading the words of one document. */
  private static final class Walk {
    final Document d;
    final People people;
    final String text;

    Walk(Document d, People people) {
      this.d = d;
      this.people = people;
      this.text = d.text().value();
    }

    /** The event of a subject and a verb, or null without a subject. */
    DateEvent event(Subject subject, Word verb) {
      if (subject == null) {
        return null;
      }
      return new DateEvent(subject.text(), verb.text(), action(verb.text()), subject.person(),
          ContentWords.of(subject.text()));
    }

  /** The event of a clause read forward: the noun phrase up to the first verb, and that verb. */
  DateEvent forward(List<Word> tokens) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).text().equals(",")) {
      i++;
    }
    int first = i;
    for (; i < tokens.size() && i < first + MAX_WALK; i++) {
      Word t = tokens.get(i);
      if (isVerb(t)) {
        List<Word> np = new ArrayList<>(tokens.subList(first, i));
        while (!np.isEmpty() && isAuxiliary(np.get(np.size() - 1))) {
          np.remove(np.size() - 1);
        }
        return event(subject(np, tokens.get(i).start()), t);
      }
      if (t.isPunctuation() || (Lexicon.CLAUSE_STOPS.contains(t.key()) && i > first)) {
        return null;
      }
    }
    return null;
  }

  /** "Ukraine's announcement on Monday": the owner and the event noun right before the date. */
  DateEvent ownedNoun(List<Word> before) {
    int n = before.size();
    if (n < 2) {
      return null;
    }
    Word noun = before.get(n - 1);
    Word owner = before.get(n - 2);
    if (!Lexicon.EVENT_NOUNS.contains(noun.key()) || !owner.text().endsWith("'s")) {
      return null;
    }
    int start = n - 2;
    while (start > 0 && Character.isUpperCase(before.get(start - 1).text().charAt(0))
        && !before.get(start - 1).isPunctuation()) {
      start--;
    }
    String owned = text.substring(before.get(start).start(), owner.end());
    return new DateEvent(owned, noun.text(), action(noun.text()), null, ContentWords.of(owned));
  }

  /** The noun phrase that ends right before the verb at {@code verb}. */
  Subject subjectBefore(List<Word> tokens, int verb) {
    int end = verb;
    while (end > 0 && isAuxiliary(tokens.get(end - 1))) {
      end--;
    }
    int start = end;
    int depth = 0;
    while (start > 0 && end - start < MAX_WALK) {
      Word t = tokens.get(start - 1);
      if (t.text().equals(")")) {
        depth++;
      } else if (t.text().equals("(")) {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (depth == 0
          && (t.isPunctuation() || Lexicon.CLAUSE_STOPS.contains(t.key()) || isVerb(t))) {
        // "Department of State": "of" joins capitalized words
        break;
      }
      start--;
    }
    // "forces that had landed": the phrase before the relative pronoun is the subject
    if (start == end && start > 0 && RELATIVES.contains(tokens.get(start - 1).key())) {
      return subjectBefore(tokens, start - 1);
    }
    return subject(tokens.subList(start, end), tokens.get(verb).start());
  }

  /** A subject phrase, articles dropped, a pronoun or a person's name resolved to a full name. */
  Subject subject(List<Word> np, int at) {
    List<Word> words = new ArrayList<>(np);
    while (!words.isEmpty() && ARTICLES.contains(words.get(0).key())) {
      words.remove(0);
    }
    if (words.isEmpty()) {
      return null;
    }
    if (words.size() == 1 && (words.get(0).key().equals("he") || words.get(0).key().equals("she"))) {
      Person who = people.lastBefore(d, at);
      return who == null ? null : new Subject(who.name(), who.name());
    }
    Span phrase = new Span(words.get(0).start(), words.get(words.size() - 1).end());
    // the last name in the phrase that names a known person ("Pentagon spokesperson Pat Ryder")
    Person found = null;
    for (int i = d.firstNameFrom(phrase.start()); i < d.names().size()
        && d.names().get(i).span().start() < phrase.end(); i++) {
      Person p = people.person(d, i);
      found = p != null ? p : found;
    }
    if (found != null) {
      return new Subject(found.name(), found.name());
    }
    return new Subject(phrase.of(text), null);
  }
  }

  /** A subject in words, and the person it names or null. */
  private record Subject(String text, String person) {}

  private static boolean isAuxiliary(Word t) {
    String w = t.key();
    return Lexicon.AUXILIARIES.contains(w)
        || (w.endsWith("ly") && w.length() > 4 && Character.isLowerCase(t.text().charAt(0)));
  }

  static boolean isVerb(Word t) {
    String w = t.text();
    if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
      return false;
    }
    if (isSpeech(w) && !Lexicon.EVENT_NOUNS.contains(w)) {
      return true;
    }
    if (Lexicon.BEGIN_VERBS.contains(w) || Lexicon.IRREGULAR_VERBS.contains(w)) {
      return true;
    }
    return w.length() >= 5 && w.endsWith("ed") && !Lexicon.NOT_VERBS.contains(w);
  }

  /** Whether a word (lower case) is a verb or noun of telling. */
  private static boolean isSpeech(String w) {
    return Lexicon.SPEECH_VERBS.contains(w) || Lexicon.SPEECH_NOUNS.contains(w);
  }

  /**
   * A verb or event noun folded: every verb or noun of telling is {@code speak}, every verb of
   * beginning {@code begin}, other verbs their stem ("released" -> "releas").
   */
  static String action(String word) {
    String verb = word.toLowerCase(Locale.ROOT);
    if (isSpeech(verb)) {
      return "speak";
    }
    if (Lexicon.BEGIN_VERBS.contains(verb)) {
      return "begin";
    }
    String s = verb.replaceAll("(?:ing|ed|es|s)$", "");
    return s.endsWith("e") ? s.substring(0, s.length() - 1) : s;
  }
}
