package dev.factx.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.bench.MadeUpNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SurnameIndex#same} gives exactly the filed surnames that {@link NameKeys#sameSurname}
 * accepts, the looked-up one asked first, as scoring every filed surname would.
 */
class SurnameIndexTest {
  @Test
  void findsWhatScoringEverySurnameFinds() {
    Random r = new Random(18);
    List<String> filed = new ArrayList<>();
    for (int i = 0; i < 1_500; i++) {
      filed.add(NameKeys.fold(MadeUpNames.surname(i)));
    }
    for (int i = 0; i < 500; i++) {
      filed.add(edited(r, filed.get(r.nextInt(filed.size()))));
    }
    filed.addAll(List.of("", "zelensky", "zelenskyy", "zelenskiy", "o'neil", "oneill", "x"));
    SurnameIndex index = new SurnameIndex();
    filed.forEach(index::add);
    filed.forEach(index::add); // filing again changes nothing
    int close = 0;
    List<String> asked = new ArrayList<>(filed);
    asked.addAll(List.of("zelenskyi", "barlasonn", "nobody", "o'neal"));
    for (String key : asked) {
      List<String> expected = new ArrayList<>();
      for (String other : new HashSet<>(filed)) {
        if (NameKeys.sameSurname(key, other)) {
          expected.add(other);
        }
      }
      List<String> found = index.same(key);
      assertThat(found).as(key).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(expected);
      close += found.size() - (found.contains(key) ? 1 : 0);
    }
    assertThat(close).isGreaterThan(1_000); // close surnames among them, not only equal ones
    assertThat(index.same("zelensky")).contains("zelenskyy", "zelenskiy");
    assertThat(index.same("")).containsExactly("");
  }

  /** One or two letters replaced, dropped or added after the first. */
  private static String edited(Random r, String x) {
    StringBuilder sb = new StringBuilder(x);
    for (int e = 0; e < 1 + r.nextInt(2) && sb.length() > 2; e++) {
      int at = 1 + r.nextInt(sb.length() - 1);
      switch (r.nextInt(3)) {
        case 0 -> sb.setCharAt(at, (char) ('a' + r.nextInt(26)));
        case 1 -> sb.deleteCharAt(at);
        default -> sb.insert(at, (char) ('a' + r.nextInt(26)));
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
