package dev.factx.match;

import dev.factx.extract.RoleClaim;
import dev.factx.match.QuoteForm.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The plain, slow forms of the matchers' indexed searches, for tests: every pair of sentences or
 * items compared. The matchers must find with their indexes exactly what these find.
 */
public final class Oracles {
  private Oracles() {}

  /** The quote matcher comparing every pair of sentences. */
  public static QuoteMatcher quotesComparingAllPairs() {
    return new QuoteMatcher(Oracles::allPairs);
  }

  /** The date matcher testing every claim against every member of a group. */
  public static DateMatcher datesComparingAllPairs(List<RoleClaim> roles) {
    return new DateMatcher(roles, Oracles::completeLinkage);
  }

  /** The role matcher testing every claim against every member of a group. */
  public static RoleMatcher rolesComparingAllPairs() {
    return new RoleMatcher(Oracles::completeLinkage);
  }

  /**
   * Plain complete linkage: an item joins the first group whose every member it goes with; in
   * order of first member.
   */
  static <T> List<List<T>> completeLinkage(List<T> items, BiPredicate<T, T> together) {
    List<List<T>> groups = new ArrayList<>();
    for (T item : items) {
      List<T> home = null;
      for (List<T> g : groups) {
        if (g.stream().allMatch(o -> together.test(item, o))) {
          home = g;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(item);
    }
    return groups;
  }

  /** Every pair of sentences that matches, offered best first, then by first and second. */
  private static void allPairs(List<QuoteForm> forms, List<Unit> units, List<Set<String>> pairs,
      Map<String, Integer> spread, QuoteMatcher.Groups groups) {
    List<double[]> accepted = new ArrayList<>();
    for (int a = 0; a < units.size(); a++) {
      for (int b = a + 1; b < units.size(); b++) {
        consider(forms, units, pairs, spread, a, b, accepted);
      }
    }
    accepted.sort(Comparator.comparingDouble((double[] p) -> -p[0])
        .thenComparingDouble(p -> p[1])
        .thenComparingDouble(p -> p[2]));
    for (double[] p : accepted) {
      groups.join((int) p[1], (int) p[2]);
    }
  }

  /** Adds {@code {score, a, b}} to accepted when sentences a and b match. */
  private static void consider(List<QuoteForm> forms, List<Unit> units,
      List<Set<String>> pairs, Map<String, Integer> spread, int a, int b,
      List<double[]> accepted) {
    Unit ua = units.get(a);
    Unit ub = units.get(b);
    QuoteForm fa = forms.get(ua.form());
    QuoteForm fb = forms.get(ub.form());
    boolean ia = fa.quote().indirect();
    boolean ib = fb.quote().indirect();
    if (ua.form() == ub.form() || ia && ib) {
      return;
    }
    if ((ia || ib) && (fa.speaker() == null || !fa.speaker().equals(fb.speaker()))) {
      return;
    }
    boolean shared = false;
    for (String key : pairs.get(a)) {
      if (pairs.get(b).contains(key)) { // the index's window on common pairs aside
        shared = true;
        break;
      }
    }
    if (!shared) {
      return;
    }
    double s = Similarity.DEFAULT.score(ua.content(), ub.content());
    if (s >= (ia || ib ? QuoteMatcher.PARAPHRASE : QuoteMatcher.MATCH)
        && QuoteMatcher.covers(ua, ub)) {
      accepted.add(new double[] {s, a, b});
    }
  }
}
