package dev.factx.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.extract.Counted;
import dev.factx.extract.NumericClaim;
import dev.factx.text.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A figure read once ({@link FigureRelation.Figure}, its interval kept after the first
 * comparison) relates to every other as its claim does when read afresh for each comparison: the
 * figure matcher compares each value of a group with all the others through one figure apiece.
 */
class FigureReadOnceTest {
  private static final List<String> QUALIFIERS = List.of("exact", "about", "at-least",
      "more-than", "less-than", "up-to", "range", "score", "ordinal");
  private static final List<String> MEASURES = List.of("count", "age", "time");
  private static final List<String> NOUNS = List.of("day", "week", "year", "hour", "people");

  private static NumericClaim claim(Random r, int k) {
    String q = QUALIFIERS.get(r.nextInt(QUALIFIERS.size()));
    BigDecimal v = value(r);
    BigDecimal w = v.add(value(r)).add(BigDecimal.ONE);
    // bounds as the extractor sets them for each qualifier
    BigDecimal lo;
    BigDecimal hi;
    switch (q) {
      case "about", "range" -> {
        lo = v;
        hi = w;
      }
      case "at-least", "more-than" -> {
        lo = v;
        hi = r.nextBoolean() ? null : w;
      }
      case "up-to", "less-than" -> {
        lo = r.nextBoolean() ? null : v;
        hi = w;
      }
      default -> {
        lo = v;
        hi = v;
      }
    }
    Counted counted = r.nextInt(4) == 0 ? null : new Counted(
        MEASURES.get(r.nextInt(MEASURES.size())), NOUNS.get(r.nextInt(NOUNS.size())), null, null,
        null, null, null, null);
    return new NumericClaim("a" + k + ":n1", "a" + k, new Span(0, 1), "x", lo, hi, q, null,
        null, null, null, null, counted);
  }

  /** Round and exact values alike, so that widening by the rounding unit is met. */
  private static BigDecimal value(Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> BigDecimal.valueOf(r.nextInt(60));
      case 1 -> BigDecimal.valueOf((1 + r.nextInt(9)) * 1000L);
      case 2 -> BigDecimal.valueOf(r.nextInt(5000) * 10L + r.nextInt(3) * 5);
      default -> new BigDecimal(r.nextInt(100) + "." + r.nextInt(10));
    };
  }

  @Test
  void aFigureReadOnceRelatesAsItsClaimDoes() {
    Random r = new Random(750);
    List<NumericClaim> claims = new ArrayList<>();
    for (int k = 0; k < 300; k++) {
      claims.add(claim(r, k));
    }
    List<FigureRelation.Figure> figures = new ArrayList<>();
    claims.forEach(c -> figures.add(new FigureRelation.Figure(c)));
    int[] seen = new int[Relation.values().length];
    // every figure is compared many times, first or second, after its interval is kept
    for (int a = 0; a < claims.size(); a++) {
      for (int b = 0; b < claims.size(); b++) {
        Relation fresh = FigureRelation.of(claims.get(a), claims.get(b));
        assertThat(FigureRelation.of(figures.get(a), figures.get(b)))
            .as("%s / %s", claims.get(a), claims.get(b)).isEqualTo(fresh);
        seen[fresh.ordinal()]++;
      }
    }
    // all three relations occur, so the comparison can fail
    for (int n : seen) {
      assertThat(n).isGreaterThan(1_000);
    }
  }
}
