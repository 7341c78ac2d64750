package dev.factx.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.extract.DateClaim;
import dev.factx.extract.DateEvent;
import dev.factx.extract.DatePrecision;
import dev.factx.extract.DateResolution;
import dev.factx.extract.DateShape;
import dev.factx.extract.Tense;
import dev.factx.text.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorstDatesTest {
  private static final LocalDate BASE = LocalDate.of(2025, 3, 3);

  /** A random claim; a round's claims are a few of these in several articles. */
  private static DateClaim claim(Random r, int i, int articles) {
    LocalDate low = r.nextInt(8) == 0 ? null : BASE.plusDays(r.nextInt(3) * 9L);
    LocalDate high = low == null ? BASE.plusDays(r.nextInt(40)) : low.plusDays(r.nextInt(2) * 5L);
    DatePrecision p = DatePrecision.values()[r.nextInt(DatePrecision.values().length)];
    DateShape shape = DateShape.values()[r.nextInt(DateShape.values().length)];
    LocalDate anchor = r.nextBoolean() ? null : BASE.plusDays(r.nextInt(2));
    DateResolution res = r.nextBoolean() ? DateResolution.EXPLICIT : DateResolution.HEADER_FUTURE;
    DateEvent e = r.nextInt(3) == 0 ? null
        : new DateEvent("the board", "met", "met", null, Set.of("board"))
            .timed(r.nextBoolean() ? Tense.FUTURE : Tense.PAST, r.nextInt(6) == 0);
    String article = "a" + r.nextInt(articles);
    return new DateClaim(article + ":d" + i, article, new Span(i, i + 1), "on a day", low, high,
        anchor, false, e, p, shape, res);
  }

  @Test
  void worstRelationIsThatOfEveryPairOfClaimsOfDifferentArticles() {
    Random r = new Random(18);
    EnumSet<Relation> seen = EnumSet.noneOf(Relation.class);
    for (int round = 0; round < 3000; round++) {
      int n = 1 + r.nextInt(12);
      int articles = 1 + r.nextInt(4);
      // a few distinct dates, each told in several articles: reads repeat across articles
      List<DateClaim> dates = new ArrayList<>();
      for (int i = 1 + r.nextInt(3); i > 0; i--) {
        dates.add(claim(r, i, articles));
      }
      List<DateClaim> members = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        DateClaim d = dates.get(r.nextInt(dates.size()));
        String article = "a" + r.nextInt(articles);
        members.add(new DateClaim(article + ":d" + i, article, new Span(i, i + 1), d.text(),
            d.low(), d.high(), d.anchor(), d.relative(), d.event(), d.precision(), d.shape(),
            d.resolution()));
      }
      Relation expected = WorstDates.allPairs(members);
      assertThat(WorstDates.of(members)).as("round " + round).isEqualTo(expected);
      seen.add(expected);
    }
    // the rounds make every outcome, so the equality above is tested for each
    assertThat(seen).containsExactlyInAnyOrder(Relation.values());
  }

  @Test
  void claimsOfOneArticleAreNotCompared() {
    DateClaim a = new DateClaim("x:d1", "x", new Span(0, 1), "on Monday", BASE, BASE, null,
        false, null);
    DateClaim b = new DateClaim("x:d2", "x", new Span(2, 3), "on Friday", BASE.plusDays(4),
        BASE.plusDays(4), null, false, null);
    DateClaim c = new DateClaim("y:d1", "y", new Span(0, 1), "on Monday", BASE, BASE, null,
        false, null);
    assertThat(WorstDates.of(List.of(a, b))).isEqualTo(Relation.SAME);
    assertThat(WorstDates.of(List.of(a, b, c))).isEqualTo(Relation.CONFLICT);
    assertThat(WorstDates.of(List.of(a, c))).isEqualTo(Relation.SAME);
  }
}
