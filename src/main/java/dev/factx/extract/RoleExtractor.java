package dev.factx.extract;

import dev.factx.analysis.Document;
import dev.factx.analysis.Lexicon;
import dev.factx.analysis.NameMention;
import dev.factx.analysis.People;
import dev.factx.analysis.Person;
import dev.factx.text.Span;
import dev.factx.analysis.Titles;
import dev.factx.analysis.WordList;
import dev.factx.extract.TextWords.W;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds role claims in a document: the titles, offices, occupations, parties and family relations
 * the text gives a named person, read as a small grammar around each name mention, with the words
 * of the office lexicon ({@link Offices}).
 *
 * <ul>
 *   <li>before the name: {@code [MODIFIER] [ORG|STATE] [PARTY] [ADJECTIVE] TITLE [RANK] NAME}
 *       ("former FBI Director Amy Cole", "South Carolina Republican Sen. Tim Scott", "Pentagon
 *       spokesperson Major General Pat Ryder", "Democrat Lisa Grant", "wife Mara");
 *   <li>a party and state tag after the name belongs to it: "(D-Ohio)", "(R)", ", R-Texas";
 *   <li>an appositive after it: {@code NAME, [then] [the|a|his] [ADJECTIVE|PARTY|ORG]* TITLE
 *       [of|for|from|at|to|in ORG]} ("Dan Ito, the acting deputy chief of staff", "Jo Park, a
 *       Democrat", "John Roe, Republican of Texas", "Mr. Arden, the state's first Latino
 *       governor"); a title followed by 's owns the head after it ("the mayor's daughter" is a
 *       daughter);
 *   <li>the title, a comma, then the name: {@code [the|his|X's] TITLE [PP], NAME} ("the minority
 *       leader, Kenneth Voss", "Mr. Reyes's lawyer, Gregory Lamb", "his wife, Margaret"), the name
 *       closing the phrase;
 *   <li>a predicate: {@code NAME|He|She [, aside,] is|was|served as [a] TITLE} ("He also served as a
 *       special assistant district attorney"), told in the past: held before;
 *   <li>a plural title over a list: "Reps. A, B and C" gives each of them the title.
 * </ul>
 *
 * <p>Never a title of someone else: a title before "of" and a name ("co-chairman of President
 * Lee's campaign") is not that name's; a lower-case title after "the" before a surname alone is a
 * reduced relative clause ("the governor Ortiz served under"); a list ("Ana Ruiz, Tom Lee and the
 * mayor") is no appositive; a name that is a place or a holiday ("King Street") has no role. The
 * claim's person is the bundle's person for the name ({@link People}); its gender comes from a
 * gendered title or honorific, else from the pronouns the document uses for the person.
 */
public final class RoleExtractor implements Extractor<RoleClaim> {
  /** How many words before a name a title phrase may take. */
  private static final int BACK = 14;
  /** How many words after a comma an appositive may take. */
  private static final int AHEAD = 16;

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its",
      "our", "my", "your");
  private static final Set<String> ADVERBS = Set.of("also", "now", "once", "currently", "still",
      "himself", "herself");
  /** Prepositions that open the place or organisation after a title ("governor of Maine"). */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("of", "for", "from", "at", "to",
      "in", "with");
  /** Prepositions before an article that make the phrase no appositive ("to the governor, X"). */
  private static final Set<String> PREPOSITIONS = Set.of("to", "for", "with", "by", "after",
      "before", "against", "about", "of", "on", "in", "at", "from", "like", "than", "under",
      "over", "behind", "toward", "towards", "into", "onto", "upon", "without", "near", "beside",
      "despite", "via", "per");
  /** Lower-case words that qualify a title without being part of it ("the state Senate"). */
  private static final Set<String> QUALIFIERS = Set.of("state", "county", "city", "federal",
      "local", "party", "house", "senate");
  /** Predicate verbs between a name and its title, with the time they give. */
  private static final List<List<String>> PREDICATES = predicates();
  /** Plural titles that stand over a list of names ("Reps. A, B and C"). */
  private static final Set<String> PLURALS = Set.of("reps.", "representatives", "sens.",
      "senators", "govs.", "governors", "lawmakers", "mayors", "democrats", "republicans",
      "prosecutors", "attorneys", "lawyers", "officials", "ministers", "spokesmen");
  private static final Set<String> PLACE_WORDS = WordList.load("name-places").set();
  private static final Pattern TAG_PAREN = Pattern.compile(
      "^\\h*\\(([DRI])(?:-([A-Z][A-Za-z.]*(?:\\h[A-Z][A-Za-z.]*)?))?\\)");
  private static final Pattern TAG_COMMA = Pattern.compile(
      "^,\\h([DRI])-([A-Z][A-Za-z.]*(?:\\h[A-Z][A-Za-z.]*)?)(?=[,;:)]|\\h|$)");
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  /**
   * One reading of a role around a name.
   *
   * @param start where the phrase starts in the normalized text
   * @param end where it ends
   * @param title the title as written, modifiers before it ("former Director"), or null
   * @param office the office it names, or null
   * @param modifiers the words of time, lower case
   * @param party the party, or null
   * @param organisation the organisation or place as written, or null
   * @param state the US state, or null
   * @param rank a rank as written, or null
   * @param relativeTo whose the role is, as written, or null
   */
  private record Parse(int start, int end, String title, String office, List<String> modifiers,
      String party, String organisation, String state, String rank, String relativeTo) {
    Parse withEnd(int e) {
      return new Parse(start, Math.max(end, e), title, office, modifiers, party, organisation,
          state, rank, relativeTo);
    }

    /** This reading with the party and state another gives where it gives none. */
    Parse filledFrom(Parse o) {
      if (o == null) {
        return this;
      }
      return new Parse(start, end, title, office, modifiers, party != null ? party : o.party,
          organisation, state != null ? state : o.state, rank, relativeTo);
    }
  }

  /** A party and state tag after a name: its end, party and state. */
  private record Tag(int end, String party, String state) {}

  /** Words that open a predicate's noun phrase: "is a candidate", "was their nominee". */
  private static final Set<String> PREDICATE_DETERMINERS = Set.of("a", "an", "the", "his", "her",
      "their", "its", "our", "one");

  private static List<List<String>> predicates() {
    List<List<String>> out = new ArrayList<>();
    for (String p : new String[] {"was confirmed as", "was named", "was elected", "was appointed",
        "served as", "worked as", "had been", "has been", "was", "is", "became", "remains",
        "is now"}) {
      out.add(List.of(p.split(" ")));
    }
    return List.copyOf(out);
  }

  @Override
  public List<RoleClaim> extract(Document document, People people) {
    String text = document.text().value();
    List<NameMention> names = document.names();
    List<Found> found = new ArrayList<>();
    Map<Integer, Parse> plural = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      NameMention n = names.get(i);
      if (placeLike(text, n)) {
        continue;
      }
      int sentence = document.sentenceAt(n.span().start());
      int from = sentence < 0 ? 0 : document.sentences().get(sentence).start();
      // a list of people: the nearest person's name of the sentence that "and" follows (a name
      // the grammar finds inside a title, "Senate Majority Leader", may stand between; a word of
      // an organisation, "Ways and Means Committee", is no person)
      for (int j = i - 1; j >= Math.max(0, i - 3) && names.get(j).span().start() >= from; j--) {
        NameMention m = names.get(j);
        if (m.words().size() < 2 && people.person(document, j) == null) {
          continue;
        }
        int end = coordinatedEnd(text, m, n);
        if (end > 0) {
          from = end;
          break;
        }
      }
      int p = document.paragraphAt(n.span().start());
      int lineEnd = p < 0 ? text.length() : document.paragraphs().get(p).end();
      boolean known = n.words().size() >= 2 || people.person(document, i) != null
          || honorific(n);
      Parse before = titleBefore(text, n, from);
      if (before == null && i > 0 && plural.containsKey(i - 1)) {
        before = inList(text, names.get(i - 1), n, plural.get(i - 1));
      }
      if (before != null && PLURALS.contains(Offices.key(lastWord(before.title())))) {
        plural.put(i, before);
      }
      Tag tag = n.possessive() ? null : tag(text, n.span().end());
      int after = tag == null ? n.span().end() : tag.end();
      Parse comma = titleComma(text, n, before, from, lineEnd, after);
      Parse appositive = !n.possessive() && known ? appositive(text, after, lineEnd) : null;
      Parse predicate = !n.possessive() && known && appositive == null
          ? predicate(text, after, lineEnd) : null;
      Parse tagParse = tag == null ? null
          : new Parse(n.span().start(), tag.end(), null, null, List.of(), tag.party(), null,
              tag.state(), null, null);
      Parse place = n.place() != null && Offices.state(n.place()) != null
          && people.person(document, i) != null
          ? new Parse(n.span().start(), placeEnd(text, n), null, null, List.of(), null,
              n.place(), Offices.state(n.place()), null, null)
          : null;
      Parse details = merge(merge(tagParse, place), appositive != null && appositive.office()
          != null && Offices.party(appositive.office()) != null ? appositive : null);
      List<Parse> readings = new ArrayList<>();
      if (comma != null) {
        readings.add(comma);
      }
      if (before != null && (comma == null || !before.office().equals(comma.office()))) {
        readings.add(before.withEnd(after).filledFrom(details));
      }
      Parse tail = appositive != null ? appositive : predicate;
      if (tail != null) {
        boolean partyOnly = Offices.party(tail.office()) != null;
        if (readings.isEmpty() || (!partyOnly && !holdsOffice(readings, tail.office()))) {
          // "Mr. Arden, the state's first Latino governor": the honorific opens the claim
          int start = honorific(n) && n.titleSpan() != null ? n.titleSpan().start()
              : n.span().start();
          readings.add(new Parse(start, tail.end(), tail.title(), tail.office(),
              tail.modifiers(), tail.party(), tail.organisation(), tail.state(), null,
              tail.relativeTo()).filledFrom(details));
        } else {
          readings.set(readings.size() - 1, readings.get(readings.size() - 1).withEnd(tail.end())
              .filledFrom(tail));
        }
      }
      if (readings.isEmpty() && details != null) {
        readings.add(details);
      }
      for (Parse r : readings) {
        found.add(new Found(i, r));
      }
    }
    Pronouns pronouns = new Pronouns(document, people);
    // a strongly gendered role ("his wife, Margaret") tells whom a pronoun cannot stand for
    for (Found f : found) {
      Person p = people.person(document, f.name());
      String g = f.parse().title() == null ? null : Titles.gender(f.parse().title());
      if (p != null && g != null && !Offices.key(lastWord(f.parse().title())).endsWith("man")) {
        pronouns.know(p, g);
      }
    }
    found.addAll(pronounPredicates(document, pronouns, text));
    Map<Person, String> genders = pronouns.pronounGenders();
    found.sort(BY_START_LONGEST_FIRST);
    List<RoleClaim> out = new ArrayList<>();
    List<Found> kept = new ArrayList<>();
    for (Found f : found) {
      if (coveredBy(kept, f)) {
        continue;
      }
      kept.add(f);
      out.add(claim(document, people, pronouns, genders, f, out.size() + 1));
    }
    return out;
  }

  /** A reading of a name mention ({@code name}) or, for a pronoun, of a person. */
  private record Found(int name, Parse parse, Person person) {
    Found(int name, Parse parse) {
      this(name, parse, null);
    }
  }

  /**
   * Readings by start, the longest first at one start. A class rather than a lambda: a lambda's
   * call site is linked at its first run, a cost paid at every start.
   */
  private static final java.util.Comparator<Found> BY_START_LONGEST_FIRST =
      new java.util.Comparator<>() {
        @Override
        public int compare(Found a, Found b) {
          int byStart = Integer.compare(a.parse().start(), b.parse().start());
          return byStart != 0 ? byStart : Integer.compare(-a.parse().end(), -b.parse().end());
        }
      };

  /** Whether one of the readings is of {@code office}. */
  private static boolean holdsOffice(List<Parse> readings, String office) {
    for (Parse r : readings) {
      if (r.office() != null && r.office().equals(office)) {
        return true;
      }
    }
    return false;
  }

  /** Whether any of the kept readings {@link #covers} {@code f}. */
  private static boolean coveredBy(List<Found> kept, Found f) {
    for (Found k : kept) {
      if (covers(k, f)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a kept reading makes another one redundant: the same person and office, inside it. */
  private static boolean covers(Found k, Found f) {
    Parse a = k.parse();
    Parse b = f.parse();
    boolean same = k.name() == f.name() && k.person() == f.person();
    boolean inside = a.start() <= b.start() && b.end() <= a.end();
    if (!inside) {
      return false;
    }
    return !same || java.util.Objects.equals(a.office(), b.office()) || b.office() == null;
  }

  private static RoleClaim claim(Document d, People people, Pronouns pronouns,
      Map<Person, String> genders, Found f, int n) {
    Parse r = f.parse();
    Person person = f.person() != null ? f.person() : people.person(d, f.name());
    String name = f.person() != null ? f.person().name() : people.name(d, f.name());
    String nick = f.person() == null ? nicknamed(d, people, f.name()) : null;
    if (nick != null) {
      name = nick;
      person = people.resolve(nick);
    }
    String said = person == null ? null : genders.get(person);
    // "-man" titles ("chairman", "alderman") name women too: the pronouns say otherwise
    String gender = Titles.gender(r.title());
    if ("male".equals(gender) && Offices.key(lastWord(r.title())).endsWith("man")
        && "female".equals(person == null ? null : genders.get(person))) {
      gender = null;
    }
    if (gender == null && f.person() == null) {
      gender = honorificGender(d.names().get(f.name()));
    }
    Span span = new Span(r.start(), r.end());
    String organisation = r.organisation();
    String role = r.title() != null ? r.title()
        : r.party() != null && r.office() == null ? capitalized(r.party()) : null;
    String office = r.office() != null ? r.office()
        : r.title() == null && r.party() != null ? r.party() : null;
    return new RoleClaim(
        d.article().id() + ":r" + n,
        d.article().id(),
        d.sourceSpan(span),
        d.sourceText(span),
        name,
        role,
        organisation,
        r.rank(),
        gender != null ? gender : said,
        said,
        ContentWords.of(organisation),
        office,
        r.modifiers(),
        r.party(),
        r.state(),
        relative(d, people, pronouns, r, f));
  }

  /**
   * Whose the role is, by the bundle's name where the text lets it be known: a possessive pronoun
   * ("his wife") stands for the person it refers to, a possessor's name ("Mr. Hunter's lawyer")
   * for its person; a relation with no possessor ("He and wife Stacy") is to the subject that
   * opens the sentence. Else as written, or null.
   */
  private static String relative(Document d, People people, Pronouns pronouns, Parse r,
      Found f) {
    String rel = r.relativeTo();
    boolean family = r.office() != null && Offices.family(r.office());
    if (rel == null && !family) {
      return null;
    }
    if (rel == null || POSSESSIVE_PRONOUNS.contains(Offices.key(rel))) {
      String k = rel == null ? null : Offices.key(rel);
      String gender = "his".equals(k) ? "male" : "her".equals(k) ? "female" : null;
      int at = r.start();
      if (rel == null) {
        int s = d.sentenceAt(at);
        if (s < 0) {
          return null;
        }
        at = d.sentences().get(s).start();
        String text = d.text().value();
        gender = text.startsWith("He ", at) ? "male" : text.startsWith("She ", at) ? "female"
            : null;
        if (gender == null) {
          return null;
        }
      }
      Person p = pronouns.resolve(at, gender);
      return p == null ? rel : p.name();
    }
    List<NameMention> names = d.names();
    int end = f.person() == null ? names.get(f.name()).span().start() : r.end();
    for (int i = Math.max(0, d.firstNameFrom(r.start())); i < names.size()
        && names.get(i).span().start() < end; i++) {
      if (rel.contains(names.get(i).name()) && people.person(d, i) != null) {
        return people.person(d, i).name();
      }
    }
    return rel;
  }

  /**
   * The person of a given name cut from its surname by a quoted nickname ("William "Mo" Cowan"):
   * the name with the surname after the nickname, or null.
   */
  private static String nicknamed(Document d, People people, int i) {
    List<NameMention> names = d.names();
    NameMention n = names.get(i);
    if (n.words().size() != 1 || i + 2 >= names.size()) {
      return null;
    }
    String text = d.text().value();
    NameMention nick = names.get(i + 1);
    NameMention last = names.get(i + 2);
    String between = text.substring(n.span().end(), nick.span().start());
    String after = text.substring(nick.span().end(), Math.min(text.length(),
        last.span().start()));
    boolean quoted = (between.equals(" \"") || between.equals(" \u201c"))
        && (after.equals("\" ") || after.equals("\u201d "));
    if (!quoted || nick.words().size() != 1 || last.words().size() != 1) {
      return null;
    }
    return n.name() + " " + last.name();
  }

  private static Parse merge(Parse a, Parse b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return new Parse(Math.min(a.start(), b.start()), Math.max(a.end(), b.end()), a.title(),
        a.office(), a.modifiers(), a.party() != null ? a.party() : b.party(),
        a.organisation() != null ? a.organisation() : b.organisation(),
        a.state() != null ? a.state() : b.state(), a.rank(), a.relativeTo());
  }

  /**
   * What opens the words after a name when a list of people goes on: "and", "or" or "&", after a
   * bracket tag or a comma if any ("X (R-Ohio) and House Speaker Y"). A comma alone is not enough:
   * "the spokesman for Mr. Ito, Dan Reyes" puts a title before its name.
   */
  private static final Pattern COORDINATOR = Pattern.compile(
      "^\\s*(?:\\([^)]*\\)\\s*)?,?\\s*(?:and|or|&)\\s+");

  /**
   * Where the words before a name may start at the latest: after the name before it when the two
   * are coordinated ("President Barack Obama and House Speaker John Boehner": the organisation
   * of Boehner's title is "House", not "President Barack Obama and House"), else 0.
   */
  private static int coordinatedEnd(String text, NameMention previous, NameMention n) {
    int end = previous.span().end();
    int start = n.titleSpan() != null ? Math.min(n.titleSpan().start(), n.span().start())
        : n.span().start();
    if (end > start) {
      return 0;
    }
    Matcher m = COORDINATOR.matcher(text.substring(end, start));
    return m.find() ? end + m.end() : 0;
  }

  // --- before the name ---------------------------------------------------------------------

  /** {@code [MOD] [ORG|STATE] [PARTY] [ADJ] TITLE [RANK] NAME}: the phrase ending at the name. */
  private static Parse titleBefore(String text, NameMention n, int from) {
    List<W> ws = TextWords.before(text, n.span().start(), from, BACK);
    List<String> keys = TextWords.keys(ws);
    int k = ws.size();
    while (k > 0 && isInitial(ws.get(k - 1))) {
      k--; // "Representative K. Michael Conaway"
    }
    // "spokesperson Captain Tom Hale": a rank between the title and the name
    // but "Attorney General": a title longer than the rank word it ends in
    Offices.Match title = Offices.titleEndingAt(keys, k);
    String rank = null;
    int r = rankStart(ws, k);
    if (r >= 0 && (title == null || title.start() >= r)) {
      Offices.Match before = Offices.titleEndingAt(keys, r);
      if (before != null) {
        title = before;
        rank = join(ws, r, k);
      }
    }
    if (title == null) {
      return null;
    }
    if (ws.get(title.end() - 1).possessive()) {
      return null;
    }
    Left left = left(ws, keys, title.start(), false);
    // "the governor Ortiz served under": a reduced relative clause, not a title of Ortiz
    boolean lower = !ws.get(title.start()).capitalized();
    if (lower && n.words().size() == 1 && left.start() > 0
        && ARTICLES.contains(keys.get(left.start() - 1))) {
      return null;
    }
    String written = join(ws, title.start(), title.end());
    // "newly confirmed Secretary of State": a participle that tells when, not part of the title
    List<String> shown = new ArrayList<>();
    int start = left.start();
    for (String m : left.modifiers()) {
      if (Offices.key(m).startsWith("newly ")) {
        if (shown.isEmpty()) {
          start += m.split(" ").length;
        }
      } else {
        shown.add(m);
      }
    }
    return new Parse(ws.get(Math.min(start, title.start())).start(), n.span().end(),
        titled(shown, written), Offices.office(written, left.organisation()),
        lowerAll(left.modifiers()), left.party(), left.organisation(), left.state(), rank, null);
  }

  /**
   * The words left of a title: modifiers, parties, adjectives, a state and capitalized
   * organisation words, in any order, up to an article, a possessor or any other word.
   *
   * @param start the index of the first word read
   * @param modifiers the modifiers as written, in text order
   * @param party the party, or null
   * @param organisation the organisation as written, or null
   * @param state the state, or null
   */
  private record Left(int start, List<String> modifiers, String party, String organisation,
      String state) {}

  private static Left left(List<W> ws, List<String> keys, int titleStart, boolean inPhrase) {
    List<String> mods = new ArrayList<>();
    List<W> org = new ArrayList<>();
    String party = null;
    String state = null;
    String stateText = null;
    int j = titleStart;
    for (int steps = 0; j > 0 && steps < 8; steps++) {
      Offices.Match mod = Offices.modifierEndingAt(keys, j);
      if (mod != null) {
        mods.add(0, join(ws, mod.start(), mod.end()));
        j = mod.start();
        continue;
      }
      W w = ws.get(j - 1);
      // "Mr. Hunter's lawyer": a possessor owns the phrase; only before a name is it the office's
      // organisation ("Ukraine's Foreign Minister X")
      if (w.possessive() && (!w.capitalized() || inPhrase)) {
        break;
      }
      String p = Offices.party(w.text());
      if (p != null && w.capitalized()) {
        party = party == null ? p : party;
        j--;
        continue;
      }
      if (Offices.adjective(w.text()) && !w.possessive()) {
        j--;
        continue;
      }
      Offices.Match st = Offices.stateEndingAt(keys, j);
      if (st != null && ws.get(st.start()).capitalized() && state == null
          && Offices.state(join(ws, st.start(), st.end())) != null) {
        state = st.entry();
        stateText = join(ws, st.start(), st.end());
        for (int q = st.end() - 1; q >= st.start(); q--) {
          org.add(0, ws.get(q));
        }
        j = st.start();
        continue;
      }
      if (w.capitalized() && !opener(w) && !w.key().equals("i")) {
        org.add(0, w);
        j--;
        continue;
      }
      // "US Department of State": "of" between capitalized words
      if ((w.key().equals("of") || w.key().equals("and")) && !org.isEmpty() && j >= 2
          && ws.get(j - 2).capitalized() && !opener(ws.get(j - 2))) {
        org.add(0, w);
        j--;
        continue;
      }
      if (inPhrase && QUALIFIERS.contains(w.key())) {
        j--;
        continue;
      }
      break;
    }
    String organisation = null;
    if (!org.isEmpty()) {
      List<String> words = new ArrayList<>();
      for (W w : org) {
        words.add(w.text());
      }
      organisation = String.join(" ", words);
      // "of" or "and" at either end belongs to no organisation
      organisation = TRAILING_OF_AND.matcher(LEADING_OF_AND.matcher(organisation).replaceAll(""))
          .replaceAll("");
      // a state with other organisation words is the state; the words nearest the title name it
      if (stateText != null && !organisation.equals(stateText)) {
        String rest = organisation.replace(stateText, "").strip();
        organisation = rest.isEmpty() ? stateText : rest;
      }
    }
    return new Left(j, mods, party, organisation, state);
  }

  private static final Pattern LEADING_OF_AND = Pattern.compile("^(?:of|and) ");
  private static final Pattern TRAILING_OF_AND = Pattern.compile(" (?:of|and)$");

  /** {@link Lexicon#RANKS} cut into words, in its order (longest first). */
  private static final List<List<String>> RANK_WORDS = rankWords();

  private static List<List<String>> rankWords() {
    List<List<String>> out = new ArrayList<>(Lexicon.RANKS.size());
    for (String r : Lexicon.RANKS) {
      out.add(List.of(r.split(" ")));
    }
    return List.copyOf(out);
  }

  /** The start of a rank ({@link Lexicon#RANKS}, as written) that ends before word {@code end}. */
  private static int rankStart(List<W> ws, int end) {
    for (List<String> parts : RANK_WORDS) {
      int s = end - parts.size();
      if (s < 0) {
        continue;
      }
      boolean ok = true;
      for (int q = 0; q < parts.size() && ok; q++) {
        ok = ws.get(s + q).text().equals(parts.get(q));
      }
      if (ok) {
        return s;
      }
    }
    return -1;
  }

  /** "Reps. A, B and C": a name after a comma or "and" that follows a name under a plural title. */
  private static Parse inList(String text, NameMention previous, NameMention n, Parse title) {
    String between = text.substring(previous.span().end(), n.span().start());
    if (!between.equals(", ") && !between.equals(" and ") && !between.equals(", and ")) {
      return null;
    }
    return new Parse(n.span().start(), n.span().end(), title.title(), title.office(),
        title.modifiers(), null, title.organisation(), null, null, null);
  }

  // --- after the name ----------------------------------------------------------------------

  /** A party and state tag right after a name: "(D-Ohio)", "(R)", ", R-Texas". */
  private static Tag tag(String text, int end) {
    String rest = text.substring(end, Math.min(text.length(), end + 40));
    Matcher m = TAG_PAREN.matcher(rest);
    if (!m.find()) {
      m = TAG_COMMA.matcher(rest);
      if (!m.find()) {
        return null;
      }
    }
    String party = switch (m.group(1)) {
      case "D" -> "democrat";
      case "R" -> "republican";
      default -> "independent";
    };
    String place = m.group(2);
    String state = place == null ? null : Offices.state(place);
    if (place != null && state == null && place.endsWith(".")) {
      state = Offices.state(place.substring(0, place.length() - 1));
    }
    int e = end + m.end();
    if (text.charAt(e - 1) == '.' && m.pattern() == TAG_COMMA && state != null
        && Offices.state(place.substring(0, place.length() - 1)) != null
        && (e == text.length() || text.charAt(e) == '\n')) {
      e--; // the sentence's period after "R-Texas."
    }
    return new Tag(e, party, state);
  }

  /** {@code , [then] [the|a|his] [ADJ|PARTY|ORG]* TITLE [PP]} right after a name (and its tag). */
  private static Parse appositive(String text, int after, int lineEnd) {
    if (!text.startsWith(", ", after)) {
      return null;
    }
    return nounPhrase(TextWords.after(text, after + 2, lineEnd, AHEAD), 0, false);
  }

  /**
   * A noun phrase headed by a title, read from word {@code i}: its reading, or null when a word
   * of it is none of modifier, article, possessive, party, adjective, state, organisation or title.
   */
  private static Parse nounPhrase(List<W> ws, int i, boolean needNoArticle) {
    List<String> keys = TextWords.keys(ws);
    int n = ws.size();
    if (i >= n) {
      return null;
    }
    int start = i;
    List<String> mods = new ArrayList<>();
    String party = null;
    String relativeTo = null;
    String state = null;
    List<String> org = new ArrayList<>();
    boolean article = false;
    int lowers = 0;
    Offices.Match head = null;
    while (i < n) {
      Offices.Match mod = Offices.modifierStartingAt(keys, i);
      if (mod != null) {
        mods.add(join(ws, mod.start(), mod.end()));
        i = mod.end();
        continue;
      }
      String k = keys.get(i);
      if (ADVERBS.contains(k)) {
        i++;
        continue;
      }
      if (!article && ARTICLES.contains(k)) {
        article = true;
        i++;
        continue;
      }
      if (!article && POSSESSIVE_PRONOUNS.contains(k)) {
        article = true;
        relativeTo = ws.get(i).text();
        i++;
        continue;
      }
      Offices.Match title = Offices.titleStartingAt(keys, i);
      if (title != null) {
        if (ws.get(title.end() - 1).possessive()) {
          // "the mayor's daughter": the title owns the head after it
          relativeTo = join(ws, start, title.end());
          mods.clear();
          org.clear();
          party = null;
          article = true;
          i = title.end();
          continue;
        }
        head = title;
        i = title.end();
        break;
      }
      W w = ws.get(i);
      if (w.possessive()) {
        article = true; // "the state's first governor"
        i++;
        continue;
      }
      String p = Offices.party(w.text());
      if (p != null) {
        party = p;
        i++;
        continue;
      }
      if (Offices.adjective(w.text())) {
        i++;
        continue;
      }
      Offices.Match st = Offices.stateStartingAt(keys, i);
      if (st != null && w.capitalized() && Offices.state(join(ws, st.start(), st.end())) != null) {
        state = st.entry();
        org.add(join(ws, st.start(), st.end()));
        i = st.end();
        continue;
      }
      if (w.capitalized() && !opener(w)) {
        org.add(w.text());
        i++;
        continue;
      }
      // "the White House national security spokesman": a noun or two before the title
      if ((article || QUALIFIERS.contains(k)) && lowers < 2 && !Character.isDigit(k.charAt(0))
          && !Lexicon.STOP_WORDS.contains(k) && !Verbs.isPast(k) && !k.endsWith("ing")
          && !Lexicon.SPEECH_VERBS.contains(k)) {
        lowers++;
        i++;
        continue;
      }
      return null;
    }
    if (head == null) {
      return null;
    }
    // "X, his mother and several brothers": a list of people, no appositive of X's; "a former
    // governor and congressman" goes on with another title
    if (i + 1 < n && keys.get(i).equals("and") && !titleAhead(ws, keys, i + 1)) {
      return null;
    }
    String organisation = org.isEmpty() ? null : String.join(" ", org);
    int end = ws.get(head.end() - 1).end();
    // "governor of Maine", "attorney for the Southern District of California", "lawyer for X"
    if (i < n && PLACE_PREPOSITIONS.contains(keys.get(i))) {
      int j = i + 1;
      if (j < n && ARTICLES.contains(keys.get(j))) {
        j++;
      }
      int first = j;
      while (j < n && j - first < 7 && (ws.get(j).capitalized()
          || ((keys.get(j).equals("of") || keys.get(j).equals("and")) && j + 1 < n
              && ws.get(j + 1).capitalized()))) {
        j++;
      }
      if (j > first) {
        String place = join(ws, first, j);
        String st = Offices.state(place);
        if (st == null) {
          Offices.Match sm = Offices.stateEndingAt(keys, j);
          if (sm != null && sm.start() >= first && ws.get(sm.start()).capitalized()) {
            st = Offices.state(join(ws, sm.start(), sm.end()));
          }
        }
        state = state != null ? state : st;
        // "a lawyer for Mr. Reyes" is Reyes's lawyer; "spokesperson for the Navy" speaks for it
        boolean person = Lexicon.isTitleWord(stripPeriod(keys.get(first)))
            || Offices.honorificGender(keys.get(first)) != null;
        if (Offices.relational(head.entry()) && !keys.get(i).equals("of") && person) {
          relativeTo = place;
        } else {
          organisation = place;
        }
        end = ws.get(j - 1).end();
      }
    }
    String written = join(ws, head.start(), head.end());
    return new Parse(ws.get(start).start(), end, titled(mods, written), Offices.office(written,
        organisation), lowerAll(mods), party, organisation, state, null, relativeTo);
  }

  /** Whether a title follows within a few words of articles, possessives and adjectives. */
  private static boolean titleAhead(List<W> ws, List<String> keys, int from) {
    for (int j = from; j < keys.size() && j < from + 5; j++) {
      if (Offices.titleStartingAt(keys, j) != null || Offices.modifierStartingAt(keys, j) != null) {
        return true;
      }
      W w = ws.get(j);
      if (!ARTICLES.contains(keys.get(j)) && !POSSESSIVE_PRONOUNS.contains(keys.get(j))
          && !w.possessive() && !Offices.adjective(w.text()) && !w.capitalized()) {
        return false;
      }
    }
    return false;
  }

  /**
   * {@code NAME [, aside,] is|was|served as [a] TITLE}: a predicate that gives the name a title;
   * told in the past, the title was held before.
   */
  private static Parse predicate(String text, int after, int lineEnd) {
    int p = after;
    if (text.startsWith(", ", p)) {
      // an age or a relative clause between the name and its verb: "Cowan, 43, is"
      List<W> aside = TextWords.after(text, p + 2, lineEnd, 1);
      if (aside.isEmpty()) {
        return null;
      }
      String first = aside.get(0).key();
      if (!NUMBER.matcher(first).matches() && !first.equals("who")) {
        return null;
      }
      int close = text.indexOf(", ", p + 2);
      if (close < 0 || close > Math.min(lineEnd, p + 160)) {
        return null;
      }
      p = close + 1;
    }
    if (!text.startsWith(" ", p)) {
      return null;
    }
    return predicateAt(TextWords.after(text, p + 1, lineEnd, AHEAD));
  }

  /** The title of a predicate that opens some words ("also served as a ..."), or null. */
  private static Parse predicateAt(List<W> ws) {
    List<String> keys = TextWords.keys(ws);
    int i = 0;
    while (i < keys.size() && ADVERBS.contains(keys.get(i))) {
      i++;
    }
    for (List<String> words : PREDICATES) {
      String[] verb = words.toArray(new String[0]);
      if (i + verb.length > keys.size()) {
        continue;
      }
      boolean ok = true;
      for (int q = 0; q < verb.length && ok; q++) {
        ok = keys.get(i + q).equals(verb[q]);
      }
      if (!ok) {
        continue;
      }
      Parse np = nounPhrase(ws, i + verb.length, true);
      if (np == null || np.office() == null || Offices.party(np.office()) != null
          && !ws.get(i + verb.length).key().equals("a")) {
        return null;
      }
      // "Reyes remains hopeful", "Ito is rival to none": a candidate's noun with no article
      // after the verb is an adjective or no title
      String opener = ws.get(i + verb.length).key();
      if ("candidate".equals(np.office()) && !PREDICATE_DETERMINERS.contains(opener)) {
        return null;
      }
      List<String> mods = new ArrayList<>(np.modifiers());
      String v = String.join(" ", verb);
      if (mods.isEmpty() && (v.equals("was confirmed as") || v.equals("was named")
          || v.equals("was elected") || v.equals("was appointed"))) {
        mods.add("newly " + verb[1]); // taking the office up
      } else if (mods.isEmpty() && (verb[0].equals("was") || verb[0].equals("had")
          || verb[0].equals("served") || verb[0].equals("worked"))) {
        mods.add("formerly"); // "was a Chicago alderman", "served as": held before
      }
      return new Parse(np.start(), np.end(), np.title(), np.office(), mods, np.party(),
          np.organisation(), np.state(), null, np.relativeTo());
    }
    return null;
  }

  /** "He also served as a special assistant district attorney": a predicate of a pronoun. */
  private static List<Found> pronounPredicates(Document d, Pronouns pronouns, String text) {
    List<Found> out = new ArrayList<>();
    for (Span s : d.sentences()) {
      int start = s.start();
      String gender;
      if (text.startsWith("He ", start)) {
        gender = "male";
      } else if (text.startsWith("She ", start)) {
        gender = "female";
      } else {
        continue;
      }
      List<W> ws = TextWords.after(text, start + (gender.equals("male") ? 3 : 4), s.end(),
          AHEAD);
      Parse r = predicateAt(ws);
      if (r == null) {
        continue;
      }
      Person who = pronouns.resolve(start, gender);
      if (who == null) {
        continue;
      }
      int at = d.lastNameEndingBy(start);
      out.add(new Found(Math.max(at, 0), new Parse(start, r.end(), r.title(), r.office(),
          r.modifiers(), r.party(), r.organisation(), r.state(), null, r.relativeTo()), who));
    }
    return out;
  }

  // --- the title, a comma, the name --------------------------------------------------------

  /**
   * {@code [the|his|X's] [ADJ]* TITLE [PP], NAME}: a title phrase closed by a comma right before
   * the name (or before its own title: "Mr. Reyes's father, the Rev. Jesse Reyes"), the name
   * closing the phrase with a comma or the sentence's end.
   */
  private static Parse titleComma(String text, NameMention n, Parse before, int from,
      int lineEnd, int after) {
    int q = before != null ? before.start() : n.span().start();
    if (before != null && (text.startsWith("the ", q - 4) || text.startsWith("The ", q - 4))) {
      q -= 4;
    }
    if (q < 2 || !text.startsWith(", ", q - 2)) {
      return null;
    }
    // the name closes the phrase: "the minority leader, Kenneth Voss, objected"
    if (after < lineEnd && ",.;:)".indexOf(text.charAt(after)) < 0) {
      return null;
    }
    List<W> ws = TextWords.before(text, q - 2, from, 12);
    List<String> keys = TextWords.keys(ws);
    int size = ws.size();
    for (int e = size; e >= 1 && e >= size - 6; e--) {
      if (e < size && !PLACE_PREPOSITIONS.contains(keys.get(e)) && !keys.get(e).endsWith("ing")) {
        continue;
      }
      Offices.Match title = Offices.titleEndingAt(keys, e);
      if (title == null || ws.get(e - 1).possessive() || Offices.party(title.entry()) != null) {
        continue;
      }
      Left left = left(ws, keys, title.start(), true);
      int j = left.start();
      int start = ws.get(j).start();
      String relativeTo = null;
      if (j > 0) {
        W w = ws.get(j - 1);
        if (ARTICLES.contains(w.key())) {
          if (j > 1 && PREPOSITIONS.contains(keys.get(j - 2))) {
            return null; // "a letter to the governor, Tom Reyes said"
          }
        } else if (POSSESSIVE_PRONOUNS.contains(w.key())) {
          relativeTo = w.text();
          start = w.start();
        } else if (w.possessive() && w.capitalized()) {
          int s = j - 1;
          while (s > 0 && ws.get(s - 1).capitalized() && !opener(ws.get(s - 1))) {
            s--;
          }
          relativeTo = join(ws, s, j);
          relativeTo = relativeTo.replaceAll("(?:'s|\u2019s)$", "");
          start = ws.get(s).start();
        } else if (w.possessive()) {
          relativeTo = w.text(); // "their party's Senate nominee"
          start = w.start();
          if (j > 1 && POSSESSIVE_PRONOUNS.contains(keys.get(j - 2))) {
            start = ws.get(j - 2).start();
          }
        } else {
          return null;
        }
      }
      String written = join(ws, title.start(), title.end());
      return new Parse(start, n.span().end(), titled(left.modifiers(), written),
          Offices.office(written, left.organisation()), lowerAll(left.modifiers()), left.party(),
          left.organisation(), left.state(), null, relativeTo);
    }
    return null;
  }

  // --- helpers -----------------------------------------------------------------------------

  /** Whether a name is a place, holiday or institution: "King Street", "... King Jr. Day". */
  private static boolean placeLike(String text, NameMention n) {
    if (n.words().size() == 1 && PLACE_WORDS.contains(Offices.key(n.surname()))) {
      return true;
    }
    List<W> next = TextWords.after(text, Math.min(text.length(), n.runEnd() + 1), text.length(),
        1);
    return n.runEnd() < text.length() && text.charAt(n.runEnd()) == ' ' && !next.isEmpty()
        && next.get(0).capitalized() && PLACE_WORDS.contains(next.get(0).key());
  }

  private static int placeEnd(String text, NameMention n) {
    int at = text.indexOf(" of " + n.place(), n.span().end());
    return at == n.span().end() ? at + 4 + n.place().length() : n.span().end();
  }

  private static boolean honorific(NameMention n) {
    return honorificGender(n) != null
        || (n.title() != null && Lexicon.HONORIFICS.contains(stripPeriod(Offices.key(
            lastWord(n.title())))));
  }

  private static String honorificGender(NameMention n) {
    return n.title() == null ? null : Offices.honorificGender(lastWord(n.title()));
  }

  private static boolean isInitial(W w) {
    String t = w.text();
    return t.length() == 2 && Character.isUpperCase(t.charAt(0)) && t.charAt(1) == '.';
  }

  /** Words that open sentences and are capitalized for that only ("The", "But"). */
  private static boolean opener(W w) {
    return Lexicon.SENTENCE_OPENERS.contains(w.key()) || Lexicon.PRONOUN_GENDER.containsKey(w.key());
  }

  private static String join(List<W> ws, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      sb.append(i > from ? " " : "").append(ws.get(i).text());
    }
    return sb.toString();
  }

  private static String titled(List<String> mods, String title) {
    return mods.isEmpty() ? title : String.join(" ", mods) + " " + title;
  }

  private static List<String> lowerAll(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(w.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static String lastWord(String phrase) {
    if (phrase == null) {
      return "";
    }
    int sp = phrase.lastIndexOf(' ');
    return sp < 0 ? phrase : phrase.substring(sp + 1);
  }

  private static String stripPeriod(String w) {
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  private static String capitalized(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
