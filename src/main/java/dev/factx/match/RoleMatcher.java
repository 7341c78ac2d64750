package dev.factx.match;

import dev.factx.analysis.Lexicon;
import dev.factx.analysis.NameKeys;
import dev.factx.analysis.SurnameIndex;
import dev.factx.analysis.Titles;
import dev.factx.extract.Kind;
import dev.factx.extract.Offices;
import dev.factx.extract.RoleClaim;
import dev.factx.extract.RoleComparison;
import dev.factx.text.MapValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Groups role claims by person across articles (spellings joined by {@link
 * NameKeys#samePerson}), then by slot of offices ({@link RoleComparison#slot}): one finding for
 * each slot of a person, so that one person can hold a role the articles agree on and another
 * they contradict each other on.
 *
 * <p>The claims of one slot are compared pair by pair through {@link RoleComparison}: the same
 * office in other words and offices that can both hold agree; two offices that exclude each other
 * at one time, another party or home state, another organisation or rank of one office are a
 * discrepancy. A gendered title that says so strongly ("spokeswoman", "wife"; not "chairman" or
 * "spokesman", which news gives women too) against the pronouns an article uses for the person is
 * a discrepancy ("spokeswoman Pat Ryder ... he said"); pronouns against pronouns are not, since
 * they are read, not written. A contradiction inside one article is a discrepancy too, unless both titles are stacked
 * on one mention (their claims overlap: the writer gives both as holding); otherwise one article
 * alone is unique. A relative named by a given name alone ("his wife, Margaret") is
 * the person of that name and the relative's surname.
 */
public final class RoleMatcher implements ClaimMatcher<RoleClaim> {
  private final Grouping<RoleClaim> grouping;

  /**
   * The matcher, grouping claims through their persons' names: a claim tries only the groups that
   * hold a name of its surname or of a close one ({@link SurnameIndex}), the only groups whose
   * every name {@link NameKeys.Name#same} can go with it.
   */
  public RoleMatcher() {
    this(BY_SURNAME);
  }

  // The function objects below are classes rather than lambdas: a lambda's call site costs a cold
  // start its linking, about a tenth of a millisecond (see MapValues).

  private static final Grouping<RoleClaim> BY_SURNAME = new Grouping<>() {
    @Override
    public List<List<RoleClaim>> groups(List<RoleClaim> claims,
        BiPredicate<RoleClaim, RoleClaim> together) {
      return bySurname(claims, together);
    }
  };

  /** A claim's identity read as a name. */
  private static final Function<RoleClaim, NameKeys.Name> NAME = new Function<>() {
    @Override
    public NameKeys.Name apply(RoleClaim c) {
      return NameKeys.Name.of(identity(c));
    }
  };

  private static final BiPredicate<NameKeys.Name, NameKeys.Name> SAME_NAME = new BiPredicate<>() {
    @Override
    public boolean test(NameKeys.Name a, NameKeys.Name b) {
      return a.same(b);
    }
  };

  /** The block a name is filed under: its surname (none without one). */
  private static final Function<NameKeys.Name, List<String>> SURNAME = new Function<>() {
    @Override
    public List<String> apply(NameKeys.Name n) {
      return n.surname() == null ? List.of() : List.of(n.surname());
    }
  };

  /** What {@link #match} groups by: whether two claims' identities can be one person. */
  private static final BiPredicate<RoleClaim, RoleClaim> SAME_PERSON = new BiPredicate<>() {
    @Override
    public boolean test(RoleClaim a, RoleClaim b) {
      return NameKeys.samePerson(identity(a), identity(b));
    }
  };

  /**
   * The blocks where names that go with a name are filed: its surname's close ones ({@link
   * SurnameIndex#same}), each surname's looked up once.
   */
  private static final class NearSurnames implements Function<NameKeys.Name, List<String>> {
    private final SurnameIndex surnames;
    private final Map<String, List<String>> same = new HashMap<>();

    NearSurnames(SurnameIndex surnames) {
      this.surnames = surnames;
    }

    @Override
    public List<String> apply(NameKeys.Name n) {
      if (n.surname() == null) {
        return List.of();
      }
      List<String> near = same.get(n.surname());
      if (near == null) {
        near = surnames.same(n.surname());
        same.put(n.surname(), near);
      }
      return near;
    }
  }

  private static List<List<RoleClaim>> bySurname(List<RoleClaim> claims,
      BiPredicate<RoleClaim, RoleClaim> together) {
    SurnameIndex surnames = new SurnameIndex();
    for (RoleClaim c : claims) {
      String surname = NameKeys.Name.of(identity(c)).surname();
      if (surname != null) {
        surnames.add(surname);
      }
    }
    // a name without a surname goes with no other (Name.same), so it is filed under no block
    return Clusters.byBlocks(claims, NAME, SAME_NAME, null, null, SURNAME,
        new NearSurnames(surnames), null);
  }

  /** A matcher that groups another way (the tests' all-pairs oracle). */
  RoleMatcher(Grouping<RoleClaim> grouping) {
    this.grouping = java.util.Objects.requireNonNull(grouping, "grouping");
  }

  /**
   * Who a claim is about, for grouping: its person, and for a relative named by a given name
   * alone the given name with the relative's surname ("his wife, Margaret" of Duncan Hunter is
   * Margaret Hunter).
   */
  static String identity(RoleClaim c) {
    String p = c.person();
    if (c.office() != null && Offices.family(c.office()) && !p.contains(" ")
        && c.relativeTo() != null && c.relativeTo().contains(" ")) {
      String surname = surnameWord(c.relativeTo());
      if (surname != null) {
        return p + " " + surname;
      }
    }
    return p;
  }

  /** The last name word of a name, suffixes aside ("Jesse L. Jackson Jr." -> "Jackson"). */
  private static String surnameWord(String name) {
    return lastNameWord(name, 1);
  }

  /** The last word at or after word {@code from} that is no suffix or initial, or null. */
  private static String lastNameWord(String name, int from) {
    String[] w = name.strip().split("\\s+");
    for (int i = w.length - 1; i >= from; i--) {
      String s = stripPeriod(w[i]).toLowerCase(Locale.ROOT);
      if (!Lexicon.NAME_SUFFIXES.contains(s) && s.length() > 1) {
        return stripPeriod(w[i]).replaceAll("(?:'s|\u2019s)$", "");
      }
    }
    return from == 0 && w.length > 0 ? w[w.length - 1] : null;
  }

  @Override
  public List<Finding> match(List<RoleClaim> claims) {
    // claims name the bundle's people one way each; spellings of a name no person was found for
    // still join when they can be one person
    List<List<RoleClaim>> groups =
        grouping.groups(claims, SAME_PERSON);
    List<Finding> out = new ArrayList<>();
    for (List<RoleClaim> person : groups) {
      Map<String, List<RoleClaim>> slots = new LinkedHashMap<>();
      for (RoleClaim c : person) {
        slots.computeIfAbsent(RoleComparison.slot(c), MapValues.list()).add(c);
      }
      Map<String, String> pronouns = pronouns(person);
      for (List<RoleClaim> slot : slots.values()) {
        out.add(finding(slot, pronouns));
      }
    }
    return out;
  }

  /** Each article's pronouns for the person, once an article. */
  private static Map<String, String> pronouns(List<RoleClaim> person) {
    Map<String, String> out = new LinkedHashMap<>();
    for (RoleClaim c : person) {
      out.putIfAbsent(c.articleId(), c.pronouns());
      if (out.get(c.articleId()) == null && c.pronouns() != null) {
        out.put(c.articleId(), c.pronouns());
      }
    }
    return out;
  }

  private static Finding finding(List<RoleClaim> group, Map<String, String> pronouns) {
    String person = group.get(0).person();
    Set<String> articles = articlesInGroup(group);
    List<Finding.RoleProblem> problems = new ArrayList<>();
    conflicts(group, problems);
    genders(group, pronouns, problems);
    List<String> ids = new ArrayList<>(group.size());
    for (RoleClaim c : group) {
      ids.add(c.id());
    }
    List<Finding.Written> written = new ArrayList<>();
    for (RoleClaim c : group) {
      written.add(new Finding.Written(c.text(), List.of(c.articleId())));
    }
    Set<String> offices = new LinkedHashSet<>();
    for (RoleClaim c : group) {
      offices.add(c.office() == null ? "" : c.office());
    }
    String title = group.get(0).role() != null ? group.get(0).role() : group.get(0).text();
    Finding.RolesGiven detail = new Finding.RolesGiven(person, title, List.copyOf(articles),
        problems, written, offices.size() <= 1);
    Verdict verdict = !problems.isEmpty() ? Verdict.DISCREPANCY
        : articles.size() < 2 ? Verdict.UNIQUE : Verdict.AGREE;
    return new Finding(null, Kind.ROLE, verdict, null, person, ids, List.of(), detail);
  }

  /**
   * Adds a problem for each aspect on which two claims cannot both hold, comparing claims that
   * read alike once (their office, party, state, organisation, rank and time).
   */
  private static void conflicts(List<RoleClaim> group, List<Finding.RoleProblem> problems) {
    Map<List<Object>, List<RoleClaim>> distinct = new LinkedHashMap<>();
    for (RoleClaim c : group) {
      distinct.computeIfAbsent(signature(c), MapValues.list()).add(c);
    }
    List<List<RoleClaim>> kinds = new ArrayList<>(distinct.values());
    Map<String, Map<String, List<RoleClaim>>> against = new LinkedHashMap<>();
    for (int i = 0; i < kinds.size(); i++) {
      for (int j = i + 1; j < kinds.size(); j++) {
        RoleClaim a = kinds.get(i).get(0);
        RoleClaim b = kinds.get(j).get(0);
        RoleComparison.Result r = RoleComparison.compare(a, b);
        if (r.relation() != RoleComparison.Relation.CONFLICT
            || stacked(kinds.get(i), kinds.get(j))) {
          continue;
        }
        for (String aspect : r.aspects()) {
          Map<String, List<RoleClaim>> values =
              against.computeIfAbsent(aspect, MapValues.linkedMap());
          for (List<RoleClaim> side : List.of(kinds.get(i), kinds.get(j))) {
            List<RoleClaim> into =
                values.computeIfAbsent(aspect(aspect, side.get(0)), MapValues.list());
            for (RoleClaim c : side) {
              if (!into.contains(c)) {
                into.add(c);
              }
            }
          }
        }
      }
    }
    for (Map.Entry<String, Map<String, List<RoleClaim>>> e : against.entrySet()) {
      List<Finding.Written> parts = new ArrayList<>();
      for (Map.Entry<String, List<RoleClaim>> v : e.getValue().entrySet()) {
        parts.add(new Finding.Written(v.getKey(), articlesOf(v.getValue())));
      }
      problems.add(new Finding.AspectConflict(e.getKey(), parts));
    }
  }

  /**
   * Whether every claim of one side and every claim of the other are one mention's titles: of one
   * article, their spans overlapping ("Sen. Max Ito, D-Ohio, the negotiator for Senate
   * Democrats"). A writer who stacks two titles on one mention gives both as holding, so they
   * are never set against each other.
   */
  private static boolean stacked(List<RoleClaim> one, List<RoleClaim> other) {
    for (RoleClaim a : one) {
      for (RoleClaim b : other) {
        if (!a.articleId().equals(b.articleId()) || a.span().end() <= b.span().start()
            || b.span().end() <= a.span().start()) {
          return false;
        }
      }
    }
    return true;
  }

  /** What a claim gives for an aspect, as written. */
  private static String aspect(String aspect, RoleClaim c) {
    switch (aspect) {
      case "party":
        return c.party();
      case "state":
        return c.jurisdiction();
      case "organisation":
        return c.organisation();
      case "rank":
        return c.rank();
      default:
        return c.role() != null ? c.role() : c.office();
    }
  }

  /** What comparison reads of a claim: equal for claims that compare alike. */
  private static List<Object> signature(RoleClaim c) {
    List<Object> out = new ArrayList<>();
    out.add(String.valueOf(c.office()));
    out.add(String.valueOf(c.role()));
    out.add(String.valueOf(c.party()));
    out.add(String.valueOf(c.jurisdiction()));
    out.add(c.organisation() == null ? "" : Titles.organisation(c.organisation()));
    out.add(c.rank() == null ? "" : Titles.rank(c.rank()));
    out.add(c.time());
    out.add(String.valueOf(c.relativeTo()));
    return out;
  }

  /**
   * Adds a problem when a strongly gendered title of the person ("spokeswoman", "wife") stands
   * against the pronouns an article uses for them.
   */
  private static void genders(List<RoleClaim> group, Map<String, String> pronouns,
      List<Finding.RoleProblem> problems) {
    Map<String, List<Finding.Written>> titled = new HashMap<>(); // gender -> strong titles
    for (RoleClaim c : group) {
      String g = strongGender(c.role());
      if (g != null) {
        titled.computeIfAbsent(g, MapValues.list())
            .add(new Finding.Written(c.role(), List.of(c.articleId())));
      }
    }
    if (titled.isEmpty()) {
      return;
    }
    Map<String, List<Finding.Written>> said = new LinkedHashMap<>();
    said.put("female", new ArrayList<>(titled.getOrDefault("female", List.of())));
    said.put("male", new ArrayList<>(titled.getOrDefault("male", List.of())));
    boolean clash = titled.size() > 1;
    for (Map.Entry<String, String> e : pronouns.entrySet()) {
      String g = e.getValue();
      if (g != null && articlesInGroup(group).contains(e.getKey())) {
        said.get(g).add(new Finding.Written(g.equals("male") ? "he" : "she",
            List.of(e.getKey())));
        clash |= !titled.containsKey(g);
      }
    }
    if (!clash) {
      return;
    }
    Map<String, Set<String>> others = new LinkedHashMap<>(); // other titles -> articles
    for (RoleClaim c : group) {
      if (c.role() != null && strongGender(c.role()) == null) {
        others.computeIfAbsent(c.role(), MapValues.linkedSet()).add(c.articleId());
      }
    }
    List<Finding.Written> ungendered = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : others.entrySet()) {
      ungendered.add(new Finding.Written(e.getKey(), List.copyOf(e.getValue())));
    }
    problems.add(new Finding.GenderConflict(said.get("female"), said.get("male"), ungendered));
  }

  private static Set<String> articlesInGroup(List<RoleClaim> group) {
    Set<String> out = new LinkedHashSet<>();
    for (RoleClaim c : group) {
      out.add(c.articleId());
    }
    return out;
  }

  /**
   * The gender a title gives surely, or null: a gendered title that is no "-man" form
   * ("spokeswoman", "congresswoman", "wife", "queen"); "chairman" and "spokesman" name women too.
   */
  static String strongGender(String title) {
    String g = Titles.gender(title);
    if (g == null) {
      return null;
    }
    String last = title.strip().toLowerCase(Locale.ROOT);
    last = last.substring(last.lastIndexOf(' ') + 1);
    return g.equals("male") && last.endsWith("man") ? null : g;
  }

  private static String stripPeriod(String w) {
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }

  private static List<String> articlesOf(List<RoleClaim> claims) {
    return List.copyOf(articlesInGroup(claims));
  }
}
