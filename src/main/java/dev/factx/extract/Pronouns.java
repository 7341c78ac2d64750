package dev.factx.extract;

import dev.factx.analysis.Document;
import dev.factx.analysis.NameMention;
import dev.factx.analysis.People;
import dev.factx.analysis.Person;
import dev.factx.analysis.Titles;
import dev.factx.text.Span;
import java.util.List;

/**
 * Whom a "he" or "she" that opens a clause stands for, as dates and roles read it: a person named
 * in the same sentence before it or in the two sentences before, outside quote marks, whose gender
 * (from a gendered title or honorific of theirs in the document, else the document's pronouns) does
 * not contradict the pronoun's; the subject that opens its sentence first ("Mayor Dan Ito met Lena
 * Ortiz and her lawyer. He resigned" is Dan Ito), else the nearest.
 */
final class Pronouns {
  private static final int SENTENCES_BACK = 2;

  private final Document d;
  private final People people;
  /** Each person's gender from titles and honorifics, worked out once, when first asked for. */
  private java.util.Map<Person, String> titled;

  /** The pronouns of one document. */
  Pronouns(Document d, People people) {
    this.d = d;
    this.people = people;
  }

  /** Nouns for an unnamed person, each to the gender it gives ({@code any}: none). */
  private static final java.util.Map<String, String> PERSON_NOUNS = personNouns();
  private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an");

  private static java.util.Map<String, String> personNouns() {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    for (List<String> g : dev.factx.analysis.WordList.load("person-nouns").groups()) {
      for (String n : g.subList(1, g.size())) {
        out.put(n, g.get(0));
      }
    }
    return java.util.Map.copyOf(out);
  }

  /** Something a pronoun can stand for: a named person, or an unnamed one ("the witness"). */
  private record Referent(int at, Person person, String gender, boolean opens, int sentence) {}

  /**
   * The gender the document's pronouns give each person, where they agree: every "he", "him",
   * "his", "she", "her" outside quote marks is read as standing for one referent, in one pass. A
   * pronoun that opens its sentence stands for the subject that opened the sentence before (its
   * gender allowing); any other for the nearest referent its gender allows, unnamed persons ("the
   * witness") included; two pronouns of different genders in one sentence stand for two referents
   * ("He hopes she will testify").
   */
  java.util.Map<Person, String> pronounGenders() {
    String text = d.text().value();
    dev.factx.analysis.Tokens tokens = d.tokens();
    List<NameMention> names = d.names();
    List<Referent> seen = new java.util.ArrayList<>();
    java.util.Map<Person, int[]> counts = new java.util.HashMap<>();
    int next = 0;
    int sentence = -2;
    java.util.Map<Referent, String> given = new java.util.IdentityHashMap<>();
    String previousWord = "";
    String wordBefore = "";
    for (int t = 0; t < tokens.size(); t++) {
      int start = tokens.start(t);
      int s = tokens.sentence(t);
      if (s != sentence) {
        sentence = s;
        given.clear();
      }
      while (next < names.size() && names.get(next).span().start() <= start) {
        NameMention m = names.get(next);
        Person p = people.person(d, next);
        int at = tokens.at(m.span().start());
        if (p != null && !(at >= 0 && tokens.quoted(at))) {
          int ms = d.sentenceAt(m.span().start());
          boolean opens = ms >= 0 && m.runStart() == d.sentences().get(ms).start();
          seen.add(new Referent(m.span().start(), p, gender(p, true), opens, ms));
        }
        next++;
      }
      if (tokens.kind(t) != dev.factx.analysis.Token.Kind.WORD) {
        continue;
      }
      String w = tokens.lower(t);
      // a person noun counts only after an article: the nouns are looked up only there
      String noun = ARTICLES.contains(previousWord) ? PERSON_NOUNS.get(w) : null;
      // "the witness", "the president"; not "as the chairman", which names the role of another
      if (noun != null && ARTICLES.contains(previousWord) && !wordBefore.equals("as")
          && !tokens.quoted(t)) {
        seen.add(new Referent(start, null, noun.equals("any") ? null : noun, false, s));
      }
      wordBefore = previousWord;
      previousWord = w;
      String g = tokens.pronounGender(t);
      if (g == null || tokens.quoted(t)) {
        continue;
      }
      boolean opening = s >= 0 && start == d.sentences().get(s).start();
      Referent r = referent(seen, g, opening, s, given);
      if (r == null) {
        continue;
      }
      given.put(r, g);
      if (r.person() != null) {
        People.count(counts, r.person(), g);
      }
    }
    return People.decided(counts);
  }

