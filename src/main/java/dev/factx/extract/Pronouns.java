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

  /** The person a pronoun of {@code gender} at {@code offset} stands for, or null. */
  Person resolve(int offset, String gender) {
    int here = d.sentenceAt(offset);
    List<NameMention> names = d.names();
    Person nearest = null;
    for (int k = d.lastNameEndingBy(offset); k >= 0; k--) {
      NameMention m = names.get(k);
      int s = d.sentenceAt(m.span().start());
      if (here >= 0 && s >= 0 && s < here - SENTENCES_BACK) {
        break;
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
      if (sentence != null && m.runStart() == sentence.start()) {
        return p; // the subject that opens its sentence
      }
    }
    return nearest;
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
    return g != null ? g : people.gender(d, p);
  }
}
