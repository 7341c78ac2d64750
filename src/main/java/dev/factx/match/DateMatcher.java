package dev.factx.match;

import dev.factx.clean.Document;
import dev.factx.extract.DateClaim;
import dev.factx.extract.DateEvents;
import dev.factx.extract.PersonNames;
import dev.factx.extract.RoleClaim;
import dev.factx.extract.RoleExtractor;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups date claims of the same event across articles and says whether their dates agree.
 *
 * <p>Two claims date the same event when their actions fold to the same one (said, told, reported,
 * remarks, briefing are all one speech event; began and started one start) and their subjects name
 * the same actor: the same person across spellings, or words of one subject all found in the other
 * (a surname in the full name, "the Pentagon" in "Pentagon spokesperson Pat Ryder", or in the
 * organisations the bundle gives that person). A group holds only claims that all pair up that way,
 * and never two claims of one article whose dates differ (one actor can speak twice) or dates more
 * than {@link #SAME_EVENT_DAYS} days apart. Relation: {@code same} when every article's dates are
 * equal, {@code conflict} when two cannot both hold (the ranges do not meet), else {@code differs}.
 */
public final class DateMatcher implements ClaimMatcher<DateClaim> {
  /** Dates of one actor's action further apart than this are taken for two occasions. */
  public static final int SAME_EVENT_DAYS = 31;

  private static final Set<String> STOPWORDS =
      Set.of("the", "a", "an", "of", "and", "for", "its", "their", "his", "her");

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");

  /** One claim with what matching needs; all but the claim's article and range are its key. */
  private record Event(DateClaim claim, Key key) {}

  /**
   * What {@link #together} reads of a claim, apart from its article. Equality is written out: a
   * record's generated equals and hashCode cost a cold start the set-up of
   * java.lang.runtime.ObjectMethods, tens of milliseconds.
   */
  private record Key(
      String action, LocalDate low, LocalDate high, String person, Set<String> subject,
      Set<String> words) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(action, k.action) && Objects.equals(low, k.low)
          && Objects.equals(high, k.high) && Objects.equals(person, k.person)
          && subject.equals(k.subject) && words.equals(k.words);
    }

    @Override
    public int hashCode() {
      return Objects.hash(action, low, high, person, subject, words);
    }
  }

  private final PersonNames people;
  private final List<RoleClaim> roles;
  private final boolean allPairs;

  /** The matcher that finds the bundle's people and roles itself. */
  public DateMatcher() {
    this(null, null, false);
  }

  /**
   * A matcher given what the pipeline already knows: the people of all the documents it will be
   * given ({@link PersonNames#in(List)}) and every role claim of those documents.
   */
  public DateMatcher(PersonNames people, List<RoleClaim> roles) {
    this(Objects.requireNonNull(people, "people"), List.copyOf(roles), false);
  }

  private DateMatcher(PersonNames people, List<RoleClaim> roles, boolean allPairs) {
    this.people = people;
    this.roles = roles;
    this.allPairs = allPairs;
  }

  /** The same matcher testing every claim against every member of a group: slow, for checks. */
  public DateMatcher allPairs() {
    return new DateMatcher(people, roles, true);
  }

  @Override
  public List<Finding> match(List<DateClaim> claims, List<Document> documents) {
    PersonNames people = this.people != null ? this.people : PersonNames.in(documents);
    List<RoleClaim> roles = this.roles;
    if (roles == null) {
      RoleExtractor extractor = new RoleExtractor();
      roles = new ArrayList<>();
      for (Document d : documents) {
        roles.addAll(extractor.extract(d));
      }
    }
    Map<String, Set<String>> organisations = organisations(roles, people);
    List<Finding> out = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (DateClaim c : claims) {
      if (c.low() == null || c.event() == null) {
        out.add(unique(List.of(c)));
        continue;
      }
      String subject = DateEvents.subject(c.event());
      String person = people.find(subject);
      Set<String> words = words(subject);
      if (person != null) {
        words.addAll(organisations.getOrDefault(person, Set.of()));
      }
      events.add(new Event(c, new Key(DateEvents.action(c.event()), c.low(), c.high(), person,
          words(subject), words)));
    }
    List<List<Event>> groups = allPairs
        ? Clusters.of(events, DateMatcher::together)
        : Clusters.byKey(events, Event::key, DateMatcher::together, e -> e.claim().articleId(),
            (a, b) -> overlap(a.claim(), b.claim()));
    for (List<Event> g : groups) {
      List<DateClaim> members = g.stream().map(Event::claim).toList();
      out.add(finding(members));
    }
    return out;
  }

  /** Whether two claims can date one event and sit in one finding. */
  private static boolean together(Event a, Event b) {
    DateClaim x = a.claim();
    DateClaim y = b.claim();
    if (x.articleId().equals(y.articleId()) && !overlap(x, y)) {
      return false;
    }
    return together(a.key(), b.key());
  }

  /** Whether two claims of different articles can date one event. */
  private static boolean together(Key a, Key b) {
    if (!a.action().equals(b.action()) || gap(a.low(), a.high(), b.low(), b.high()) > SAME_EVENT_DAYS) {
      return false;
    }
    if (a.person() != null && b.person() != null) {
      return PersonNames.samePerson(a.person(), b.person());
    }
    Set<String> p = a.subject();
    Set<String> q = b.subject();
    // a person's subject also stands for the organisations the bundle gives them
    return (!p.isEmpty() && b.words().containsAll(p)) || (!q.isEmpty() && a.words().containsAll(q));
  }

  private static Finding finding(List<DateClaim> members) {
    List<String> ids = members.stream().map(DateClaim::id).toList();
    Set<String> articles = new LinkedHashSet<>();
    members.forEach(c -> articles.add(c.articleId()));
    String subject = members.get(0).event();
    if (articles.size() < 2) {
      return new Finding(null, "date", Verdict.UNIQUE, null, subject, ids, List.of(),
          "only " + members.get(0).articleId() + " dates this: " + describe(members));
    }
    // compare distinct dates, each with the articles that give it: two claims of different
    // articles stand behind two dates unless both dates come from one and the same article only
    Map<List<Object>, Set<String>> dates = new LinkedHashMap<>();
    for (DateClaim c : members) {
      dates.computeIfAbsent(List.of(c.value(), c.low(), c.high()), k -> new HashSet<>())
          .add(c.articleId());
    }
    List<Map.Entry<List<Object>, Set<String>>> distinct = new ArrayList<>(dates.entrySet());
    String relation = "same";
    for (int i = 0; i < distinct.size(); i++) {
      for (int j = i + 1; j < distinct.size(); j++) {
        Set<String> p = distinct.get(i).getValue();
        Set<String> q = distinct.get(j).getValue();
        if (p.size() == 1 && p.equals(q)) {
          continue;
        }
        List<Object> a = distinct.get(i).getKey();
        List<Object> b = distinct.get(j).getKey();
        if (!overlap((LocalDate) a.get(1), (LocalDate) a.get(2), (LocalDate) b.get(1),
            (LocalDate) b.get(2))) {
          relation = "conflict";
        } else if (!relation.equals("conflict") && !a.get(0).equals(b.get(0))) {
          relation = "differs";
        }
      }
    }
    String message;
    switch (relation) {
      case "same":
        message = articles.size() + " articles give " + members.get(0).value() + ": "
            + describe(members);
        return new Finding(null, "date", Verdict.AGREE, relation, subject, ids, List.of(), message);
      case "conflict":
        message = "the dates cannot both hold: " + describe(members);
        break;
      default:
        message = "one date is a range that holds the other: " + describe(members);
        break;
    }
    return new Finding(null, "date", Verdict.DISCREPANCY, relation, subject, ids, List.of(), message);
  }

  private static Finding unique(List<DateClaim> members) {
    return new Finding(null, "date", Verdict.UNIQUE, null, members.get(0).event(),
        members.stream().map(DateClaim::id).toList(), List.of(),
        "only " + members.get(0).articleId() + " dates this: " + describe(members));
  }

  /** {@code "on Dec. 16" (kyiv-independent) = 2024-12-16; ...}. */
  private static String describe(List<DateClaim> members) {
    List<String> parts = new ArrayList<>();
    for (DateClaim c : members) {
      parts.add("\"" + c.text() + "\" (" + c.articleId() + ") = "
          + (c.value() == null ? "unresolved" : c.value()));
    }
    return String.join("; ", parts);
  }

  private static boolean overlap(DateClaim a, DateClaim b) {
    return overlap(a.low(), a.high(), b.low(), b.high());
  }

  private static boolean overlap(LocalDate aLow, LocalDate aHigh, LocalDate bLow, LocalDate bHigh) {
    return !aHigh.isBefore(bLow) && !bHigh.isBefore(aLow);
  }

  /** Days between two ranges, 0 when they meet. */
  private static long gap(LocalDate aLow, LocalDate aHigh, LocalDate bLow, LocalDate bHigh) {
    if (overlap(aLow, aHigh, bLow, bHigh)) {
      return 0;
    }
    LocalDate end = aHigh.isBefore(bLow) ? aHigh : bHigh;
    LocalDate start = aHigh.isBefore(bLow) ? bLow : aLow;
    return ChronoUnit.DAYS.between(end, start);
  }

  /** The content words of a subject, lower case, possessives and "U.S." spellings folded. */
  static Set<String> words(String phrase) {
    String p = phrase.toLowerCase(Locale.ROOT).replace("united states", "us").replace("u.s.", "us");
    Set<String> out = new HashSet<>();
    for (String w : NOT_WORD.split(p)) {
      w = (w.endsWith("'s") ? w.substring(0, w.length() - 2) : w).replace("'", "");
      if (!w.isEmpty() && !STOPWORDS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** The words of the organisations the bundle's role claims give each person. */
  private static Map<String, Set<String>> organisations(List<RoleClaim> roles, PersonNames people) {
    Map<String, Set<String>> out = new HashMap<>();
    for (RoleClaim r : roles) {
      String who = people.resolve(r.person());
      if (who != null && r.organisation() != null) {
        out.computeIfAbsent(who, k -> new HashSet<>()).addAll(words(r.organisation()));
      }
    }
    return out;
  }
}
