package dev.factx.match;

import dev.factx.analysis.NameKeys;
import dev.factx.extract.DateClaim;
import dev.factx.extract.DateEvent;
import dev.factx.extract.Kind;
import dev.factx.extract.RoleClaim;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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

  /** One claim with what matching needs; all but the claim's article and range are its key. */
  record Event(DateClaim claim, Key key) {}

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

  private final List<RoleClaim> roles;
  private final Grouping<Event> grouping;

  /**
   * A matcher that reads, for the people dates name, the organisations the bundle's role claims
   * give them.
   */
  public DateMatcher(List<RoleClaim> roles) {
    this(roles, (events, together) -> Clusters.byKey(events, Event::key, DateMatcher::together,
        e -> e.claim().articleId(), (a, b) -> overlap(a.claim(), b.claim())));
  }

  /** A matcher that groups another way (the tests' all-pairs oracle). */
  DateMatcher(List<RoleClaim> roles, Grouping<Event> grouping) {
    this.roles = List.copyOf(roles);
    this.grouping = Objects.requireNonNull(grouping, "grouping");
  }

  @Override
  public List<Finding> match(List<DateClaim> claims) {
    Map<String, Set<String>> organisations = organisations(roles);
    List<Finding> out = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (DateClaim c : claims) {
      if (c.low() == null || c.high() == null || c.event() == null) {
        out.add(unique(List.of(c)));
        continue;
      }
      DateEvent e = c.event();
      Set<String> words = new HashSet<>(e.words());
      if (e.person() != null) {
        words.addAll(organisations.getOrDefault(e.person(), Set.of()));
      }
      events.add(new Event(c, new Key(e.action(), c.low(), c.high(), e.person(), e.words(),
          words)));
    }
    List<List<Event>> groups = grouping.groups(events, DateMatcher::together);
    for (List<Event> g : groups) {
      List<DateClaim> members = g.stream().map(Event::claim).toList();
      out.add(finding(members));
    }
    return out;
  }

  /** Whether two claims can date one event and sit in one finding. */
  static boolean together(Event a, Event b) {
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
      return NameKeys.samePerson(a.person(), b.person());
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
    String subject = members.get(0).event().text();
    if (articles.size() < 2) {
      return new Finding(null, Kind.DATE, Verdict.UNIQUE, null, subject, ids, List.of(),
          dated(articles, members));
    }
    // compare distinct dates, each with the articles that give it: two claims of different
    // articles stand behind two dates unless both dates come from one and the same article only
    Map<List<Object>, Set<String>> dates = new LinkedHashMap<>();
    for (DateClaim c : members) {
      dates.computeIfAbsent(List.of(c.value(), c.low(), c.high()), k -> new HashSet<>())
          .add(c.articleId());
    }
    List<Map.Entry<List<Object>, Set<String>>> distinct = new ArrayList<>(dates.entrySet());
    Relation relation = Relation.SAME;
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
          relation = Relation.CONFLICT;
        } else if (relation != Relation.CONFLICT && !a.get(0).equals(b.get(0))) {
          relation = Relation.DIFFERS;
        }
      }
    }
    Verdict verdict = relation == Relation.SAME ? Verdict.AGREE : Verdict.DISCREPANCY;
    return new Finding(null, Kind.DATE, verdict, relation, subject, ids, List.of(),
        dated(articles, members));
  }

  private static Finding unique(List<DateClaim> members) {
    DateEvent event = members.get(0).event();
    Set<String> articles = new LinkedHashSet<>();
    members.forEach(c -> articles.add(c.articleId()));
    return new Finding(null, Kind.DATE, Verdict.UNIQUE, null, event == null ? null : event.text(),
        members.stream().map(DateClaim::id).toList(), List.of(), dated(articles, members));
  }

  /** What a date finding's message tells: the articles, the first date, every date as written. */
  private static Finding.Dated dated(Set<String> articles, List<DateClaim> members) {
    List<Finding.DateText> texts = new ArrayList<>();
    for (DateClaim c : members) {
      texts.add(new Finding.DateText(c.text(), c.articleId(), c.value()));
    }
    return new Finding.Dated(List.copyOf(articles), members.get(0).value(), texts);
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

  /** The words of the organisations the bundle's role claims give each person. */
  private static Map<String, Set<String>> organisations(List<RoleClaim> roles) {
    Map<String, Set<String>> out = new HashMap<>();
    for (RoleClaim r : roles) {
      if (r.organisation() != null) {
        out.computeIfAbsent(r.person(), k -> new HashSet<>()).addAll(r.organisationWords());
      }
    }
    return out;
  }
}
