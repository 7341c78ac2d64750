package dev.factx.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.text.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two claims with equal {@link DateComparison#reads} compare alike with any third: the date
 * matcher compares one date of each distinct read when it asks whether two groups agree.
 */
class DateReadsTest {
  private static final LocalDate BASE = LocalDate.of(2025, 3, 3);

  private static DateClaim claim(Random r, int i) {
    LocalDate low = r.nextInt(8) == 0 ? null : BASE.plusDays(r.nextInt(4) * 9L);
    LocalDate high = low == null ? (r.nextInt(6) == 0 ? null : BASE.plusDays(r.nextInt(40)))
        : low.plusDays(r.nextInt(3) * 5L);
    DatePrecision p = DatePrecision.values()[r.nextInt(DatePrecision.values().length)];
    DateShape shape = DateShape.values()[r.nextInt(DateShape.values().length)];
    LocalDate anchor = r.nextBoolean() ? null : BASE.plusDays(r.nextInt(2));
    DateResolution res = DateResolution.values()[r.nextInt(DateResolution.values().length)];
    DateEvent e = r.nextInt(3) == 0 ? null : event(r);
    String article = "a" + r.nextInt(5);
    return new DateClaim(article + ":d" + i, article, new Span(i, i + 1), "on a day", low, high,
        anchor, r.nextBoolean(), e, p, shape, res);
  }

  private static DateEvent event(Random r) {
    Tense t = Tense.values()[r.nextInt(Tense.values().length)];
    return new DateEvent(r.nextBoolean() ? "the board" : "Dana Ito",
        r.nextBoolean() ? "met" : "said", "met", r.nextBoolean() ? null : "Dana Ito",
        Set.of("board"))
        .timed(t, r.nextInt(6) == 0);
  }

  /** The claim with everything compare does not read changed: ids, text, its event's words. */
  private static DateClaim elsewhere(DateClaim c, Random r) {
    DateEvent e = c.event() == null ? (c.resolved() && r.nextBoolean()
        ? new DateEvent("someone", "went", "went", null, Set.of()) : null)
        : new DateEvent("another", "left", "left", "Ana Ruiz", Set.of("other"))
            .timed(c.event().tense(), c.event().rescheduled());
    if (e != null && c.event() == null) {
      e = e.timed(Tense.PAST, false); // no move and no future: what an absent event reads as
    }
    return new DateClaim("z:d9", "z", new Span(40, 50), "some other words", c.low(), c.high(),
        c.anchor(), !c.relative(), e, c.precision(), c.shape(), c.resolution());
  }

  @Test
  void equalReadsCompareAlike() {
    Random r = new Random(866);
    List<DateClaim> claims = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      claims.add(claim(r, i));
    }
    int same = 0;
    int other = 0;
    for (DateClaim a : claims) {
      DateClaim a2 = elsewhere(a, r);
      assertThat(DateComparison.reads(a2)).isEqualTo(DateComparison.reads(a));
      for (DateClaim b : claims) {
        DateComparison.Result x = DateComparison.compare(a, b);
        assertThat(DateComparison.compare(a2, b)).as("%s / %s", a, b).isEqualTo(x);
        assertThat(DateComparison.compare(b, a2)).isEqualTo(DateComparison.compare(b, a));
        if (DateComparison.same(a, b)) {
          same++;
        } else {
          other++;
        }
      }
    }
    assertThat(same).isGreaterThan(2_000);
    assertThat(other).isGreaterThan(2_000);
  }
}
