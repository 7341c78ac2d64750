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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  private static final Set<String> STOPWORDS =
      Set.of("the", "a", "an", "of", "and", "for", "its", "their", "his", "her");

  /** One claim with what matching needs. */
  private record Event(DateClaim claim, String action, String person, Set<String> words) {}

  @Override
  public List<Finding> match(List<DateClaim> claims, List<Document> documents) {
    PersonNames people = PersonNames.in(documents);
    Map<String, Set<String>> organisations = organisations(documents, people);
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
      events.add(new Event(c, DateEvents.action(c.event()), person, words));
    }
    List<List<Event>> groups = Clusters.of(events, DateMatcher::together);
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
    if (!a.action().equals(b.action()) || gap(x, y) > SAME_EVENT_DAYS) {
      return false;
    }
    if (x.articleId().equals(y.articleId()) && !overlap(x, y)) {
      return false;
    }
    if (a.person() != null && b.person() != null) {
      return PersonNames.samePerson(a.person(), b.person());
    }
    Set<String> p = words(DateEvents.subject(x.event()));
    Set<String> q = words(DateEvents.subject(y.event()));
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
    String relation = "same";
    for (DateClaim a : members) {
      for (DateClaim b : members) {
        if (a.articleId().equals(b.articleId())) {
          continue;
        }
        if (!overlap(a, b)) {
          relation = "conflict";
        } else if (!relation.equals("conflict") && !a.value().equals(b.value())) {
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
    return !a.high().isBefore(b.low()) && !b.high().isBefore(a.low());
  }

  /** Days between two claims' ranges, 0 when they meet. */
  private static long gap(DateClaim a, DateClaim b) {
    if (overlap(a, b)) {
      return 0;
    }
    LocalDate end = a.high().isBefore(b.low()) ? a.high() : b.high();
    LocalDate start = a.high().isBefore(b.low()) ? b.low() : a.low();
    return ChronoUnit.DAYS.between(end, start);
  }

  /** The content words of a subject, lower case, possessives and "U.S." spellings folded. */
  static Set<String> words(String phrase) {
    String p = phrase.toLowerCase(Locale.ROOT).replace("united states", "us").replace("u.s.", "us");
    Set<String> out = new HashSet<>();
    for (String w : p.split("[^\\p{L}\\p{N}']+")) {
      w = w.replaceAll("'s$", "").replace("'", "");
      if (!w.isEmpty() && !STOPWORDS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** The words of the organisations the bundle's role claims give each person. */
  private static Map<String, Set<String>> organisations(List<Document> documents, PersonNames people) {
    Map<String, Set<String>> out = new HashMap<>();
    RoleExtractor roles = new RoleExtractor();
    for (Document d : documents) {
      for (RoleClaim r : roles.extract(d)) {
        String who = people.resolve(r.person());
        if (who != null && r.organisation() != null) {
          out.computeIfAbsent(who, k -> new HashSet<>()).addAll(words(r.organisation()));
        }
      }
    }
    return out;
  }
}
