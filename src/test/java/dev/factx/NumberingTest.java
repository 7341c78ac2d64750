package dev.factx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.extract.Kind;
import dev.factx.match.Finding;
import dev.factx.match.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Findings are ordered by verdict, kind and first claim, and numbered in that order. */
class NumberingTest {
  /** The order as it was written first: a comparator that reads each finding's claims anew. */
  private static List<Finding> byComparator(List<Finding> findings, Map<String, Integer> place) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparing((Finding f) -> f.verdict().ordinal())
        .thenComparing(f -> f.kind().ordinal())
        .thenComparing(f -> f.claims().stream()
            .mapToInt(c -> place.getOrDefault(c, Integer.MAX_VALUE)).min().orElse(0)));
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      out.add(sorted.get(i).withId("f" + (i + 1)));
    }
    return out;
  }

  private static Finding finding(String subject, Kind kind, Verdict verdict, List<String> claims) {
    return new Finding(null, kind, verdict, null, subject, claims, List.of(),
        new Finding.QuoteCarried(List.of()));
  }

  @Test
  void theOrderIsTheComparatorsOnRandomFindings() {
    Random random = new Random(18);
    for (int round = 0; round < 300; round++) {
      int claims = 1 + random.nextInt(40);
      Map<String, Integer> place = new HashMap<>();
      for (int i = 0; i < claims; i++) {
        // places as the claim list gives them, and some far out (negative ones too)
        place.put("c" + i, random.nextInt(10) == 0 ? random.nextInt() : i);
      }
      List<Finding> findings = new ArrayList<>();
      int n = random.nextInt(30);
      for (int f = 0; f < n; f++) {
        List<String> of = new ArrayList<>();
        int k = 1 + random.nextInt(4);
        for (int j = 0; j < k; j++) {
          // now and then a claim the list does not hold: it sorts last
          of.add(random.nextInt(8) == 0 ? "gone" + j : "c" + random.nextInt(claims));
        }
        findings.add(finding("s" + f, Kind.values()[random.nextInt(Kind.values().length)],
            Verdict.values()[random.nextInt(Verdict.values().length)], of));
      }
      assertThat(CrossReferencer.number(findings, place))
          .as("round %d", round)
          .isEqualTo(byComparator(findings, place));
    }
  }

  @Test
  void equalKeysKeepTheMatchersOrder() {
    List<Finding> findings = List.of(
        finding("first", Kind.DATE, Verdict.AGREE, List.of("c1")),
        finding("second", Kind.DATE, Verdict.AGREE, List.of("c1")),
        finding("third", Kind.QUOTE, Verdict.AGREE, List.of("c9")));
    List<Finding> numbered = CrossReferencer.number(findings, Map.of("c1", 1, "c9", 9));
    assertThat(numbered).extracting(Finding::subject).containsExactly("third", "first", "second");
    assertThat(numbered).extracting(Finding::id).containsExactly("f1", "f2", "f3");
  }

  @Test
  void theKeyOrdersAsItsPartsDo() {
    int[] places = {Integer.MIN_VALUE, -5, -1, 0, 1, 7, Integer.MAX_VALUE - 1, Integer.MAX_VALUE};
    for (int v = 0; v < 3; v++) {
      for (int k = 0; k < 4; k++) {
        for (int i = 0; i + 1 < places.length; i++) {
          assertThat(CrossReferencer.sortKey(v, k, places[i]))
              .isLessThan(CrossReferencer.sortKey(v, k, places[i + 1]));
        }
        assertThat(CrossReferencer.sortKey(v, k, Integer.MAX_VALUE))
            .isLessThan(CrossReferencer.sortKey(v, k + 1, Integer.MIN_VALUE));
      }
      assertThat(CrossReferencer.sortKey(v, 9, Integer.MAX_VALUE))
          .isLessThan(CrossReferencer.sortKey(v + 1, 0, Integer.MIN_VALUE));
    }
  }
}
