package dev.factx.extract;

import dev.factx.analysis.Document;
import dev.factx.analysis.Lexicon;
import dev.factx.analysis.NameMention;
import dev.factx.analysis.People;
import dev.factx.analysis.Person;
import dev.factx.analysis.Roles;
import dev.factx.analysis.Word;
import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a date dates: the verb or event noun of its clause, who takes part, and the class of event
 * ({@link EventClasses}), read from the document's words (with the marks {@code , ; : " ( )}
 * that end a clause). In order:
 *
 * <ol>
 *   <li>an event noun the date modifies: "the Dec. 12 election", "his 2010 victory",
 *       "Thursday's hearing";
 *   <li>an event noun right before it, across a preposition and a verb of scheduling: "a special
 *       election next month", "re-election in November", "Sentencing has been set for June 28",
 *       "a letter dated Thursday";
 *   <li>the nearest verb before it in its clause ("was indicted on Tuesday, prosecutors said"
 *       dates the indictment; "Prosecutors said the mayor was indicted Tuesday" too; a verb of
 *       scheduling is passed over: "is expected to announce Thursday"); a verb of telling right
 *       before it ("said Tuesday that") dates the telling, an attribution;
 *   <li>a participle opening the sentence, with the subject after its comma: "Elected to Congress
 *       in 1995, Ana Lind served";
 *   <li>else the first verb after it ("Governor Lena Ortiz on Wednesday appointed", "A week ago,
 *       troops began").
 * </ol>
 *
 * <p>The subject is the noun phrase before the verb, past an appositive ("Tom Reyes, the former
 * county treasurer, pleaded"), a party tag, a relative pronoun ("Ana Lind, who resigned") or a
 * verb it shares ("joined the board in 2009 and quit"); a dateline before a dash is no part of it.
 * "He" or "she" is the person it stands for ({@link Pronouns}); a name is the bundle's person. The
 * participants are the subject's person and the first person named after the verb (not inside a
 * relative clause on a noun: "a charge that she lied while Ito was mayor").
 */
public final class DateEvents {
  private static final Set<String> RELATIVES = Set.of("that", "which", "who");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their",
      "its", "this", "that", "our");
  private static final Set<String> PREPOSITIONS = Set.of("in", "on", "for", "at", "of", "by",
      "during", "until", "since", "from");
  /** Verbs that schedule an event and are passed over: "is scheduled to be arraigned Thursday". */
  private static final Set<String> SCHEDULING = Set.of("set", "scheduled", "slated", "due",
      "expected", "planned", "poised", "plans", "plan", "reset", "rescheduled", "postponed",
      "moved", "delayed", "pushed");
  private static final Set<String> BASE_BEFORE = Set.of("to", "will", "would", "could", "should",
      "may", "might", "must", "can", "shall", "did", "didn't", "won't");
  private static final String MARKS = ",;:\"()";
  /** Object pronouns that can be the doer of a verb after "to": "prompted him to hint". */
  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them");
  /**
   * Verbs whose object does what the verb after "to" says ("urged her to resign"), as base
   * forms; their "-s", "-ed"/"-d" and "-ing" forms are read too ("prompted", "urges", "forcing").
   */
  private static final Set<String> MOVING = Set.of("prompt", "urge", "ask", "force", "press",
      "pressure", "push", "encourage", "allow", "order", "invite", "persuade", "convince",
      "cause", "lead", "led", "tell", "told", "compel", "require", "inspire", "warn", "expect",
      "want", "drive", "drove", "driven", "get", "got", "spur", "spurred");
  /** Prepositions inside a noun phrase read forward: "the allies in the House", "the head of". */
  private static final Set<String> NOUN_LINKS = Set.of("in", "of");
  /** Nouns of a time in office, owned by its holder: "his term", "her tenure as mayor". */
  private static final Set<String> TENURES = Set.of("term", "tenure", "career", "presidency",
      "governorship", "mayoralty", "chairmanship", "administration");
  /** Verbs that only say an event took place: "The primary will be held". */
  private static final Set<String> LIGHT = Set.of("held", "hold", "holds", "occurred",
      "occur", "happened", "happen", "took", "take", "came");
  /**
   * Verbs that say an event was done or what harm it did, of no class of their own, as base
   * forms (every form is read): "the attack perpetrated on Sunday", "the storm, which destroyed
   * homes on Sunday". Said of an event noun, the date dates that event ("carry" only with "out").
   */
  private static final Set<String> DOING = Set.copyOf(Verbs.formsOf(List.of("perpetrate",
      "commit", "stage", "carry", "wound", "injure", "shatter", "destroy", "damage")).keySet());
  private static final java.util.regex.Pattern UNIT =
      java.util.regex.Pattern.compile("(?i)\\b(?:day|week|month|time)\\b");
  private static final int MAX_WALK = 15;
  private static final java.util.regex.Pattern PARTY_TAG =
      java.util.regex.Pattern.compile("[DRI](?:-[A-Z][A-Za-z.]*)?");

  private DateEvents() {}

  /**
   * The event a date dates, or null when its clause has none.
   *
   * @param d the document
   * @param people the bundle's people, for names
   * @param pronouns the document's pronouns
   * @param sentence the sentence holding the date
   * @param date the date expression
   */
  public static DateEvent of(Document d, People people, Pronouns pronouns, Span sentence,
      Span date) {
    Walk w = new Walk(d, people, pronouns);
    List<Word> before = d.words(new Span(sentence.start(), date.start()), MARKS);
    List<Word> after = d.words(new Span(date.end(), Math.max(date.end(), sentence.end())), MARKS);
    // "the same day that the Pentagon confirmed": the clause after "that" tells the event
    if (!after.isEmpty() && (after.get(0).key().equals("that") || after.get(0).key().equals("when"))
        && UNIT.matcher(date.of(w.text)).find()) {
      DateEvent e = w.forward(after.subList(1, after.size()), List.of());
      if (e != null) {
        return e;
      }
    }
    DateEvent noun = w.nounAfter(before, after, date);
    if (noun == null) {
      noun = w.ownedNoun(before);
    }
    if (noun == null) {
      noun = w.nounBefore(before, after);
    }
    if (noun != null) {
      return noun;
    }
    // "Elected to Congress in 1995, Ana Lind served": a participle opening the sentence, its
    // subject the noun phrase after the comma
    if (!before.isEmpty() && before.get(0).start() == sentence.start() && openingParticiple(before)) {
      Subject s = w.subjectAfterComma(after);
      if (s != null) {
        return w.event(s, before, 0, after);
      }
    }
    // the nearest verb before the date, within its clause
    int passed = 0;
    for (int i = before.size() - 1; i >= 0 && i >= before.size() - MAX_WALK - passed; i--) {
      Word t = before.get(i);
      int named = w.appositiveName(before, i);
      if (named >= 0) {
        passed += i - named; // "a letter sent from his lawyer, Ana Lind, to the judge on Aug. 6"
        i = named;
        continue;
      }
      if (t.isPunctuation() && !t.text().equals(")") && !t.text().equals("(")) {
        break;
      }
      if (isVerb(before, i) && !scheduling(before, i)) {
        // "The feud began last Wednesday when the governor spoke": the clause after "when"
        if (Lexicon.BEGIN_VERBS.contains(t.key()) && !after.isEmpty()
            && after.get(0).key().equals("when")) {
          DateEvent e = w.forward(after.subList(1, after.size()), List.of());
          if (e != null) {
            return e;
          }
        }
        DateEvent light = w.lightVerb(before, i);
        if (light != null) {
          return light;
        }
        DateEvent told = w.trailingAttribution(before, i, after, sentence, date);
        return told != null ? told : w.event(w.subjectBefore(before, i), before, i, after);
      }
    }
    return w.forward(after, before);
  }

  /** Reading the words of one document. */
  private static final class Walk {
    final Document d;
    final People people;
    final Pronouns pronouns;
    final String text;

    Walk(Document d, People people, Pronouns pronouns) {
      this.d = d;
      this.people = people;
      this.pronouns = pronouns;
      this.text = d.text().value();
    }

    /** The event of a subject and the verb at {@code v} of {@code words}, or null without one. */
    DateEvent event(Subject subject, List<Word> words, int v, List<Word> rest) {
      if (subject == null) {
        return null;
      }
      Word verb = words.get(v);
      String next = nextContent(words, v, rest);
      EventClasses.Lemma lemma = EventClasses.of(verb.key(), next);
      if ("speak".equals(lemma.eventClass()) && passive(words, v)) {
        // "The charges were announced on Friday by Ana Lind": who told is the one after "by"
        String agent = agent(words, v, rest);
        if (agent != null) {
          subject = new Subject(agent, agent);
        }
      }
      List<String> participants = new ArrayList<>();
      if (subject.person() != null) {
        participants.add(subject.person());
      }
      if (subject.with() != null && !participants.contains(subject.with())) {
        participants.add(subject.with());
      }
      String object = objectPerson(words, v, rest);
      if (object != null && !participants.contains(object)) {
        participants.add(object);
      }
      boolean telling = "speak".equals(lemma.eventClass());
      Set<String> named = ContentWords.of(subject.text());
      if (subject.person() == null && subject.with() != null) {
        // "the allies, including the leader, Ken Ito, announced": the subject names Ito
        named = new java.util.HashSet<>(named);
        named.addAll(ContentWords.of(subject.with()));
      }
      return new DateEvent(subject.text(), verb.text(), action(verb.text()), subject.person(),
          named, lemma.base(), lemma.eventClass(), participants, telling, Tense.NONE, false,
          Set.of());
    }

    /** An event of a noun, with its owner as subject where there is one. */
    DateEvent noun(Word noun, String owner, String person) {
      EventClasses.Lemma lemma = EventClasses.of(noun.key(), null);
      String base = lemma.eventClass() == null ? singular(noun.key()) : lemma.base();
      // the noun names the event: "the primary" and "primaries" share their word
      Set<String> words = new java.util.HashSet<>(ContentWords.of(owner));
      if (owner == null) {
        words.add(singular(noun.key()));
      }
      return new DateEvent(owner == null ? "" : owner, noun.text(), action(noun.text()), person,
          words, base, lemma.eventClass(), person == null ? List.of() : List.of(person),
          "speak".equals(lemma.eventClass()), Tense.NONE, false, Set.of());
    }

    /**
     * "Tom Reyes and his wife were indicted on fraud charges, prosecutors announced Tuesday": a
     * date on a telling that trails its sentence, after a comma, when the sentence tells no other
     * date, dates the event told before the comma. The event keeps its attribution, so that it
     * joins only dates that agree.
     */
    DateEvent trailingAttribution(List<Word> before, int verb, List<Word> after, Span sentence,
        Span date) {
      if (!EventClasses.isSpeech(before.get(verb).key()) || verb != before.size() - 1) {
        return null;
      }
      if (!after.isEmpty() && !after.get(0).text().equals(".")) {
        return null; // "said Tuesday that ...": what follows is what was told
      }
      int comma = -1;
      for (int k = verb - 1; k >= 0 && k >= verb - 5; k--) {
        Word t = before.get(k);
        if (t.text().equals(",")) {
          comma = k;
          break;
        }
        if (t.isPunctuation() || isVerb(before, k)) {
          return null;
        }
      }
      if (comma < 1) {
        return null;
      }
      if (!DateExpressions.find(text.substring(sentence.start(), before.get(comma).start()), null)
          .isEmpty()) {
        return null; // the told event has a date of its own
      }
      List<Word> told = before.subList(0, comma);
      for (int k = told.size() - 1; k >= 0 && k >= told.size() - 3 * MAX_WALK; k--) {
        if (isVerb(told, k) && !scheduling(told, k) && !EventClasses.isSpeech(told.get(k).key())
            && Verbs.isPast(told.get(k).key())) {
          DateEvent e = event(subjectBefore(told, k), told, k, List.of());
          return e == null ? null : new DateEvent(e.subject(), e.verb(), e.action(), e.person(),
              e.words(), e.lemma(), e.eventClass(), e.participants(), true, e.tense(),
              e.rescheduled(), e.context());
        }
      }
      return null;
    }

    /** The event of a clause read forward: the noun phrase up to the first verb, and that verb. */
    DateEvent forward(List<Word> tokens, List<Word> before) {
      int i = 0;
      while (i < tokens.size() && tokens.get(i).text().equals(",")) {
        i++;
      }
      int first = i;
      List<Word> np = new ArrayList<>();
      String member = null;
      int passed = 0;
      for (; i < tokens.size() && i < first + MAX_WALK + passed; i++) {
        if (isVerb(tokens, i) && !scheduling(tokens, i)) {
          while (!np.isEmpty() && isAuxiliary(np.get(np.size() - 1))) {
            np.remove(np.size() - 1);
          }
          Subject s = np.isEmpty() ? subjectOfClause(before) : subject(np, tokens.get(i).start());
          if (s != null && member != null && s.person() == null) {
            s = new Subject(s.text(), null, member);
          }
          return event(s, tokens, i, List.of());
        }
        Word t = tokens.get(i);
        // "On Tuesday, the governor's allies in the House, including the leader, Ken Ito,
        // announced": past a member named between commas, who takes part
        int close = i > first ? memberBetweenCommas(tokens, i) : -1;
        if (close > 0) {
          member = member != null ? member : lastPerson(tokens.get(i).start(),
              tokens.get(close).start());
          passed += close - i + 1;
          i = close;
          continue;
        }
        if (t.text().equals(".") && i > first && abbreviation(tokens.get(i - 1))) {
          np.add(t); // "Mr. Ito": no end of the clause
          continue;
        }
        if (t.isPunctuation() || (Lexicon.CLAUSE_STOPS.contains(t.key()) && i > first
            && !NOUN_LINKS.contains(t.key()))) {
          return null;
        }
        np.add(t);
      }
      return null;
    }

    /**
     * Where the comma closing ", including the leader, Ken Ito," or ", Ken Ito," opens at the
     * comma {@code i} of {@code words}: the index of the last comma of the aside, whose last part
     * names a person; else -1.
     */
    int memberBetweenCommas(List<Word> words, int i) {
      if (!words.get(i).text().equals(",")) {
        return -1;
      }
      int parts = words.size() > i + 1 && words.get(i + 1).key().equals("including") ? 2 : 1;
      int open = i;
      for (int k = i + 1; k < words.size() && k <= i + 14; k++) {
        Word t = words.get(k);
        if (t.text().equals(",")) {
          if (--parts == 0) {
            return k > open + 1 && namesPerson(words.get(open + 1).start(), words.get(k - 1).end())
                ? k : -1;
          }
          open = k;
        } else if (t.isPunctuation() && !t.text().equals(".")) {
          return -1;
        }
      }
      return -1;
    }

    /** The bundle's name of the last person named from {@code from} to {@code to}, or null. */
    String lastPerson(int from, int to) {
      String found = null;
      for (int k = Math.max(0, d.firstNameFrom(from)); k < d.names().size()
          && d.names().get(k).span().start() < to; k++) {
        Person p = people.person(d, k);
        found = p != null && !d.names().get(k).possessive() ? p.name() : found;
      }
      return found;
    }

    /**
     * The event of a noun opening its sentence ("In a letter dated Thursday, the members accused
     * the chairman"), owned by the main clause's subject, with the person the main verb names
     * after it; null when no main clause follows the comma.
     */
    DateEvent authored(Word noun, List<Word> after) {
      Subject s = subjectAfterComma(after);
      if (s == null) {
        return null;
      }
      int comma = 0;
      while (!after.get(comma).text().equals(",")) {
        comma++; // subjectAfterComma found one
      }
      int verb = -1;
      for (int i = comma + 1; i < after.size() && verb < 0; i++) {
        if (after.get(i).isPunctuation()) {
          break;
        }
        verb = isVerb(after, i) ? i : -1;
      }
      DateEvent e = noun(noun, s.text(), s.person());
      String object = verb < 0 ? null : objectPerson(after, verb, List.of());
      return object == null || e.participants().contains(object) ? e : e.with(object);
    }

    /** The noun phrase after the first comma, up to its verb: the subject of the main clause. */
    Subject subjectAfterComma(List<Word> after) {
      int comma = -1;
      for (int i = 0; i < after.size(); i++) {
        if (after.get(i).text().equals(",")) {
          comma = i;
          break;
        }
        if (after.get(i).isPunctuation() || isVerb(after, i)) {
          return null;
        }
      }
      if (comma < 0) {
        return null;
      }
      for (int i = comma + 1; i < after.size() && i <= comma + MAX_WALK; i++) {
        if (after.get(i).isPunctuation()) {
          return null;
        }
        if (isVerb(after, i)) {
          List<Word> np = new ArrayList<>(after.subList(comma + 1, i));
          while (!np.isEmpty() && isAuxiliary(np.get(np.size() - 1))) {
            np.remove(np.size() - 1);
          }
          return np.isEmpty() ? null : subject(np, after.get(i).start());
        }
      }
      return null;
    }

    /** "Governor Lena Ortiz on Wednesday appointed": the noun phrase of a clause before its date. */
    Subject subjectOfClause(List<Word> before) {
      int end = before.size();
      int start = end;
      // "Gov. Ana Lind (D) on Wednesday appointed": a tag in brackets is part of the phrase
      while (start > 0 && end - start < MAX_WALK && (!before.get(start - 1).isPunctuation()
          || before.get(start - 1).text().equals("(") || before.get(start - 1).text().equals(")")
          || before.get(start - 1).text().equals("."))) {
        start--;
      }
      if (start == end) {
        return null;
      }
      return subject(before.subList(start, end), before.get(end - 1).end());
    }

    /**
     * "The primary will be held on April 30": a verb that only says an event noun took place
     * dates that noun; so does a verb that says it was done or what harm it did ({@link #DOING}:
     * "the attack carried out on Sunday", "the storm, which destroyed homes on Sunday").
     */
    DateEvent lightVerb(List<Word> words, int v) {
      String verb = words.get(v).key();
      boolean doing = DOING.contains(verb) && (!verb.startsWith("carr")
          || (v + 1 < words.size() && words.get(v + 1).key().equals("out")));
      if (!LIGHT.contains(verb) && !doing) {
        return null;
      }
      int k = v - 1;
      while (k >= 0 && (isAuxiliary(words.get(k)) || words.get(k).key().equals("to"))) {
        k--;
      }
      if (doing && k >= 0 && (words.get(k).key().equals("which")
          || words.get(k).key().equals("that"))) {
        // "the storm, which destroyed homes on Sunday": the noun before the relative pronoun
        k -= k > 0 && words.get(k - 1).text().equals(",") ? 2 : 1;
      }
      if (k < 0 || !isEventNoun(words.get(k).key())) {
        return null;
      }
      return noun(words.get(k), null, null);
    }

    /** "the Dec. 12 election", "his 2010 victory": an event noun the date modifies. */
    DateEvent nounAfter(List<Word> before, List<Word> after, Span date) {
      String written = date.of(text);
      if (!written.isEmpty() && Character.isLowerCase(written.charAt(0))) {
        return null; // "in 2017", "on Monday": a preposition, no modifier
      }
      if (tellingBefore(before)) {
        return null; // "Ito said during Thursday's hearing": the telling, at the hearing
      }
      int i = 0;
      if (!after.isEmpty() && after.get(0).key().equals("'s")) {
        i++; // "Thursday's hearing"
      }
      for (int k = i; k < after.size() && k < i + 4; k++) {
        Word t = after.get(k);
        if (t.isPunctuation() || isVerb(after, k)) {
          return null;
        }
        if (isEventNoun(t.key())) {
          return noun(t, null, null);
        }
        if (!Character.isLowerCase(t.text().charAt(0)) && !t.text().contains("-")) {
          return null;
        }
      }
      return null;
    }

    /**
     * Whether the words before a date end in "during" or "at" after a verb of telling in their
     * clause ("defended himself during", "told reporters at"): what happens then is a telling.
     */
    boolean tellingBefore(List<Word> before) {
      int n = before.size();
      String last = n < 2 ? "" : before.get(n - 1).key();
      if (!last.equals("during") && !last.equals("at")) {
        return false;
      }
      for (int k = n - 2; k >= 0 && k >= n - 1 - MAX_WALK; k--) {
        if (before.get(k).isPunctuation()) {
          return false;
        }
        if (isVerb(before, k)) {
          String next = nextContent(before, k, List.of());
          return "speak".equals(EventClasses.of(before.get(k).key(), next).eventClass());
        }
      }
      return false;
    }

    /** "Ukraine's announcement on Monday": the owner and the event noun right before the date. */
    DateEvent ownedNoun(List<Word> before) {
      int n = before.size();
      if (n < 2) {
        return null;
      }
      Word noun = before.get(n - 1);
      Word owner = before.get(n - 2);
      if (!isEventNoun(noun.key()) || !owner.text().endsWith("'s")) {
        return null;
      }
      int start = n - 2;
      while (start > 0 && Character.isUpperCase(before.get(start - 1).text().charAt(0))
          && !before.get(start - 1).isPunctuation()) {
        start--;
      }
      String owned = text.substring(before.get(start).start(), owner.end());
      return noun(noun, owned, null);
    }

    /**
     * "a special election next month", "Sentencing has been set for June 28": an event noun before
     * the date with only a preposition, adjectives and a verb of scheduling between.
     */
    DateEvent nounBefore(List<Word> before, List<Word> after) {
      int i = before.size() - 1;
      if (i >= 0 && (PREPOSITIONS.contains(before.get(i).key()) || before.get(i).key().equals("to")
          || before.get(i).key().equals("dated"))) {
        i--; // "set for June 28", "a letter dated Thursday"
      }
      while (i >= 0 && (isAuxiliary(before.get(i)) || scheduling(before, i))) {
        i--; // "Sentencing has been set for"
      }
      if (i < 0 || !isEventNoun(before.get(i).key())) {
        return null;
      }
      Word noun = before.get(i);
      // "told reporters at a briefing on Monday", "started the offensive on Monday": the verb
      // before the noun tells the event
      for (int k = i - 1; k >= 0 && k >= i - MAX_WALK; k--) {
        Word t = before.get(k);
        if (t.isPunctuation()) {
          break;
        }
        if (isVerb(before, k)) {
          String v = t.key();
          boolean classless = EventClasses.of(noun.key(), null).eventClass() == null
              && EventClasses.of(v, null).eventClass() != null;
          // "is expected to announce his bid Thursday": the telling of its object is dated, as for
          // a verb ("refused to testify at a hearing Wednesday" dates the hearing)
          boolean speechNoun = Lexicon.SPEECH_NOUNS.contains(noun.key());
          if ((EventClasses.isSpeech(v) && (speechNoun || objectOf(before, k, i)))
              || Lexicon.BEGIN_VERBS.contains(v)
              || classless) {
            return null; // "died in the warehouse fire on Tuesday": the death
          }
          Subject s = subjectBefore(before, k);
          String person = s == null ? null : s.person();
          DateEvent e = noun(noun, null, person);
          String object = objectPerson(before, k, List.of());
          return object == null || e.participants().contains(object) ? e : e.with(object);
        }
      }
      return owned(noun(noun, null, null), before, i, after);
    }

    /**
     * "her remarks", "In their remarks on Sunday, both Ortiz and Lind": an event noun after a
     * possessive pronoun, with the person "his" or "her" stands for, or the people named in the
     * rest of the clause for "their".
     */
    DateEvent owned(DateEvent e, List<Word> before, int noun, List<Word> after) {
      if (noun == 0) {
        return e;
      }
      String owner = before.get(noun - 1).key();
      if (ARTICLES.contains(owner) && noun == 2 && PREPOSITIONS.contains(before.get(0).key())) {
        // "In a letter dated Thursday, the members accused the chairman": the members' letter,
        // to the chairman
        DateEvent told = authored(before.get(noun), after);
        if (told != null) {
          return told;
        }
      }
      if (owner.equals("his") || owner.equals("her")) {
        Person who = pronouns.resolve(before.get(noun - 1).start(),
            Lexicon.PRONOUN_GENDER.get(owner));
        return who == null ? e : e.with(who.name());
      }
      if (!owner.equals("their") || after.isEmpty()) {
        return e;
      }
      int from = after.get(0).start();
      int to = after.get(after.size() - 1).end();
      for (Word t : after) {
        if (t.isPunctuation() && !t.text().equals(",")) {
          to = t.start();
          break;
        }
      }
      DateEvent out = e;
      for (int i = Math.max(0, d.firstNameFrom(from)); i < d.names().size()
          && d.names().get(i).span().start() < to; i++) {
        Person p = people.person(d, i);
        if (p != null && !d.names().get(i).possessive() && !out.participants().contains(p.name())) {
          out = out.with(p.name());
        }
      }
      return out;
    }

    /** The noun phrase that ends right before the verb at {@code verb}. */
    Subject subjectBefore(List<Word> tokens, int verb) {
      int end = verb;
      while (end > 0 && (isAuxiliary(tokens.get(end - 1)) || scheduling(tokens, end - 1)
          || tokens.get(end - 1).key().equals("to"))) {
        end--;
      }
      // "The governor, speaking from the capitol on Sunday, said": a participle after a comma
      if (end == verb && end > 1 && tokens.get(end - 1).text().equals(",")
          && tokens.get(verb).key().endsWith("ing")) {
        end--;
      }
      // "Tom Reyes, the former county treasurer, pleaded": past an appositive between commas
      if (end > 1 && tokens.get(end - 1).text().equals(",")) {
        int open = -1;
        for (int k = end - 2; k >= 0 && k >= end - 14; k--) {
          if (tokens.get(k).text().equals(",")) {
            open = k;
            break;
          }
        }
        if (open > 0) {
          String first = tokens.get(open + 1).key();
          String between = text.substring(tokens.get(open + 1).start(), tokens.get(end - 2).end());
          if (DETERMINERS.contains(first) || RELATIVES.contains(first) || first.endsWith("ing")
              || Character.isDigit(first.charAt(0)) || Lexicon.isTitleWord(first)
              || PARTY_TAG.matcher(between).matches()) {
            // "Speaker Ana Lind, D-Ohio, said": a party tag between commas is passed too
            end = open;
          } else if (open > 1 && Offices.family(tokens.get(open - 1).key())
              && enclosing(tokens, open - 1) >= 0) {
            // "Mrs. Ito, a lawyer who married Tom Reyes's sister, Ana, started": the name
            // names the relative inside an appositive, passed whole
            end = enclosing(tokens, open - 1);
          } else if (namesPerson(tokens.get(open + 1).start(), tokens.get(end - 2).end())) {
            // "The judge hearing the case, Rosa Kim, is to sentence him": the name between;
            // "Tom Reyes and his wife, Ana, were charged": with the person before "and"
            Subject named = subject(tokens.subList(open + 1, end - 1), tokens.get(verb).start());
            String with = coordinated(tokens, open);
            return with == null || named == null || with.equals(named.person()) ? named
                : new Subject(named.text(), named.person(), with);
          }
        }
      }
      // "Ana Lind, who resigned": the phrase before the relative pronoun
      if (end > 0 && RELATIVES.contains(tokens.get(end - 1).key())) {
        int e = end - 1;
        if (e > 0 && tokens.get(e - 1).text().equals(",")) {
          e--;
        }
        return subjectBefore(tokens, e);
      }
      // "joined the board in 2009 and quit": the subject of the verb it shares
      if (end > 0 && tokens.get(end - 1).key().equals("and")) {
        for (int k = end - 2; k >= 0 && k >= end - MAX_WALK; k--) {
          if (tokens.get(k).isPunctuation()) {
            break;
          }
          if (isVerb(tokens, k)) {
            return subjectBefore(tokens, k);
          }
        }
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
        } else if (depth == 0 && t.key().equals("as") && start < end
            && Lexicon.isTitleWord(tokens.get(start).key())) {
          // "his final term as governor ends": the office the term is in is no clause of its own
        } else if (depth == 0
            && (t.isPunctuation() || Lexicon.CLAUSE_STOPS.contains(t.key()) || isVerb(tokens,
                start - 1))) {
          break;
        }
        start--;
      }
      return subject(tokens.subList(start, end), tokens.get(verb).start());
    }

    /**
     * Where an appositive that holds the word at {@code at} opens: the comma before it, followed
     * by a determiner ("Mrs. Ito, a lawyer who married Reyes's sister"), with no mark between and
     * at most 25 words back; else -1.
     */
    int enclosing(List<Word> tokens, int at) {
      for (int k = at - 1; k >= 1 && k >= at - 25; k--) {
        Word t = tokens.get(k);
        if (t.text().equals(",")) {
          return DETERMINERS.contains(tokens.get(k + 1).key())
              && !tokens.get(k - 1).isPunctuation() ? k : -1;
        }
        if (t.isPunctuation() && !t.text().equals(".")) {
          return -1;
        }
      }
      return -1;
    }

    /**
     * The person named right before "and his wife," (a phrase of "and" and a noun before the
     * comma at {@code comma}), or null.
     */
    String coordinated(List<Word> tokens, int comma) {
      int and = -1;
      for (int k = comma - 1; k >= 0 && k >= comma - 4; k--) {
        if (tokens.get(k).key().equals("and")) {
          and = k;
          break;
        }
        if (tokens.get(k).isPunctuation()) {
          return null;
        }
      }
      if (and < 1) {
        return null;
      }
      Person found = null;
      int to = tokens.get(and).start();
      int from = Math.max(0, tokens.get(Math.max(0, and - MAX_WALK)).start());
      for (int i = Math.max(0, d.firstNameFrom(from)); i < d.names().size()
          && d.names().get(i).span().start() < to; i++) {
        Person p = people.person(d, i);
        found = p != null && !d.names().get(i).possessive() ? p : found;
      }
      return found == null ? null : found.name();
    }

    /**
     * Where a name between commas that closes at the comma {@code i} of {@code words} opens (the
     * index of its opening comma), when the words before that comma are no punctuation: "his
     * lawyer, Ana Lind, to"; else -1.
     */
    int appositiveName(List<Word> words, int i) {
      if (!words.get(i).text().equals(",") || i < 2) {
        return -1;
      }
      for (int k = i - 1; k >= 1 && k >= i - 6; k--) {
        Word t = words.get(k);
        if (t.text().equals(",")) {
          return k + 1 < i && !words.get(k - 1).isPunctuation()
              && namesPerson(words.get(k + 1).start(), words.get(i - 1).end()) ? k : -1;
        }
        if (t.isPunctuation() && !t.text().equals(".")) {
          return -1;
        }
      }
      return -1;
    }

    /** Whether {@code [from, to)} is a capitalised phrase ending in a name. */
    boolean namesPerson(int from, int to) {
      if (!Character.isUpperCase(text.charAt(from))) {
        return false;
      }
      for (int i = Math.max(0, d.firstNameFrom(from)); i < d.names().size()
          && d.names().get(i).span().start() < to; i++) {
        NameMention m = d.names().get(i);
        if (m.span().start() >= from && m.span().end() >= to - 1) {
          return true;
        }
      }
      return false;
    }

    /**
     * "Mr. Ito's wife, Ana, also came, and she pleaded": a relative named by a given name alone
     * between commas after a gendered family noun of the pronoun's gender, in the sentence of the
     * pronoun at {@code at} or the one before, with no person named between: the given name and
     * the relative's surname ("Ana Ito"); else null.
     */
    String relative(int at, String gender) {
      int here = d.sentenceAt(at);
      if (here < 0) {
        return null;
      }
      int from = d.sentences().get(Math.max(0, here - 1)).start();
      List<Word> ws = d.words(new Span(from, at), MARKS);
      for (int k = ws.size() - 4; k >= 1; k--) {
        Word noun = ws.get(k);
        Word name = ws.get(k + 2);
        if (!Offices.family(noun.key()) || !gender.equals(Roles.gender(noun.key()))
            || !ws.get(k + 1).text().equals(",") || !ws.get(k + 3).text().equals(",")
            || name.text().isEmpty() || !Character.isUpperCase(name.text().charAt(0))
            || Lexicon.isTitleWord(name.key())) {
          continue;
        }
        for (int m = d.firstNameFrom(name.start()); m < d.names().size()
            && d.names().get(m).span().start() < at; m++) {
          Span n = d.names().get(m).span();
          if (n.start() > name.start() || n.end() > name.end()) {
            return null; // someone named after the relative, or the given name opens a full name
          }
        }
        String surname = ownerSurname(ws, k);
        return surname == null ? null : name.text() + " " + surname;
      }
      return null;
    }

    /**
     * "his wife" ({@code owner} and {@code noun}) as the relative the document named before by a
     * given name alone between commas after the same family noun of the same owner ("Dan Ito
     * came with his wife, Rosa, ... His wife pleaded": Rosa Ito); else null. The owner must be
     * one person both times, and the relative named once: two such names of one family noun
     * ("his daughter, Ana, ... his daughter, Mia,") name nobody.
     */
    String namedRelative(Word owner, Word noun) {
      if (!Offices.family(noun.key())) {
        return null;
      }
      Person who = pronouns.resolve(owner.start(), Lexicon.PRONOUN_GENDER.get(owner.key()));
      if (who == null || who.surname() == null) {
        return null;
      }
      List<Word> ws = d.words(new Span(0, owner.start()), MARKS);
      String found = null;
      for (int k = 1; k + 3 < ws.size(); k++) {
        Word name = ws.get(k + 2);
        if (!ws.get(k).key().equals(noun.key()) || !ws.get(k + 1).text().equals(",")
            || !ws.get(k + 3).text().equals(",") || name.text().isEmpty()
            || !Character.isUpperCase(name.text().charAt(0)) || Lexicon.isTitleWord(name.key())
            || !who.surname().equals(ownerSurname(ws, k))) {
          continue;
        }
        String named = name.text() + " " + who.surname();
        if (found != null && !found.equals(named)) {
          return null;
        }
        found = named;
      }
      return found;
    }

    /** The surname of whose relative the family noun at {@code k} is: "Mr. Ito's", "his". */
    private String ownerSurname(List<Word> ws, int k) {
      Word owner = ws.get(k - 1);
      Person p = null;
      if (owner.key().equals("his") || owner.key().equals("her")) {
        p = pronouns.resolve(owner.start(), Lexicon.PRONOUN_GENDER.get(owner.key()));
      } else {
        int m = d.lastNameEndingBy(owner.end());
        NameMention mention = m >= 0 ? d.names().get(m) : null;
        if (mention != null && mention.possessive() && mention.span().end() >= owner.start()) {
          p = people.person(d, m);
          if (p == null) {
            return mention.surname(); // a name the bundle gives only here
          }
        }
      }
      return p == null ? null : p.surname();
    }

    /** A subject phrase, articles, tags and datelines dropped, a pronoun or name resolved. */
    Subject subject(List<Word> np, int at) {
      // "Jesse Jackson Jr. (D-Ill.)": a party tag is no part of the subject
      List<Word> words = new ArrayList<>();
      for (int k = 0; k < np.size(); k++) {
        Word t = np.get(k);
        if (t.text().equals("(") && k + 2 < np.size() && np.get(k + 2).text().equals(")")
            && PARTY_TAG.matcher(np.get(k + 1).text()).matches()) {
          k += 2;
          continue;
        }
        words.add(t);
      }
      // "WASHINGTON - The White House": a dateline before a dash
      for (int k = words.size() - 1; k >= 0; k--) {
        if (words.get(k).text().equals("-") || words.get(k).text().equals("--")) {
          words = new ArrayList<>(words.subList(k + 1, words.size()));
          break;
        }
      }
      while (!words.isEmpty() && (ARTICLES.contains(words.get(0).key())
          || words.get(0).isPunctuation())) {
        words.remove(0);
      }
      if (words.isEmpty()) {
        return null;
      }
      String only = words.size() == 1 ? words.get(0).key() : "";
      if (only.equals("he") || only.equals("she") || only.equals("him") || only.equals("her")) {
        // "him" or "her" alone is a subject only as the doer of a verb after "to" (see isVerb)
        String gender = Lexicon.PRONOUN_GENDER.get(only);
        String relative = relative(at, gender);
        if (relative != null) {
          return new Subject(relative, relative);
        }
        Person who = pronouns.resolve(at, gender);
        return who == null ? new Subject(words.get(0).text(), null)
            : new Subject(who.name(), who.name());
      }
      Span phrase = new Span(words.get(0).start(), words.get(words.size() - 1).end());
      // the last name in the phrase that names a known person ("Pentagon spokesperson Pat Ryder")
      Person found = null;
      Person holder = null;
      for (int i = Math.max(0, d.firstNameFrom(phrase.start())); i < d.names().size()
          && d.names().get(i).span().start() < phrase.end(); i++) {
        Person p = people.person(d, i);
        // "Ana Lind's lawyers": an owner before the phrase's head is not who acts, but takes part
        if (p != null && d.names().get(i).possessive()
            && d.names().get(i).span().end() < phrase.end() - 2) {
          holder = p;
        } else {
          found = p != null ? p : found;
        }
      }
      if (found != null) {
        // "Dan and Rosa Ito": two people of one surname, the first named first
        Person first = words.size() >= 4 && words.get(1).key().equals("and")
            && Character.isUpperCase(words.get(0).text().charAt(0))
            && !Lexicon.isTitleWord(words.get(0).key()) && found.surname() != null
            ? people.resolve(words.get(0).text() + " " + found.surname()) : null;
        if (first != null && !first.equals(found)) {
          return new Subject(first.name(), first.name(), found.name());
        }
        return new Subject(found.name(), found.name());
      }
      if (holder != null) {
        return new Subject(phrase.of(text), null, holder.name());
      }
      // "his term ends in 2018": the person "his" stands for takes part in his term's end (not
      // in "his wife pleaded": only a term or an event is owned this way)
      String owner = words.get(0).key();
      String head = words.get(words.size() - 1).key();
      if (words.size() == 2 && (owner.equals("his") || owner.equals("her"))) {
        // "He came with his wife, Rosa. ... His wife pleaded": the relative named before
        String named = namedRelative(words.get(0), words.get(1));
        if (named != null) {
          return new Subject(named, named);
        }
      }
      if (words.size() >= 2 && (owner.equals("his") || owner.equals("her"))
          && (TENURES.contains(head) || isEventNoun(head))) {
        Person who = pronouns.resolve(words.get(0).start(), Lexicon.PRONOUN_GENDER.get(owner));
        if (who != null) {
          return new Subject(phrase.of(text), null, who.name());
        }
      }
      return new Subject(phrase.of(text), null);
    }

    /**
     * The person named right after "by" following the verb at {@code v} in its clause ("were
     * announced here on Friday by Deputy Attorney General Ana Lind"), or null.
     */
    String agent(List<Word> words, int v, List<Word> rest) {
      List<Word> all = after(words, v, rest);
      for (int k = 0; k + 1 < all.size(); k++) {
        Word t = all.get(k);
        if (t.isPunctuation() && !t.text().equals(".")) {
          return null;
        }
        if (!t.key().equals("by")) {
          continue;
        }
        int to = all.get(Math.min(all.size() - 1, k + 10)).end();
        for (int i = Math.max(0, d.firstNameFrom(t.end())); i < d.names().size()
            && d.names().get(i).span().start() < to; i++) {
          Person p = people.person(d, i);
          if (p != null && !d.names().get(i).possessive()) {
            // only titles between "by" and the name
            String between = text.substring(t.end(), d.names().get(i).span().start());
            return between.contains(",") ? null : p.name();
          }
        }
        return null;
      }
      return null;
    }

    /**
     * The first person named after the verb at {@code v}, in its clause and before a relative
     * clause on a noun ("pleaded guilty to a charge that she filed returns while Ito was mayor":
     * Ito takes no part in the plea).
     */
    String objectPerson(List<Word> words, int v, List<Word> rest) {
      int from = words.get(v).end();
      int to = Math.min(clauseEnd(words, v, rest), relativeOnNoun(words, v, rest));
      for (int i = Math.max(0, d.firstNameFrom(from)); i < d.names().size()
          && d.names().get(i).span().start() < to; i++) {
        NameMention m = d.names().get(i);
        Person p = people.person(d, i);
        if (p != null && !m.possessive()) {
          return p.name();
        }
      }
      return null;
    }

    /**
     * Where a relative clause on a noun after the verb at {@code v} opens ("a charge that", "the
     * man who"; not "said that": a verb's "that" opens what it tells), else the largest offset.
     */
    int relativeOnNoun(List<Word> words, int v, List<Word> rest) {
      List<Word> all = after(words, v, rest);
      Word prev = words.get(v);
      for (Word t : all) {
        if (t.isPunctuation()) {
          break;
        }
        if (RELATIVES.contains(t.key()) && prev != words.get(v) && !prev.isPunctuation()
            && Character.isLowerCase(prev.text().charAt(0)) && !Verbs.isPast(prev.key())
            && !EventClasses.isSpeech(prev.key()) && !Lexicon.STOP_WORDS.contains(prev.key())) {
          return t.start();
        }
        prev = t;
      }
      return Integer.MAX_VALUE;
    }

    /** Where the clause of the verb at {@code v} ends: its next punctuation mark. */
    int clauseEnd(List<Word> words, int v, List<Word> rest) {
      for (int i = v + 1; i < words.size(); i++) {
        if (words.get(i).isPunctuation()) {
          return words.get(i).start();
        }
      }
      for (Word t : rest) {
        if (t.isPunctuation()) {
          return t.start();
        }
      }
      return rest.isEmpty() ? words.get(words.size() - 1).end() : rest.get(rest.size() - 1).end();
    }
  }

  /** A subject in words, and the person it names or null. */
  /**
   * A subject in words, the person it names or null, and a person named with it ("Tom Reyes and
   * his wife, Ana") or null.
   */
  private record Subject(String text, String person, String with) {
    Subject(String text, String person) {
      this(text, person, null);
    }
  }

  /** The words after the verb at {@code v}: the rest of {@code words}, then {@code rest}. */
  private static List<Word> after(List<Word> words, int v, List<Word> rest) {
    List<Word> all = new ArrayList<>(words.subList(v + 1, words.size()));
    all.addAll(rest);
    return all;
  }

  /** The word after the verb at {@code v}, an article passed over, for two-word phrases. */
  private static String nextContent(List<Word> words, int v, List<Word> rest) {
    List<Word> all = after(words, v, rest);
    for (Word t : all) {
      if (t.isPunctuation()) {
        return null;
      }
      if (!ARTICLES.contains(t.key()) && !t.key().equals("his") && !t.key().equals("her")) {
        return t.key();
      }
    }
    return null;
  }

  /** Whether the noun at {@code noun} is the object of the verb at {@code verb}: no preposition between. */
  private static boolean objectOf(List<Word> words, int verb, int noun) {
    for (int k = verb + 1; k < noun; k++) {
      if (PREPOSITIONS.contains(words.get(k).key()) || words.get(k).key().equals("to")) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word before a period is an abbreviation or an initial: "Mr.", "Gov.", "J.". */
  private static boolean abbreviation(Word w) {
    String t = w.text();
    return !t.isEmpty() && Character.isUpperCase(t.charAt(0)) && t.length() <= 4
        && t.chars().allMatch(Character::isLetter);
  }

  private static boolean isEventNoun(String k) {
    return Lexicon.EVENT_NOUNS.contains(k) || Lexicon.EVENT_NOUNS.contains(singular(k));
  }

  private static String singular(String k) {
    if (k.endsWith("ies") && k.length() > 4) {
      return k.substring(0, k.length() - 3) + "y";
    }
    return k.endsWith("s") && !k.endsWith("ss") && k.length() > 3 ? k.substring(0, k.length() - 1)
        : k;
  }

  private static boolean isAuxiliary(Word t) {
    String w = t.key();
    return Lexicon.AUXILIARIES.contains(w)
        || (w.endsWith("ly") && w.length() > 4 && Character.isLowerCase(t.text().charAt(0)));
  }

  /**
   * Whether the words open with a past participle and a preposition ("Elected to", "Born in",
   * "Indicted on"), not a name.
   */
  private static boolean openingParticiple(List<Word> words) {
    if (words.size() < 2) {
      return false;
    }
    String w = words.get(0).text();
    String k = words.get(0).key();
    return w.length() > 3 && Character.isUpperCase(w.charAt(0)) && Verbs.isPast(k)
        && (PREPOSITIONS.contains(words.get(1).key()) || words.get(1).key().equals("to"));
  }

  /** Whether the verb at {@code i} only schedules the event ("set for", "is expected to"). */
  private static boolean scheduling(List<Word> words, int i) {
    return SCHEDULING.contains(words.get(i).key());
  }

  /**
   * Whether the word at {@code i} is a verb: a past form or participle, a form of a verb of an
   * event class or of telling, a verb of beginning, an "-ing" form after a comma or a
   * preposition, or a base form after "to" or a modal ("to announce", "would plead").
   */
  static boolean isVerb(List<Word> words, int i) {
    Word t = words.get(i);
    String w = t.text();
    if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
      return false;
    }
    String k = t.key();
    String prev = i > 0 ? words.get(i - 1).key() : "";
    if (isEventNoun(prev) && isEventNoun(k)) {
      return false; // "his re-election bid", "an election win": one noun of two
    }
    if (EventClasses.isSpeech(k) && !Lexicon.EVENT_NOUNS.contains(k)
        && !DETERMINERS.contains(prev)) {
      return true;
    }
    if (Lexicon.BEGIN_VERBS.contains(k) || Lexicon.IRREGULAR_VERBS.contains(k)) {
      return !DETERMINERS.contains(prev);
    }
    if (prev.equals("to") && gerund(k)) {
      return false; // "pleaded guilty to filing false returns": a noun of doing, no verb
    }
    if (prev.equals("to") && (EventClasses.known(k) || Verbs.irregularBase(k) != null)) {
      return true; // "to announce", "to be arraigned"
    }
    if (prev.equals("to") && i >= 3 && OBJECT_PRONOUNS.contains(words.get(i - 2).key())
        && moving(words.get(i - 3).key()) && k.length() >= 3 && !Lexicon.STOP_WORDS.contains(k)
        && !isAuxiliary(t)) {
      return true; // "prompted him to hint": a base form, whatever the lexicon knows of it
    }
    if (BASE_BEFORE.contains(prev) && !prev.equals("to") && k.length() >= 3
        && !Lexicon.STOP_WORDS.contains(k) && !isAuxiliary(t)) {
      return true; // "will vote", "would plead"
    }
    if (k.endsWith("ing") && k.length() > 5 && (prev.equals(",") || prev.equals("after")
        || prev.equals("before") || prev.equals("while") || prev.equals("by"))) {
      return true;
    }
    if (Verbs.isPast(k) && !DETERMINERS.contains(prev)) {
      return true;
    }
    return EventClasses.known(k) && !Lexicon.EVENT_NOUNS.contains(k) && !isEventNoun(k)
        && !DETERMINERS.contains(prev) && (k.endsWith("s") || k.endsWith("ed"));
  }

  /** Forms of "be" before a participle that make it passive: "were announced". */
  private static final Set<String> BE = Set.of("was", "were", "is", "are", "been", "being", "be");

  /** Whether the verb at {@code v} is a past participle after a form of "be" ("were announced"). */
  private static boolean passive(List<Word> words, int v) {
    int k = v - 1;
    while (k >= 0 && words.get(k).key().endsWith("ly") && !BE.contains(words.get(k).key())) {
      k--; // "was formally announced"
    }
    return k >= 0 && BE.contains(words.get(k).key()) && Verbs.isPast(words.get(v).key());
  }

  /**
   * Base forms longer than five letters that end like an "-ing" form ("to string", "to spring");
   * shorter ones ("to bring", "to sing") are not read as "-ing" forms at all.
   */
  private static final Set<String> ING_BASES = Set.of("string", "spring");

  /** Whether a word is an "-ing" form ("filing", "lying"), not a base form that ends so. */
  private static boolean gerund(String k) {
    return k.endsWith("ing") && k.length() > 5 && !ING_BASES.contains(k);
  }

  /** Whether a word is a form of a verb of {@link #MOVING} someone to do something. */
  private static boolean moving(String k) {
    if (MOVING.contains(k)) {
      return true;
    }
    for (String end : new String[] {"s", "es", "d", "ed", "ing"}) {
      if (k.endsWith(end) && k.length() > end.length() + 2) {
        String stem = k.substring(0, k.length() - end.length());
        if (MOVING.contains(stem) || MOVING.contains(stem + "e")
            || stem.length() > 3 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
            && MOVING.contains(stem.substring(0, stem.length() - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A verb or event noun folded: every verb or noun of telling is {@code speak}, every verb of
   * beginning {@code begin}, other verbs their stem ("released" -> "releas").
   */
  static String action(String word) {
    String verb = word.toLowerCase(Locale.ROOT);
    if (EventClasses.isSpeech(verb)) {
      return "speak";
    }
    if (Lexicon.BEGIN_VERBS.contains(verb)) {
      return "begin";
    }
    return EventClasses.stem(verb);
  }
}
