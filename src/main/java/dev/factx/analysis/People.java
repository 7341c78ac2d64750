package dev.factx.analysis;

import dev.factx.text.MapValues;
import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

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
 * the person it spells; a surname alone to the person of that surname its own document names (of
 * several, those its honorific's gender fits, as titles, pronouns and the document's earlier
 * honorifics tell, and of those the one named last before it), else to the only person of that
 * surname in the bundle, else to nobody. Gender evidence comes from the same pass: a pronoun
 * outside quote marks refers to the person named last before it, outside quote marks too.
 *
 * <p>Lookups are index lookups: persons are indexed by folded surname, and close spellings are
 * looked for through a {@link SurnameIndex}: only among surnames of the same first letter and
 * nearly the same length, most of them passed over by a count of shared letters, and once per
 * surname.
 */
public final class People {
  private final List<Person> persons;
  private final Map<String, List<Person>> bySurname;
  private final SurnameIndex surnames;
  private final Map<Document, Resolved> documents;
  /** What the bundle's titles, honorifics and appositives say of each person. */
  private final Map<Person, Set<String>> roles;
  private final Map<Person, String> titleGenders;
  private final Map<String, List<Person>> holders;
  private final Map<String, List<Person>> candidateCache =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** What the index knows of one document: each mention's person, roles and pronoun genders. */
  private static final class Resolved {
    final Person[] byMention;
    final int[] lastResolved; // per mention: the index of the last resolved one at or before it
    final Map<Person, String> genders;
    final Map<Person, String> clearGenders;
    final Map<Person, int[]> clearCounts;
    final List<List<String>> words; // per mention: the role and gender words the text gives
    final Map<Person, String> titleGenders; // what this document's titles say

    Resolved(Person[] byMention, Map<Person, String> genders, Map<Person, int[]> clearCounts,
        List<List<String>> words) {
      this.byMention = byMention;
      this.genders = genders;
      this.clearCounts = clearCounts;
      this.clearGenders = decided(clearCounts);
      this.words = words;
      Map<Person, String> g = new HashMap<>();
      Set<Person> conflicting = new HashSet<>();
      for (int i = 0; i < byMention.length; i++) {
        if (byMention[i] == null) {
          continue;
        }
        for (String w : words.get(i)) {
          String gender = Roles.gender(w);
          String before = gender == null ? null : g.putIfAbsent(byMention[i], gender);
          if (before != null && !before.equals(gender)) {
            conflicting.add(byMention[i]);
          }
        }
      }
      for (Person p : conflicting) {
        g.remove(p);
      }
      this.titleGenders = g;
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
      SurnameIndex surnames, Map<Document, Resolved> documents) {
    this.persons = persons;
    this.bySurname = bySurname;
    this.surnames = surnames;
    this.documents = documents;
    Map<Person, Set<String>> r = new HashMap<>();
    Map<Person, String> g = new HashMap<>();
    Set<Person> conflicting = new HashSet<>();
    for (Resolved d : documents.values()) {
      for (int i = 0; i < d.byMention.length; i++) {
        Person p = d.byMention[i];
        if (p == null) {
          continue;
        }
        for (String w : d.words.get(i)) {
          String role = Roles.canonical(w);
          if (role != null) {
            r.computeIfAbsent(p, MapValues.set()).add(role);
          }
          String gender = Roles.gender(w);
          String before = gender == null ? null : g.putIfAbsent(p, gender);
          if (before != null && !before.equals(gender)) {
            conflicting.add(p);
          }
        }
      }
    }
    for (Person p : conflicting) {
      g.remove(p);
    }
    Map<Person, Set<String>> frozenRoles = new HashMap<>();
    for (Map.Entry<Person, Set<String>> e : r.entrySet()) {
      frozenRoles.put(e.getKey(), Set.copyOf(e.getValue()));
    }
    this.roles = Map.copyOf(frozenRoles);
    this.titleGenders = Map.copyOf(g);
    Map<String, List<Person>> h = new HashMap<>();
    for (Person p : persons) {
      for (String role : frozenRoles.getOrDefault(p, Set.of())) {
        h.computeIfAbsent(role, MapValues.list()).add(p);
      }
    }
    this.holders = frozen(h);
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
    People index = new People(persons, bySurname, b.surnames, Map.of());
    // each document's mentions depend on the index and that document alone: full names first,
    // then what their titles and pronouns say of each person, then the surnames used alone
    List<Person[]> full = documents.parallelStream().map(new FullNames(index)).toList();
    // what pronouns say of each document's people depends on that document alone: side by side
    List<Map<Person, String>> pronouns = java.util.stream.IntStream.range(0, documents.size())
        .parallel().mapToObj(new GenderHints(index, documents, full)).toList();
    Hints hints = new Hints();
    for (int i = 0; i < documents.size(); i++) {
      hints.read(documents.get(i), full.get(i), pronouns.get(i));
    }
    List<Resolved> resolved = java.util.stream.IntStream.range(0, documents.size()).parallel()
        .mapToObj(new Resolving(index, documents, full, hints)).toList();
    Map<Document, Resolved> byDocument = new IdentityHashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      byDocument.put(documents.get(i), resolved.get(i));
    }
    // not wrapped: forget(Document) removes a document's entry once it has been read for good
    return new People(persons, bySurname, b.surnames, byDocument);
  }

