package dev.factx.match;

import dev.factx.analysis.NameKeys;
import dev.factx.analysis.Titles;
import dev.factx.extract.Kind;
import dev.factx.extract.RoleClaim;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups role claims by person across articles (one finding per person, spellings joined by
 * {@link PersonNames#samePerson}) and says whether the titles agree.
 *
 * <p>Titles agree when they name one office ({@code spokesman}, {@code spokeswoman} and
 * {@code spokesperson} do; {@code State Department} and {@code US Department of State} are one
 * organisation). They contradict when the offices, organisations or ranks differ, or when genders
 * clash: a gendered title against another article's gendered title, or against the pronouns an
 * article uses for that person ("spokeswoman Pat Ryder ... he said"). A contradiction inside one
 * article is a discrepancy too; otherwise one article alone is unique.
 */
public final class RoleMatcher implements ClaimMatcher<RoleClaim> {
  private final Grouping<RoleClaim> grouping;

  /** The matcher, grouping claims through their persons' names. */
  public RoleMatcher() {
    this((claims, together) ->
        Clusters.byKey(claims, RoleClaim::person, NameKeys::samePerson, null, null));
  }

  /** A matcher that groups another way (the tests' all-pairs oracle). */
  RoleMatcher(Grouping<RoleClaim> grouping) {
    this.grouping = java.util.Objects.requireNonNull(grouping, "grouping");
  }

  @Override
  public List<Finding> match(List<RoleClaim> claims) {
    // claims name the bundle's people one way each; spellings of a name no person was found for
    // still join when they can be one person
    List<List<RoleClaim>> groups =
        grouping.groups(claims, (a, b) -> NameKeys.samePerson(a.person(), b.person()));
    List<Finding> out = new ArrayList<>();
    for (List<RoleClaim> g : groups) {
      out.add(finding(g));
    }
    return out;
  }

  private static Finding finding(List<RoleClaim> group) {
    String person = group.get(0).person();
    Set<String> articles = new LinkedHashSet<>();
    group.forEach(c -> articles.add(c.articleId()));
    List<Finding.RoleProblem> problems = new ArrayList<>();
    differing(group, "title", c -> Titles.office(c.role()), RoleClaim::role, problems);
    differing(group, "organisation", c -> c.organisation() == null ? null
        : Titles.organisation(c.organisation()), RoleClaim::organisation, problems);
    differing(group, "rank", c -> Titles.rank(c.rank()), RoleClaim::rank, problems);
    genders(group, problems);
    List<String> ids = group.stream().map(RoleClaim::id).toList();
    List<Finding.Written> written = new ArrayList<>();
    for (RoleClaim c : group) {
      written.add(new Finding.Written(c.text(), List.of(c.articleId())));
    }
    Finding.RolesGiven detail = new Finding.RolesGiven(person, group.get(0).role(),
        List.copyOf(articles), problems, written);
    Verdict verdict = !problems.isEmpty() ? Verdict.DISCREPANCY
        : articles.size() < 2 ? Verdict.UNIQUE : Verdict.AGREE;
    return new Finding(null, Kind.ROLE, verdict, null, person, ids, List.of(), detail);
  }

  /** Adds a problem when the claims' values of one aspect (canonical form) differ. */
  private static void differing(
      List<RoleClaim> group,
      String aspect,
      java.util.function.Function<RoleClaim, String> canonical,
      java.util.function.Function<RoleClaim, String> written,
      List<Finding.RoleProblem> problems) {
    Map<String, List<RoleClaim>> values = new LinkedHashMap<>();
    for (RoleClaim c : group) {
      String v = canonical.apply(c);
      if (v != null) {
        String key = values.keySet().stream().filter(k -> compatible(aspect, k, v)).findFirst()
            .orElse(v);
        values.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
      }
    }
    if (values.size() < 2) {
      return;
    }
    List<Finding.Written> parts = new ArrayList<>();
    for (List<RoleClaim> cs : values.values()) {
      parts.add(new Finding.Written(written.apply(cs.get(0)), articlesOf(cs)));
    }
    problems.add(new Finding.AspectConflict(aspect, parts));
  }

  private static boolean compatible(String aspect, String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    switch (aspect) {
      case "organisation":
        return Titles.sameOrganisation(a, b);
      case "rank": // "General" may shorten "Major General"
        return a.endsWith(" " + b) || b.endsWith(" " + a);
      default:
        return false;
    }
  }

  /** Adds a problem when gendered titles or an article's pronouns give the person two genders. */
  private static void genders(List<RoleClaim> group, List<Finding.RoleProblem> problems) {
    Map<String, List<Finding.Written>> said = new LinkedHashMap<>(); // gender -> who says it, how
    for (RoleClaim c : group) {
      String g = Titles.gender(c.role());
      if (g != null) {
        said.computeIfAbsent(g, k -> new ArrayList<>())
            .add(new Finding.Written(c.role(), List.of(c.articleId())));
      }
    }
    // each article's pronouns for the person, once an article
    Map<String, String> pronouns = new LinkedHashMap<>();
    for (RoleClaim c : group) {
      pronouns.putIfAbsent(c.articleId(), c.pronouns());
    }
    pronouns.forEach((a, g) -> {
      if (g != null) {
        said.computeIfAbsent(g, k -> new ArrayList<>())
            .add(new Finding.Written(g.equals("male") ? "he" : "she", List.of(a)));
      }
    });
    if (said.size() > 1) {
      Map<String, Set<String>> others = new LinkedHashMap<>(); // ungendered titles -> articles
      for (RoleClaim c : group) {
        if (c.role() != null && Titles.gender(c.role()) == null) {
          others.computeIfAbsent(c.role(), k -> new LinkedHashSet<>()).add(c.articleId());
        }
      }
      List<Finding.Written> ungendered = new ArrayList<>();
      others.forEach((t, arts) -> ungendered.add(new Finding.Written(t, List.copyOf(arts))));
      problems.add(new Finding.GenderConflict(said.getOrDefault("female", List.of()),
          said.getOrDefault("male", List.of()), ungendered));
    }
  }

  private static List<String> articlesOf(List<RoleClaim> claims) {
    Set<String> ids = new LinkedHashSet<>();
    claims.forEach(c -> ids.add(c.articleId()));
    return List.copyOf(ids);
  }
}
