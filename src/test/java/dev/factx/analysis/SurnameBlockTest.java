package dev.factx.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link People#mayBeClose} only passes over surnames that {@link NameKeys#closeSurnames} would
 * refuse: it is a shortcut, never a second rule.
 */
class SurnameBlockTest {
  @Test
  void neverRefusesACloseSurname() {
    Random r = new Random(18);
    int close = 0;
    int passedOver = 0;
    for (int k = 0; k < 300_000; k++) {
      String x = word(r, 3 + r.nextInt(12), 2 + r.nextInt(10));
      String y = r.nextInt(4) == 0 ? word(r, 3 + r.nextInt(12), 2 + r.nextInt(10)) : edited(r, x);
      if (y.isEmpty() || y.charAt(0) != x.charAt(0)) {
        y = x.charAt(0) + y;
      }
      boolean closeNames = NameKeys.closeSurnames(x, y);
      boolean may = People.mayBeClose(x, People.letters(x), y, People.letters(y));
      if (closeNames) {
        close++;
        assertThat(may).as("%s ~ %s", x, y).isTrue();
      } else if (!may) {
        passedOver++;
      }
    }
    // the generated pairs hold both kinds, so the test can fail and the shortcut does work
    assertThat(close).isGreaterThan(10_000);
    assertThat(passedOver).isGreaterThan(10_000);
  }

  /** Letters counted once when a surname is filed give what counting them at each test gives. */
  @Test
  void lettersCountedOnceTellAsCountedEachTime() {
    Random r = new Random(426);
    int[] scratch = new int[26];
    int may = 0;
    int not = 0;
    for (int k = 0; k < 200_000; k++) {
      String x = word(r, 2 + r.nextInt(12), 2 + r.nextInt(10));
      String y = r.nextInt(3) == 0 ? word(r, 2 + r.nextInt(12), 2 + r.nextInt(10)) : edited(r, x);
      if (r.nextInt(10) == 0) {
        y = y + (r.nextBoolean() ? "é" : "-"); // not letters a to z: left to the full test
      }
      if (r.nextInt(20) == 0) {
        x = "ø" + x;
      }
      boolean counted = People.mayBeClose(x, People.letters(x), y, People.letters(y));
      assertThat(counted).as("%s ~ %s", x, y)
          .isEqualTo(countedEachTime(x, People.letters(x), y, scratch));
      if (counted) {
        may++;
      } else {
        not++;
      }
    }
    assertThat(may).isGreaterThan(10_000);
    assertThat(not).isGreaterThan(10_000);
  }

  /**
   * The test as it was before letters were counted when filed: {@code y}'s counted into {@code
   * scratch} at each call (the oracle of {@link #lettersCountedOnceTellAsCountedEachTime}).
   */
  private static boolean countedEachTime(String x, int[] lettersOfX, String y, int[] scratch) {
    if (lettersOfX == null) {
      return true;
    }
    java.util.Arrays.fill(scratch, 0);
    for (int i = 0; i < y.length(); i++) {
      int c = y.charAt(i) - 'a';
      if (c < 0 || c >= 26) {
        return true; // not letters a to z: the full test decides
      }
      scratch[c]++;
    }
    return People.mayBeClose(x, lettersOfX, y, scratch);
  }

  static String word(Random r, int length, int alphabet) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append((char) ('a' + r.nextInt(alphabet)));
    }
    return sb.toString();
  }

  /** One to three letters replaced, dropped, added or swapped with the next. */
  static String edited(Random r, String x) {
    StringBuilder sb = new StringBuilder(x);
    int edits = 1 + r.nextInt(3);
    for (int e = 0; e < edits && sb.length() > 1; e++) {
      int at = 1 + r.nextInt(sb.length() - 1);
      switch (r.nextInt(4)) {
        case 0 -> sb.setCharAt(at, (char) ('a' + r.nextInt(26)));
        case 1 -> sb.deleteCharAt(at);
        case 2 -> sb.insert(at, (char) ('a' + r.nextInt(26)));
        default -> {
          if (at + 1 < sb.length()) {
            char c = sb.charAt(at);
            sb.setCharAt(at, sb.charAt(at + 1));
            sb.setCharAt(at + 1, c);
          }
        }
      }
    }
    return sb.toString();
  }
}