  /**
   * A document's full-name mentions, by mention. Classes rather than lambdas, here and below: a
   * lambda's call site is linked at its first run, a cost paid at every start.
   */
  private record FullNames(People index) implements Function<Document, Person[]> {
    @Override
    public Person[] apply(Document d) {
      return index.fullNames(d);
    }
  }

  /** What the pronouns of document {@code i} say of its people. */
  private record GenderHints(People index, List<Document> documents, List<Person[]> full)
      implements IntFunction<Map<Person, String>> {
    @Override
    public Map<Person, String> apply(int i) {
      return index.hintGenders(documents.get(i), full.get(i));
    }
  }

  /** Who each mention of document {@code i} names. */
  private record Resolving(People index, List<Document> documents, List<Person[]> full,
      Hints hints) implements IntFunction<Resolved> {
    @Override
    public Resolved apply(int i) {
      return index.resolveAll(documents.get(i), full.get(i), hints);
    }
  }

  /**
   * Lets a document's resolved mentions go, once nothing will ask of that document again (the
   * pipeline calls it as the aligner finishes with each document, so the document itself can go).
   * Afterwards every question about that document fails as for a document not of this index's.
   * Not to be called while other threads read this index.
   */
  public void forget(Document document) {
    if (!documents.isEmpty()) {
      documents.remove(document);
    }
  }

  /**
   * What the full-name mentions of a bundle say of each person before surnames are resolved:
   * the gender and roles their titles give, and the gender pronouns give in each document.
   */
  private static final class Hints {
    final Map<Person, String> titleGenders = new HashMap<>();
    final Set<Person> conflicting = new HashSet<>();
    final Map<Person, Set<String>> roles = new HashMap<>();
    final Map<Document, Map<Person, String>> pronouns = new IdentityHashMap<>();

    /** A document's full-name mentions, with what its pronouns say ({@link #clearGenders}). */
    void read(Document d, Person[] full, Map<Person, String> clearGenders) {
      List<NameMention> names = d.names();
      for (int i = 0; i < full.length; i++) {
        if (full[i] == null) {
          continue;
        }
        for (String w : Roles.wordsAt(d.text().value(), d.tokens(), names.get(i))) {
          String role = Roles.canonical(w);
          if (role != null) {
            roles.computeIfAbsent(full[i], MapValues.set()).add(role);
          }
          String g = Roles.gender(w);
          String before = g == null ? null : titleGenders.putIfAbsent(full[i], g);
          if (before != null && !before.equals(g)) {
            conflicting.add(full[i]);
          }
        }
      }
      pronouns.put(d, clearGenders);
    }

    String gender(Document d, Person p) {
      if (conflicting.contains(p)) {
        return null;
      }
      String g = titleGenders.get(p);
      return g != null ? g : pronouns.get(d).get(p);
    }
  }

  private static Map<String, List<Person>> frozen(Map<String, List<Person>> m) {
    Map<String, List<Person>> out = new HashMap<>();
    for (Map.Entry<String, List<Person>> e : m.entrySet()) {
      out.put(e.getKey(), List.copyOf(e.getValue()));
    }
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
   * A person's gender as far as the text makes it sure, for deciding whom a pronoun can stand
   * for: what the document's honorifics and gendered titles say ("Ms. Berg", "spokeswoman Lena
   * Park"), else what its pronouns say where they can refer to that person alone (the only
   * person named outside quote marks from the start of the sentence before the pronoun), else
   * what the rest of the bundle's titles say; null when unknown.
   */
  public String genderEvidence(Document document, Person person) {
    return gender(document, person, true);
  }