  /** The referent a pronoun stands for, or null; see {@link #pronounGenders}. */
  private static Referent referent(List<Referent> seen, String g, boolean opening, int sentence,
      java.util.Map<Referent, String> given) {
    Referent nearest = null;
    for (int i = seen.size() - 1; i >= 0; i--) {
      Referent r = seen.get(i);
      if (r.sentence() >= 0 && sentence >= 0 && r.sentence() < sentence - SENTENCES_BACK) {
        break;
      }
      if (r.gender() != null && !r.gender().equals(g)) {
        continue;
      }
      String other = given.get(r);
      if (other != null && !other.equals(g)) {
        continue; // "he ... she" in one sentence: two referents
      }
      if (!opening) {
        return r;
      }
      if (nearest == null) {
        nearest = r;
      }
      if (r.opens() && r.sentence() < sentence) {
        return r;
      }
    }
    return nearest;
  }

  /** Takes a person's gender as known from what the document says of them ("his wife, X"). */
  void know(Person p, String gender) {
    gender(p, true);
    titled.putIfAbsent(p, gender);
  }

  /** How many pronouns back a chain of subject pronouns is followed ("He ... He ... he"). */
  private static final int CHAIN = 3;

  /** The person a pronoun of {@code gender} at {@code offset} stands for, or null. */
  Person resolve(int offset, String gender) {
    return resolve(offset, gender, CHAIN);
  }

  /**
   * The person a pronoun stands for: the subject that opens one of the sentences before (after an
   * opening phrase such as "In 2015," too), nearest first; a sentence whose subject is the same
   * pronoun ("He also served ... He left") passes on the person that pronoun stands for, so a
   * name mentioned in passing in between ("the law firm of Mintz Levin") does not take it; else
   * the nearest person named.
   */
  private Person resolve(int offset, String gender, int chain) {
    int here = d.sentenceAt(offset);
    // the nearest sentence before, in reach, whose subject is this same pronoun
    int pronoun = chain > 0 && gender != null ? subjectPronoun(here, gender) : -1;
    List<NameMention> names = d.names();
    Person nearest = null;
    for (int k = d.lastNameEndingBy(offset); k >= 0; k--) {
      NameMention m = names.get(k);
      int s = d.sentenceAt(m.span().start());
      if (here >= 0 && s >= 0 && s < here - SENTENCES_BACK) {
        break;
      }
      if (pronoun >= 0 && m.span().start() < pronoun) {
        Person p = resolve(pronoun, gender, chain - 1);
        if (p != null) {
          return p; // the pronoun opens its sentence before this name
        }
        pronoun = -1;
      }
      Person p = people.person(d, k);
      if (p == null || quoted(d, m) || m.possessive()) {
        continue;
      }
      String g = gender(p);
      if (g != null && gender != null && !g.equals(gender)) {
        continue;
      }
      if (nearest == null) {
        nearest = p;
      }
      Span sentence = s < 0 ? null : d.sentences().get(s);
      if (sentence != null && opens(sentence, m.runStart())) {
        return p; // the subject that opens its sentence
      }
    }
    if (pronoun >= 0) {
      Person p = resolve(pronoun, gender, chain - 1);
      if (p != null) {
        return p;
      }
    }
    return nearest;
  }

