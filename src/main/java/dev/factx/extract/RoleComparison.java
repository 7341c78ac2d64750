package dev.factx.extract;

import dev.factx.analysis.Titles;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether two role claims of one person can both hold: the one comparison of roles that role
 * matching and {@code verify} both make.
 *
 * <p>Claims are compared within a slot of offices ({@code office-slots.txt}: politics, the
 * courts, prosecution, the press, family, ...): claims of different slots are {@link
 * Relation#APART} (a nominee who was once a prosecutor and later a judge holds three roles, none
 * against another). Within a slot, one office in other words is {@link Relation#SAME} ("Rep." and
 * "Representative", "spokesman" and "spokesperson", "(R-Ohio)" and "Republican of Ohio"); two
 * offices that can both be held are {@link Relation#COMPATIBLE} (a senator who is majority whip,
 * a party and any office, "former Governor" and "Senator"). They {@link Relation#CONFLICT} only
 * when two offices exclude each other at one time ({@code office-exclusive.txt}: governor and
 * senator, attorney general and deputy attorney general, then a district attorney and then an
 * assistant district attorney), when the parties or home states differ, or when one office is
 * given two organisations or two ranks. Offices at different times ("former", "late", "then",
 * "newly confirmed", a past "was a") never conflict.
 */
public final class RoleComparison {
  /** How two roles of one person stand. */
  public enum Relation {
    /** One office, in the same or other words. */
    SAME,
    /** Two offices that can both hold. */
    COMPATIBLE,
    /** They cannot both hold: the aspect says why. */
    CONFLICT,
    /** Roles of different slots, not compared. */
    APART
  }

  /**
   * A comparison's outcome.
   *
   * @param relation how the roles stand
   * @param aspects for a conflict, what differs, in this order: {@code party}, {@code state},
   *     {@code title}, {@code organisation}, {@code rank}; else empty
   */
  public record Result(Relation relation, List<String> aspects) {
    public Result {
      Objects.requireNonNull(relation, "relation");
      aspects = List.copyOf(aspects);
    }
  }

  private static final Result SAME = new Result(Relation.SAME, List.of());
  private static final Result COMPATIBLE = new Result(Relation.COMPATIBLE, List.of());
  private static final Result APART = new Result(Relation.APART, List.of());

  private RoleComparison() {}

  /**
   * The slot a claim is compared in: its office's ({@link Offices#slot}); a claim of a party or a
   * state alone ("Jo Park, a Democrat", "Tim Scott of South Carolina") is a claim of politics.
   */
  public static String slot(RoleClaim c) {
    if (c.office() != null) {
      return Offices.slot(c.office());
    }
    if (c.party() != null || c.jurisdiction() != null) {
      return "politics";
    }
    return c.role() == null ? "other" : "title:" + Titles.office(c.role());
  }

  /** How two role claims of one person stand. */
  public static Result compare(RoleClaim a, RoleClaim b) {
    if (!slot(a).equals(slot(b))) {
      return APART;
    }
    List<String> aspects = new ArrayList<>();
    if (a.party() != null && b.party() != null && !a.party().equals(b.party())) {
      aspects.add("party");
    }
    if (a.jurisdiction() != null && b.jurisdiction() != null
        && !a.jurisdiction().equals(b.jurisdiction()) && !family(a)) {
      aspects.add("state");
    }
    String x = a.office();
    String y = b.office();
    boolean same = x != null && x.equals(y);
    if (x != null && y != null && !same && Offices.exclusive(x, y) && sameTime(a, b)) {
      aspects.add("title");
    }
    if (same && !(family(a) && a.relativeTo() != null && b.relativeTo() != null
        && !a.relativeTo().equalsIgnoreCase(b.relativeTo()))) {
      if (sameTime(a, b) && a.organisation() != null && b.organisation() != null
          && !Titles.sameOrganisation(a.organisation(), b.organisation())
          && !stateOnly(a) && !stateOnly(b)) {
        aspects.add("organisation");
      }
      String r = a.rank() == null ? null : Titles.rank(a.rank());
      String s = b.rank() == null ? null : Titles.rank(b.rank());
      if (r != null && s != null && !r.equals(s) && !r.endsWith(" " + s)
          && !s.endsWith(" " + r)) {
        aspects.add("rank");
      }
    }
    if (!aspects.isEmpty()) {
      return new Result(Relation.CONFLICT, aspects);
    }
    // a party or a state with an office, or two offices that can both hold
    return same || (x == null && y == null) ? SAME : COMPATIBLE;
  }

  /** Whether two claims name the same office in the same way of holding it (verify's no change). */
  public static boolean same(RoleClaim a, RoleClaim b) {
    return compare(a, b).relation() == Relation.SAME && a.time().equals(b.time());
  }

  /** Whether both claims tell of one time: now, or the same "then" of the story. */
  private static boolean sameTime(RoleClaim a, RoleClaim b) {
    String t = a.time();
    return t.equals(b.time()) && (t.equals("now") || t.equals("then"));
  }

  private static boolean family(RoleClaim c) {
    return c.office() != null && Offices.family(c.office());
  }

  /** Whether a claim's organisation is only its state ("Vermont Gov."), compared as a state. */
  private static boolean stateOnly(RoleClaim c) {
    return c.jurisdiction() != null && Offices.state(c.organisation()) != null;
  }
}
