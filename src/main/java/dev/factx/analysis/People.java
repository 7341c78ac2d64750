package dev.factx.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who is who in a bundle: one index of persons, built once per run from every document's name
 * mentions, through which quotes, roles and dates all name people, so that one person is one
 * person everywhere in a report.
 *
 * <p>A person is defined by a full name the text marks as a person's ({@link
 * NameMention#certain()}: after a title, before a title, next to a speech verb, or with the
 * surname used alone too). Spellings that {@link NameKeys#samePerson} joins are one person, the
 * spelling met first standing for all: titles and honorifics are never part of a name ("Rep.",
 * "Prosecutor", "Mr.", "Judge"), transliterations fold ("Zelensky", "Zelenskyy"), initials,
 * middle names and suffixes drop out ("Ana M. Ruiz Jr." is "Ana Ruiz"), and two people with one
 * surname but different given names stay two.
 *
 * <p>Every mention of every document is resolved once, when the index is built: a full name to
 * the person it spells; a surname alone to the person of that surname its own document names (the
 * one named last before it when the document names several), else to the only person of that
 * surname in the bundle, else to nobody. Gender evidence comes from the same pass: a pronoun
 * outside quote marks refers to the person named last before it, outside quote marks too.
 *
 * <p>Lookups are index lookups: persons are indexed by folded surname, and close spellings are
 * looked for only among surnames of the same first letter and nearly the same length, so that
 * building the index is linear in the number of mentions, not quadratic in the number of people.
 */
public final class People {
  private final List<Person> persons;
  private final Map<String, List<Person>> bySurname;
  private final Map<String, List<Person>> byShape;
  private final Map<Document, Resolved> documents;

  /** What the index knows of one document: each mention's person, and pronoun genders. */
  private static final class Resolved {
    final Person[] byMention;
    final int[] lastResolved; // per mention: the index of the last resolved one at or before it
    final Map<Person, String> genders;

    Resolved(Person[] byMention, Map<Person, String> genders) {
      this.byMention = byMention;
      this.genders = genders;
      this.lastResolved = new int[byMention.length];
      int last = -1;
      for (int i = 0; i < byMention.length; i++) {
        if (byMention[i] != null) {
          last = i;
        }
        lastResolved[i] = last;
      }
    }
  }

  private People(List<Person> persons, Map<String, List<Person>> bySurname,
      Map<String, List<Person>> byShape, Map<Document, Resolved> documents) {
    this.persons = persons;
    this.bySurname = bySurname;
    this.byShape = byShape;
    this.documents = documents;
  }

  /** The people of some documents (a bundle), every mention resolved. */
  public static People of(List<Document> documents) {
    Builder b = new Builder();
    for (Document d : documents) {
      for (NameMention m : d.names()) {
        if (m.certain()) {
          b.add(m);
        }
      }
    }
    List<Person> persons = List.copyOf(b.persons);
    Map<String, List<Person>> bySurname = frozen(b.bySurname);
    Map<String, List<Person>> byShape = frozen(b.byShape);
    People index = new People(persons, bySurname, byShape, Map.of());
    // each document's mentions depend on the index and that document alone
    List<Resolved> resolved = documents.parallelStream().map(index::resolveAll).toList();
    Map<Document, Resolved> byDocument = new IdentityHashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      byDocument.put(documents.get(i), resolved.get(i));
    }
    return new People(persons, bySurname, byShape,
        java.util.Collections.unmodifiableMap(byDocument));
  }

  private static Map<String, List<Person>> frozen(Map<String, List<Person>> m) {
    Map<String, List<Person>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  /** The persons, in order of first mention. */
  public List<Person> persons() {
    return persons;
  }

  /** The person mention {@code mention} of a document names, or null. */
  public Person person(Document document, int mention) {
    return entry(document).byMention[mention];
  }

  /** The person's name for mention {@code mention}: the person's name, else as written. */
  public String name(Document document, int mention) {
    Person p = person(document, mention);
    return p != null ? p.name() : document.names().get(mention).name();
  }

  /** The person named last in a document by a mention that ends at or before {@code offset}. */
  public Person lastBefore(Document document, int offset) {
    int i = document.lastNameEndingBy(offset);
    if (i < 0) {
      return null;
    }
    Resolved r = entry(document);
    int k = r.lastResolved[i];
    return k < 0 ? null : r.byMention[k];
  }

  /**
   * {@code male} or {@code female} when the pronouns a document uses for a person agree, else
   * null.
   */
  public String gender(Document document, Person person) {
    return person == null ? null : entry(document).genders.get(person);
  }

  /**
   * The person a written name stands for, across the bundle: a full name the person it spells
   * (the first such), a surname the only person of that surname; else null.
   */
  public Person resolve(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    List<String> words = NameKeys.words(name);
    if (words.isEmpty()) {
      return null;
    }
    String surname = words.get(words.size() - 1);
    if (words.size() >= 2) {
      return find(words.get(0), surname);
    }
    List<Person> all = candidates(NameKeys.fold(surname));
    return all.size() == 1 ? all.get(0) : null;
  }

  private Resolved entry(Document document) {
    Resolved r = documents.get(document);
    if (r == null) {
      throw new IllegalArgumentException(
          "document " + document.article().id() + " is not one of this index's");
    }
    return r;
  }

  /** The first person a given name and surname spell, or null. */
  private Person find(String given, String surname) {
    String g = NameKeys.fold(given);
    for (Person p : candidates(NameKeys.fold(surname))) {
      if (p.givenKey() == null || NameKeys.sameGivenName(p.givenKey(), g)) {
        return p;
      }
    }
    return null;
  }

  /** The persons whose surname is this folded one or close to it, in index order. */
  private List<Person> candidates(String key) {
    return candidates(key, bySurname, byShape);
  }

  private static List<Person> candidates(String key, Map<String, List<Person>> bySurname,
      Map<String, List<Person>> byShape) {
    List<Person> out = new ArrayList<>(bySurname.getOrDefault(key, List.of()));
    if (!key.isEmpty()) {
      for (int len = key.length() - 2; len <= key.length() + 2; len++) {
        for (Person p : byShape.getOrDefault(shape(key.charAt(0), len), List.of())) {
          if (!p.surnameKey().equals(key) && NameKeys.closeSurnames(key, p.surnameKey())) {
            out.add(p);
          }
        }
      }
    }
    if (out.size() > 1) {
      out.sort((a, b) -> Integer.compare(a.id(), b.id()));
    }
    return out;
  }

  private static String shape(char first, int length) {
    return first + ":" + length;
  }

  /** Resolves every mention of a document and reads its pronouns. */
  private Resolved resolveAll(Document d) {
    List<NameMention> names = d.names();
    Person[] byMention = new Person[names.size()];
    List<Person> local = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      NameMention m = names.get(i);
      if (m.words().size() >= 2) {
        byMention[i] = find(m.words().get(0), m.surname());
        if (byMention[i] != null && !local.contains(byMention[i])) {
          local.add(byMention[i]);
        }
      }
    }
    for (int i = 0; i < names.size(); i++) {
      NameMention m = names.get(i);
      if (m.words().size() == 1) {
        byMention[i] = surnameAlone(d, byMention, local, i, NameKeys.fold(m.surname()));
      }
    }
    return new Resolved(byMention, genders(d, byMention));
  }

  /**
   * The person a surname alone names: of the document's persons the one with that surname (the
   * one named last before it when several), else the bundle's only one, else null.
   */
  private Person surnameAlone(Document d, Person[] byMention, List<Person> local, int i,
      String key) {
    List<Person> mine = new ArrayList<>();
    for (Person p : local) {
      if (NameKeys.sameSurname(key, p.surnameKey())) {
        mine.add(p);
      }
    }
    if (mine.size() == 1) {
      return mine.get(0);
    }
    if (mine.size() > 1) {
      for (int k = i - 1; k >= 0; k--) {
        if (byMention[k] != null && mine.contains(byMention[k])
            && d.names().get(k).words().size() >= 2) {
          return byMention[k];
        }
      }
      return mine.get(0);
    }
    List<Person> all = candidates(key);
    return all.size() == 1 ? all.get(0) : null;
  }

  /**
   * The gender each person's pronouns give in a document, in one pass over its tokens: a
   * pronoun outside quote marks counts for the person named last before it outside them and
   * outside an aside (between dashes or in brackets: "she called it that - a term Obama also
   * used - and she said ..." still speaks of her).
   */
  private static Map<Person, String> genders(Document d, Person[] byMention) {
    Tokens tokens = d.tokens();
    String text = d.text().value();
    List<NameMention> names = d.names();
    Map<Person, int[]> counts = new HashMap<>();
    Person current = null;
    int next = 0; // the next mention to pass
    int sentence = -1;
    boolean dashed = false; // inside " - ... - " in this sentence
    int brackets = 0;
    for (int t = 0; t < tokens.size(); t++) {
      int start = tokens.start(t);
      int s = tokens.sentence(t);
      if (s != sentence) {
        sentence = s;
        dashed = false;
        brackets = 0;
      }
      if (tokens.kind(t) == Token.Kind.PUNCT) {
        char c = text.charAt(start);
        if (c == '(') {
          brackets++;
        } else if (c == ')' && brackets > 0) {
          brackets--;
        } else if (c == '-' && start > 0 && text.charAt(start - 1) == ' ') {
          dashed = !dashed; // a spaced dash (or double dash) opens or closes an aside
        }
      }
      while (next < names.size() && names.get(next).span().start() <= start) {
        int at = tokens.at(names.get(next).span().start());
        if (byMention[next] != null && !(at >= 0 && tokens.quoted(at)) && !dashed
            && brackets == 0) {
          current = byMention[next];
        }
        next++;
      }
      if (current == null || tokens.kind(t) != Token.Kind.WORD || tokens.quoted(t)) {
        continue;
      }
      String g = Lexicon.PRONOUN_GENDER.get(tokens.lower(t));
      if (g != null) {
        counts.computeIfAbsent(current, k -> new int[2])[g.equals("male") ? 0 : 1]++;
      }
    }
    Map<Person, String> out = new HashMap<>();
    counts.forEach((p, c) -> {
      if (c[0] > 0 && c[1] == 0) {
        out.put(p, "male");
      } else if (c[1] > 0 && c[0] == 0) {
        out.put(p, "female");
      }
    });
    return out;
  }

  /** Collects persons from certain mentions, one per person, the first spelling kept. */
  private static final class Builder {
    final List<Person> persons = new ArrayList<>();
    final Map<String, List<Person>> bySurname = new HashMap<>();
    final Map<String, List<Person>> byShape = new HashMap<>();

    void add(NameMention m) {
      String given = m.words().get(0);
      String surname = m.surname();
      String g = NameKeys.fold(given);
      for (Person p : candidates(NameKeys.fold(surname), bySurname, byShape)) {
        if (p.givenKey() == null || NameKeys.sameGivenName(p.givenKey(), g)) {
          return; // known
        }
      }
      Person p = new Person(persons.size(), m.name(), given, surname);
      persons.add(p);
      bySurname.computeIfAbsent(p.surnameKey(), k -> new ArrayList<>()).add(p);
      if (!p.surnameKey().isEmpty()) {
        byShape.computeIfAbsent(shape(p.surnameKey().charAt(0), p.surnameKey().length()),
            k -> new ArrayList<>()).add(p);
      }
    }
  }

  @Override
  public String toString() {
    return "People" + Objects.toString(persons);
  }
}