  /** Words that open a sentence before its subject: "In 2015,", "Last week,", "However,". */
  private static final java.util.Set<String> OPENERS = java.util.Set.of("in", "on", "at",
      "after", "before", "during", "from", "since", "by", "until", "last", "this", "that",
      "earlier", "later", "however", "but", "still", "meanwhile", "then", "yet", "now", "today",
      "yesterday", "separately", "previously", "afterward", "afterwards");

  /** The most words of an opening phrase before the subject. */
  private static final int OPENING_WORDS = 6;

  /**
   * Whether the words at {@code at} open the sentence: they stand first, or right after one
   * opening phrase and its comma ("In 2015, LePage was forced"; "That same year, he said").
   */
  private boolean opens(Span sentence, int at) {
    if (at == sentence.start()) {
      return true;
    }
    if (at < sentence.start() || at > sentence.end()) {
      return false;
    }
    dev.factx.analysis.Tokens tokens = d.tokens();
    int first = tokens.firstAtOrAfter(sentence.start());
    int mine = tokens.at(at);
    if (first < 0 || mine <= first + 1 || mine - first > OPENING_WORDS + 1
        || !OPENERS.contains(tokens.lower(first)) || !tokens.text(mine - 1).equals(",")) {
      return false;
    }
    for (int t = first; t < mine - 1; t++) {
      if (tokens.kind(t) == dev.factx.analysis.Token.Kind.PUNCT && !tokens.text(t).equals(".")) {
        return false; // one phrase: no comma, quote mark or bracket inside ("Dec." may end in one)
      }
    }
    return d.lastNameEndingBy(at - 1) < 0
        || d.names().get(d.lastNameEndingBy(at - 1)).span().end() <= sentence.start();
  }

  /**
   * Where the nearest sentence before {@code here}, in reach, opens with "he" or "she" of the
   * gender as its subject, outside quote marks; -1 when none does.
   */
  private int subjectPronoun(int here, String gender) {
    if (here < 0) {
      return -1;
    }
    String word = gender.equals("male") ? "he" : gender.equals("female") ? "she" : null;
    if (word == null) {
      return -1;
    }
    dev.factx.analysis.Tokens tokens = d.tokens();
    for (int s = here - 1; s >= 0 && s >= here - SENTENCES_BACK; s--) {
      Span sentence = d.sentences().get(s);
      int t = tokens.firstAtOrAfter(sentence.start());
      for (int k = t; k >= 0 && k < tokens.size() && k <= t + OPENING_WORDS + 1
          && tokens.start(k) < sentence.end(); k++) {
        if (tokens.lower(k).equals(word) && !tokens.quoted(k)
            && opens(sentence, tokens.start(k))) {
          return tokens.start(k);
        }
      }
    }
    return -1;
  }

  private static boolean quoted(Document d, NameMention m) {
    int t = d.tokens().at(m.span().start());
    return t >= 0 && d.tokens().quoted(t);
  }

  /**
   * A person's gender in a document: a gendered title or honorific of one of their mentions ("-man"
   * titles aside, which news gives women too), else the pronouns the document uses for them.
   */
  String gender(Person p) {
    return gender(p, false);
  }

  /** The gender titles and honorifics give, else (unless {@code titlesOnly}) the pronouns'. */
  private String gender(Person p, boolean titlesOnly) {
    if (titled == null) {
      titled = new java.util.HashMap<>();
      List<NameMention> names = d.names();
      for (int k = 0; k < names.size(); k++) {
        NameMention m = names.get(k);
        Person who = people.person(d, k);
        if (m.title() == null || who == null) {
          continue;
        }
        String[] words = m.title().split(" ");
        String last = words[words.length - 1];
        String g = Offices.honorificGender(last);
        if (g == null) {
          String t = Titles.gender(last);
          g = t != null && !last.toLowerCase(java.util.Locale.ROOT).endsWith("man") ? t : null;
        }
        if (g != null) {
          titled.putIfAbsent(who, g);
        }
      }
    }
    String g = titled.get(p);
    return g != null || titlesOnly ? g : people.genderEvidence(d, p);
  }
}