  /**
   * The gender honorifics and gendered titles give a person ("Ms. Berg", "spokeswoman Lena
   * Park"): this document's; else the bundle's, unless this document's pronouns say otherwise;
   * or null: evidence the text states, where {@link #genderEvidence} may rest on pronouns alone.
   */
  public String titledGender(Document document, Person person) {
    return gender(document, person, false);
  }

  private String gender(Document document, Person person, boolean pronounsAlone) {
    if (person == null) {
      return null;
    }
    Resolved r = entry(document);
    String local = r.titleGenders.get(person);
    if (local != null) {
      return againstTitle(r, person, local) ? null : local;
    }
    String pronouns = r.clearGenders.get(person);
    String bundle = titleGenders.get(person);
    if (pronounsAlone) {
      return pronouns != null ? pronouns : bundle;
    }
    return bundle != null && (pronouns == null || pronouns.equals(bundle)) ? bundle : null;
  }

  /**
   * Whether a document keeps calling a person by the other gender's pronouns than its title
   * gives (twice or more, and more often than by the title's): then neither is sure. One
   * pronoun is not enough, since it may be the very one being resolved.
   */
  private static boolean againstTitle(Resolved r, Person person, String title) {
    int[] c = r.clearCounts.getOrDefault(person, new int[2]);
    int against = title.equals("male") ? c[1] : c[0];
    int with = title.equals("male") ? c[0] : c[1];
    return against >= 2 && against > with;
  }

  /**
   * The canonical roles the bundle gives a person through titles and appositives ("senator",
   * "spokesperson", "nominee"; see {@link Roles}).
   */
  public Set<String> roles(Person person) {
    return roles.getOrDefault(person, Set.of());
  }

  /** The persons the bundle gives a canonical role, in order of first mention. */
  public List<Person> holders(String role) {
    return holders.getOrDefault(role, List.of());
  }

