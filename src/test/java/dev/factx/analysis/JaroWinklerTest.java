package dev.factx.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.bench.MadeUpNames;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

/**
 * {@link JaroWinkler} gives the very score Commons Text's {@code JaroWinklerSimilarity} gives (the
 * same double, not a close one), so that replacing it moves no name across a threshold.
 */
class JaroWinklerTest {
  private static final JaroWinklerSimilarity COMMONS = new JaroWinklerSimilarity();

  @Test
  void sameScoreAsCommonsTextOnGeneratedPairs() {
    Random r = new Random(18);
    int high = 0;
    for (int k = 0; k < 200_000; k++) {
      String x = SurnameBlockTest.word(r, r.nextInt(14), 2 + r.nextInt(10));
      String y = r.nextInt(3) == 0 ? SurnameBlockTest.word(r, r.nextInt(14), 2 + r.nextInt(10))
          : SurnameBlockTest.edited(r, x);
      double expected = COMMONS.apply(x, y);
      assertThat(JaroWinkler.similarity(x, y)).as("%s ~ %s", x, y).isEqualTo(expected);
      assertThat(JaroWinkler.similarity(y, x)).as("%s ~ %s", y, x)
          .isEqualTo(COMMONS.apply(y, x));
      if (expected >= NameKeys.SURNAME_SIMILARITY && !x.equals(y)) {
        high++;
      }
    }
    // pairs near the thresholds names are judged by, not only far-apart ones
    assertThat(high).isGreaterThan(5_000);
  }

  @Test
  void sameScoreAsCommonsTextOnMadeUpNames() {
    for (int i = 0; i < 2_000; i++) {
      String x = MadeUpNames.surname(i).toLowerCase(Locale.ROOT);
      for (int d = 1; d <= 40; d++) {
        String y = MadeUpNames.surname(i + d).toLowerCase(Locale.ROOT);
        assertThat(JaroWinkler.similarity(x, y)).as("%s ~ %s", x, y)
            .isEqualTo(COMMONS.apply(x, y));
      }
    }
  }

  @Test
  void edgeCasesAsCommonsText() {
    String[][] pairs = {{"", ""}, {"", "a"}, {"a", ""}, {"a", "a"}, {"ab", "ba"},
      {"martha", "marhta"}, {"dwayne", "duane"}, {"dixon", "dicksonx"}, {"zelensky", "zelenskyy"},
      {"\u0437\u0435\u043b\u0435\u043d", "zelen"}, {"e\u0301", "e"}, {"\uD83D\uDE00a", "a"}};
    for (String[] p : pairs) {
      assertThat(JaroWinkler.similarity(p[0], p[1])).as("%s ~ %s", p[0], p[1])
          .isEqualTo(COMMONS.apply(p[0], p[1]));
    }
  }
}
