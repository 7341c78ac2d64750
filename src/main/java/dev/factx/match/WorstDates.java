package dev.factx.match;

import dev.factx.extract.DateClaim;
import dev.factx.extract.DateComparison;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The worst relation between the dates of two different articles in a group of date claims, as
 * comparing every such pair (the earlier claim first) gives it, in time that grows with the
 * claims times their distinct dates rather than with the pairs: {@link DateComparison#compare}
 * reads of a claim only its {@link DateComparison.Reads}, so claims with equal reads compare
 * alike, and each pair of distinct reads that some pair of claims of different articles makes
 * is compared once. A date finding of 10,000 articles can hold thousands of claims of a few
 * dates.
 */
final class WorstDates {
  /** Distinct reads beyond which the pairs of reads are no fewer than the pairs of claims. */
  private static final int MAX_READS = 2048;

  private WorstDates() {}

  /** The worst relation over the pairs of claims of different articles; SAME when none differ. */
  static Relation of(List<DateClaim> members) {
    Map<DateComparison.Reads, Integer> ids = new HashMap<>();
    List<DateClaim> first = new ArrayList<>(); // a claim of each distinct read
    int[] idOf = new int[members.size()];
    for (int i = 0; i < idOf.length; i++) {
      DateClaim c = members.get(i);
      DateComparison.Reads reads = DateComparison.reads(c);
      Integer id = ids.get(reads);
      if (id == null) {
        id = first.size();
        ids.put(reads, id);
        first.add(c);
      }
      idOf[i] = id;
    }
    int n = first.size();
    if (n > MAX_READS) {
      return allPairs(members);
    }
    // pair (s, t) is made when a claim of read t comes after one of read s of another article:
    // after one of s of another article than its own, or any of s once s has two articles
    BitSet made = new BitSet(n * n);
    String[] articleOf = new String[n]; // the article of each read's first claim
    boolean[] twoArticles = new boolean[n];
    int[] seen = new int[n]; // the reads met so far, in order
    int count = 0;
    for (int j = 0; j < idOf.length; j++) {
      int t = idOf[j];
      String b = members.get(j).articleId();
      for (int k = 0; k < count; k++) {
        int s = seen[k];
        if (twoArticles[s] || !articleOf[s].equals(b)) {
          made.set(s * n + t);
        }
      }
      if (articleOf[t] == null) {
        articleOf[t] = b;
        seen[count++] = t;
      } else if (!articleOf[t].equals(b)) {
        twoArticles[t] = true;
      }
    }
    Relation relation = Relation.SAME;
    for (int p = made.nextSetBit(0); p >= 0; p = made.nextSetBit(p + 1)) {
      relation = Relation.worse(relation, relation(first.get(p / n), first.get(p % n)));
    }
    return relation;
  }

  /** The same by comparing every pair of claims of different articles. */
  static Relation allPairs(List<DateClaim> members) {
    Relation relation = Relation.SAME;
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        DateClaim a = members.get(i);
        DateClaim b = members.get(j);
        if (a.articleId().equals(b.articleId())) {
          continue;
        }
        relation = Relation.worse(relation, relation(a, b));
      }
    }
    return relation;
  }

  private static Relation relation(DateClaim a, DateClaim b) {
    DateComparison.Result r = DateComparison.compare(a, b);
    if (r == null) {
      return Relation.SAME;
    }
    switch (r.relation()) {
      case CONFLICT:
        return Relation.CONFLICT;
      case DIFFERS:
        return Relation.DIFFERS;
      default:
        return Relation.SAME;
    }
  }
}