  /** The canonical roles the text gives the person at mention {@code mention} of a document. */
  public List<String> rolesAt(Document document, int mention) {
    List<String> out = new ArrayList<>();
    for (String w : entry(document).words.get(mention)) {
      String role = Roles.canonical(w);
      if (role != null && !out.contains(role)) {
        out.add(role);
      }
    }
    return out;
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

  /**
   * The persons whose surname is this folded one or close to it, in index order; worked out
   * once per surname, since every mention of it asks (the documents ask from several threads).
   */
  private List<Person> candidates(String key) {
    // computed outside the map: two threads may both work one out, the same list, and one is kept
    List<Person> known = candidateCache.get(key);
    if (known != null) {
      return known;
    }
    List<Person> found = List.copyOf(candidates(key, bySurname, surnames));
    known = candidateCache.putIfAbsent(key, found);
    return known != null ? known : found;
  }

  /** Persons in the order of their ids. */
  private static final Comparator<Person> BY_ID = new Comparator<>() {
    @Override
    public int compare(Person a, Person b) {
      return Integer.compare(a.id(), b.id());
    }
  };

  /** Persons in the order of their places in a document. */
  private record ByPlace(Map<Person, Integer> local) implements Comparator<Person> {
    @Override
    public int compare(Person a, Person b) {
      return Integer.compare(local.get(a), local.get(b));
    }
  }

  private static List<Person> candidates(String key, Map<String, List<Person>> bySurname,
      SurnameIndex surnames) {
    List<Person> out = new ArrayList<>();
    for (String same : surnames.same(key)) {
      out.addAll(bySurname.get(same));
    }
    if (out.size() > 1) {
      out.sort(BY_ID);
    }
    return out;
  }

  /** How often each of a to z stands in a word, or null when it has another character. */
  static int[] letters(String word) {
    int[] out = new int[26];
    for (int i = 0; i < word.length(); i++) {
      int c = word.charAt(i) - 'a';
      if (c < 0 || c >= 26) {
        return null;
      }
      out[c]++;
    }
    return out;
  }

  /**
   * Whether two folded surnames can be close ({@link NameKeys#closeSurnames}), by a test much
   * cheaper than their Jaro-Winkler score, so that most of the surnames of a block are passed
   * over without it: the score reaches {@link NameKeys#SURNAME_SIMILARITY} only if the Jaro
   * score j reaches (threshold - 0.4) / 0.6 (the common prefix adds at most 0.4 (1 - j)), and j
   * is at most (c/|x| + c/|y| + 1) / 3 where c counts the letters the two share (matched
   * characters are equal ones, each used once). Never false when closeSurnames is true
   * (SurnameBlockTest checks it on generated names). Each surname's letters are counted by
   * {@link #letters} (null when it has a character other than a to z: then the full test
   * decides).
   */
  static boolean mayBeClose(String x, int[] lettersOfX, String y, int[] lettersOfY) {
    if (lettersOfX == null || lettersOfY == null) {
      return true; // not letters a to z: the full test decides
    }
    int shared = 0;
    for (int i = 0; i < 26; i++) {
      shared += Math.min(lettersOfX[i], lettersOfY[i]);
    }
    double jaroAtMost = ((double) shared / x.length() + (double) shared / y.length() + 1) / 3;
    double jaroNeeded = (NameKeys.SURNAME_SIMILARITY - 0.4) / 0.6;
    return jaroAtMost >= jaroNeeded - 0.01; // a margin for rounding: the test only passes over
  }

  /**
   * Stands, in the pronoun pass that gathers the hints, for a surname used alone that two or more
   * of the bundle's people bear ("Mrs. Clinton" where the bundle names a Hillary and a Bill
   * Clinton): before surnames are resolved it is someone the pass cannot tell, so a pronoun
   * beside it counts for nobody rather than for the other person named there.
   */
  private static final Person UNTOLD = new Person(-1, "", null, "");

  /**
   * What pronouns say of a document's people before surnames are resolved ({@link
   * #clearGenders}), each surname alone that several persons bear counted as {@link #UNTOLD}.
   */
  private Map<Person, String> hintGenders(Document d, Person[] full) {
    Map<Person, String> out = clearGenders(d, untold(d, full));
    out.remove(UNTOLD);
    return out;
  }

  /** {@code full} with each surname alone that several persons bear set to {@link #UNTOLD}. */
  private Person[] untold(Document d, Person[] full) {
    List<NameMention> names = d.names();
    Person[] out = full;
    for (int i = 0; i < names.size(); i++) {
      NameMention m = names.get(i);
      if (full[i] == null && m.words().size() == 1
          && candidates(NameKeys.fold(m.surname())).size() >= 2) {
        if (out == full) {
          out = full.clone();
        }
        out[i] = UNTOLD;
      }
    }
    return out;
  }

  /** The persons the full names (two name words or more) of a document spell. */
  private Person[] fullNames(Document d) {
    List<NameMention> names = d.names();
    Person[] byMention = new Person[names.size()];
    for (int i = 0; i < names.size(); i++) {
      NameMention m = names.get(i);
      if (m.words().size() >= 2) {
        byMention[i] = find(m.words().get(0), m.surname());
      }
    }
    return byMention;
  }

  /** Resolves every mention of a document and reads its pronouns and roles. */
  private Resolved resolveAll(Document d, Person[] full, Hints hints) {
    List<NameMention> names = d.names();
    Person[] byMention = full.clone();
    // the document's persons, each with its place in order of first full-name mention
    Map<Person, Integer> local = new HashMap<>();
    Map<Person, Integer> lastFull = new HashMap<>(); // the last full-name mention of each so far
    // the gender the honorifics of this document's surnames alone have given each person so far
    // ("Mrs. Clinton" resolved to Hillary Clinton says she is a woman, for the next "Mrs. Clinton")
    Map<Person, String> called = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      if (full[i] != null) {
        local.putIfAbsent(full[i], local.size());
      }
    }
    for (int i = 0; i < names.size(); i++) {
      NameMention m = names.get(i);
      if (full[i] != null) {
        lastFull.put(full[i], i);
      } else if (m.words().size() == 1) {
        byMention[i] = surnameAlone(d, m, local, lastFull, hints, called);
        String g = byMention[i] == null ? null : titleGender(m);
        String before = g == null ? null : called.putIfAbsent(byMention[i], g);
        if (before != null && !before.equals(g)) {
          called.put(byMention[i], CONFLICTING); // called both: says nothing
        }
      }
    }
    List<List<String>> words = new ArrayList<>(names.size());
    for (int i = 0; i < names.size(); i++) {
      words.add(byMention[i] == null ? List.of()
          : List.copyOf(Roles.wordsAt(d.text().value(), d.tokens(), names.get(i))));
    }
    return new Resolved(byMention, genders(d, byMention), clearCounts(d, byMention), words);
  }

