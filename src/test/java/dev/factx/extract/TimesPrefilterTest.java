package dev.factx.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.analysis.Token;
import dev.factx.analysis.Tokenizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A count of times read at a token knowing where the sentence's last "times" stands ({@link
 * NumberExtractor#lastTimes}) is what it is read without knowing it: a number's "times" follows
 * it, so the parser does not look for an amount where none can be counted.
 */
class TimesPrefilterTest {
  private static final List<String> WORDS = List.of("times", "Times", "TIMES", "twice",
      "Twice", "thrice", "three", "several", "a", "dozen", "hundred", "3", "12", "1", "1.5",
      "$", "%", "percent", "more", "the", "as", "visited", "was", "been", "arrested", "he", "city",
      "-", "and", "times-", "timesheet", ",", ".", "per", "cent", "fined", "tried", "twenty",
      "one", "scores", "of", "dozens", "over", "that");

  private static List<Token> tokens(String s) {
    var t = Tokenizer.tokenize(s);
    return t.range(0, t.size());
  }

  @Test
  void theLastTimesTellsOnlyWhereNoCountCanBe() {
    Random r = new Random(484);
    int counts = 0;
    int skipped = 0;
    for (int k = 0; k < 3_000; k++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + r.nextInt(14);
      for (int w = 0; w < n; w++) {
        sb.append(w == 0 ? "" : r.nextInt(5) == 0 ? "" : " ")
            .append(WORDS.get(r.nextInt(WORDS.size())));
      }
      List<Token> t = tokens(sb.toString());
      int last = NumberExtractor.lastTimes(t);
      for (int i = 0; i < t.size(); i++) {
        NumberExtractor.Parsed fast = NumberExtractor.times(t, i, last);
        NumberExtractor.Parsed full = NumberExtractor.times(t, i, Integer.MAX_VALUE);
        assertThat(describe(fast)).as("%s at %d", sb, i).isEqualTo(describe(full));
        if (full != null) {
          counts++;
        }
        if (last <= i) {
          skipped++;
        }
      }
    }
    // counts are read, and many places are passed over, so the test can fail either way
    assertThat(counts).isGreaterThan(300);
    assertThat(skipped).isGreaterThan(3_000);
  }

  private static String describe(NumberExtractor.Parsed p) {
    return p == null ? "none" : p.start + ".." + p.end + " " + p.low + "-" + p.high + " "
        + p.qualifier + " " + p.figure + " " + p.noun + " " + p.unit + " " + p.verb;
  }
}