  /**
   * The person a surname alone names: of the document's persons with that surname, else of the
   * bundle's, those its title allows ("Mr." a man, "Ms." a woman, "President" a president, when
   * the bundle says so of any of them); of several in the document the one named last before it,
   * of several in the bundle nobody.
   */
  private Person surnameAlone(Document d, NameMention m, Map<Person, Integer> local,
      Map<Person, Integer> lastFull, Hints hints, Map<Person, String> called) {
    String key = NameKeys.fold(m.surname());
    // the document's persons of that surname, in the document's order: the bundle's persons of
    // that surname (what the index gives is exactly those NameKeys.sameSurname accepts) that
    // the document names
    List<Person> all = candidates(key);
    List<Person> mine = new ArrayList<>();
    for (Person p : all) {
      if (local.containsKey(p)) {
        mine.add(p);
      }
    }
    if (mine.size() > 1) {
      mine.sort(new ByPlace(local));
    }
    boolean inDocument = !mine.isEmpty();
    List<Person> pool = allowedBy(d, m, inDocument ? mine : all, hints, called);
    if (pool.size() == 1) {
      return pool.get(0);
    }
    if (pool.isEmpty() || !inDocument) {
      return null;
    }
    Person best = null;
    int bestAt = -1;
    for (Person p : pool) {
      Integer at = lastFull.get(p);
      if (at != null && at > bestAt) {
        best = p;
        bestAt = at;
      }
    }
    return best != null ? best : pool.get(0);
  }

  /** What {@code called} holds for a person whose honorifics gave both genders. */
  private static final String CONFLICTING = "both";

  /** The gender a mention's title gives ("Mrs.", "Mr.", "spokeswoman"), or null. */
  private static String titleGender(NameMention m) {
    if (m.title() == null) {
      return null;
    }
    String gender = null;
    for (String w : m.title().split(" ")) {
      String g = Roles.gender(w);
      gender = g != null ? g : gender;
    }
    return gender;
  }

  /**
   * The candidates a mention's title allows, by the gender and roles the bundle gives them, and
   * by the gender this document's honorifics have given them so far ({@code called}).
   */
  private static List<Person> allowedBy(Document d, NameMention m, List<Person> candidates,
      Hints hints, Map<Person, String> called) {
    if (m.title() == null || candidates.size() < 2) {
      return candidates;
    }
    String gender = titleGender(m);
    List<String> roles = new ArrayList<>();
    for (String w : m.title().split(" ")) {
      String r = Roles.canonical(w);
      if (r != null) {
        roles.add(r);
      }
    }
    List<Person> out = candidates;
    if (gender != null) {
      List<Person> sure = new ArrayList<>();
      List<Person> open = new ArrayList<>();
      for (Person p : out) {
        String g = hints.gender(d, p);
        if (g == null) {
          g = called.get(p);
          g = CONFLICTING.equals(g) ? null : g;
        }
        if (gender.equals(g)) {
          sure.add(p);
        } else if (g == null) {
          open.add(p);
        }
      }
      out = !sure.isEmpty() ? sure : open;
    }
    if (!roles.isEmpty()) {
      List<Person> holding = new ArrayList<>();
      for (Person p : out) {
        Set<String> r = hints.roles.getOrDefault(p, Set.of());
        for (String role : roles) {
          if (r.contains(role)) {
            holding.add(p);
            break;
          }
        }
      }
      out = holding.isEmpty() ? out : holding;
    }
    return out;
  }

  /**
   * The genders pronouns give in a document where they can refer to one person only: a pronoun
   * outside quote marks counts for a person when that person is the only one named outside quote
   * marks from the start of the sentence before the pronoun's up to it. One pass: the mentions of
   * that window are counted in and out as the pass moves on.
   */
  private static Map<Person, String> clearGenders(Document d, Person[] byMention) {
    return decided(clearCounts(d, byMention));
  }

  /** Counts a pronoun of gender {@code g} ("male", else female) for {@code p}. */
  public static void count(Map<Person, int[]> counts, Person p, String g) {
    int[] c = counts.get(p);
    if (c == null) {
      c = new int[2]; // [male, female]
      counts.put(p, c);
    }
    c[g.equals("male") ? 0 : 1]++;
  }

  /**
   * The gender of each person whose pronoun counts ({@code [male, female]}) are all of one
   * gender; a person with both is left out.
   */
  public static Map<Person, String> decided(Map<Person, int[]> counts) {
    Map<Person, String> out = new HashMap<>();
    for (Map.Entry<Person, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      if (c[0] > 0 && c[1] == 0) {
        out.put(e.getKey(), "male");
      } else if (c[1] > 0 && c[0] == 0) {
        out.put(e.getKey(), "female");
      }
    }
    return out;
  }

  /** The male and female pronoun counts of {@link #clearGenders}, per person. */
  private static Map<Person, int[]> clearCounts(Document d, Person[] byMention) {
    Tokens tokens = d.tokens();
    List<NameMention> names = d.names();
    List<Span> sentences = d.sentences();
    Map<Person, int[]> counts = new HashMap<>();
    Map<Person, Integer> inWindow = new HashMap<>();
    int added = 0; // mentions counted into the window
    int dropped = 0; // mentions counted out of it
    Person chained = null; // the person the last counted pronoun stood for
    int chainedSentence = -1;
    String chainedGender = null;
    for (int t = 0; t < tokens.size(); t++) {
      if (tokens.kind(t) != Token.Kind.WORD || tokens.quoted(t)) {
        continue;
      }
      String g = Lexicon.PRONOUN_GENDER.get(tokens.lower(t));
      if (g == null) {
        continue;
      }
      int start = tokens.start(t);
      int s = tokens.sentence(t);
      int windowStart = s > 0 ? sentences.get(s - 1).start() : s == 0 ? 0 : start;
      while (added < names.size() && names.get(added).span().end() <= start) {
        count(d, tokens, names, byMention, added, inWindow, 1);
        added++;
      }
      while (dropped < added && names.get(dropped).span().start() < windowStart) {
        count(d, tokens, names, byMention, dropped, inWindow, -1);
        dropped++;
      }
      Person p = null;
      if (inWindow.size() == 1) {
        p = inWindow.keySet().iterator().next();
      } else if (inWindow.isEmpty() && chained != null && chainedSentence >= s - 1
          && g.equals(chainedGender)) {
        p = chained; // "Ryder said ... He said ... he claimed": one person all along
      }
      if (p != null) {
        count(counts, p, g);
        chained = p;
        chainedSentence = s;
        chainedGender = g;
      } else if (!inWindow.isEmpty()) {
        chained = null;
      }
    }
    return counts;
  }

  /** Counts mention {@code i} into ({@code +1}) or out of ({@code -1}) a window of persons. */
  private static void count(Document d, Tokens tokens, List<NameMention> names,
      Person[] byMention, int i, Map<Person, Integer> window, int step) {
    Person p = byMention[i];
    int at = tokens.at(names.get(i).span().start());
    if (p == null || at >= 0 && tokens.quoted(at)) {
      return;
    }
    int n = window.getOrDefault(p, 0) + step;
    if (n <= 0) {
      window.remove(p);
    } else {
      window.put(p, n);
    }
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
        count(counts, current, g);
      }
    }
    return decided(counts);
  }

  /** Collects persons from certain mentions, one per person, the first spelling kept. */
  private static final class Builder {
    final List<Person> persons = new ArrayList<>();
    final Map<String, List<Person>> bySurname = new HashMap<>();
    final SurnameIndex surnames = new SurnameIndex();

    void add(NameMention m) {
      String given = m.words().get(0);
      String surname = m.surname();
      String g = NameKeys.fold(given);
      for (Person p : candidates(NameKeys.fold(surname), bySurname, surnames)) {
        if (p.givenKey() == null || NameKeys.sameGivenName(p.givenKey(), g)) {
          return; // known
        }
      }
      Person p = new Person(persons.size(), m.name(), given, surname);
      persons.add(p);
      bySurname.computeIfAbsent(p.surnameKey(), MapValues.list()).add(p);
      surnames.add(p.surnameKey());
    }
  }

  @Override
  public String toString() {
    return "People" + Objects.toString(persons);
  }
}
