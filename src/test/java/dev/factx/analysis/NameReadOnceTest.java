package dev.factx.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A name read once ({@link NameKeys.Name#of}) and compared by {@link NameKeys.Name#same} tells
 * exactly what {@link NameKeys#samePerson} tells of the two written names: the date matcher reads
 * each event's person once and compares the readings.
 */
class NameReadOnceTest {
  /** Name words of every kind words() reads: given names, surnames, initials, particles, odd. */
  private static final List<String> PARTS = List.of(
      "Dana", "Dan", "Daniel", "Danny", "Mike", "Michael", "Ito", "Itoh", "Ino", "Berg", "Burg",
      "Bergh", "Ruiz", "Ruis", "Zelensky", "Zelenskyy", "Зеленський", "Łukasz", "Lukasz", "Nowak",
      "M.", "M", "D.", "Jr.", "Jr", "III", "von", "der", "de", "al-Assad", "Ito's", "Berg's", "s",
      "'s", ".", "Kim", "Jong", "O'Neil", "ONeil", "McKee", "Mckee", "Ash", "Asher", "Anna", "Ana",
      "Ann", "Xu", "Wu", "Vu");
  private static final List<String> SPACES = List.of(" ", "  ", "\t", " \n ", "\u00a0", "\u2003");

  private static String name(Random r) {
    StringBuilder sb = new StringBuilder();
    if (r.nextInt(6) == 0) {
      sb.append(SPACES.get(r.nextInt(SPACES.size())));
    }
    int words = r.nextInt(5);
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        sb.append(SPACES.get(r.nextInt(SPACES.size())));
      }
      sb.append(PARTS.get(r.nextInt(PARTS.size())));
    }
    if (r.nextInt(6) == 0) {
      sb.append(SPACES.get(r.nextInt(SPACES.size())));
    }
    return sb.toString();
  }

  @Test
  void aNameReadOnceComparesAsTheWrittenNamesDo() {
    Random r = new Random(618);
    int same = 0;
    int different = 0;
    List<String> names = new ArrayList<>();
    for (int k = 0; k < 400; k++) {
      names.add(name(r));
    }
    names.addAll(List.of("", " ", "Dan Ito", "D. Ito", "Dana Ito", "Ito", "Ito's"));
    for (String a : names) {
      NameKeys.Name x = NameKeys.Name.of(a);
      for (String b : names) {
        boolean expected = NameKeys.samePerson(a, b);
        assertThat(x.same(NameKeys.Name.of(b))).as("%s / %s", a, b).isEqualTo(expected);
        if (expected) {
          same++;
        } else {
          different++;
        }
      }
    }
    // both answers occur often, so the comparison can fail either way
    assertThat(same).isGreaterThan(2_000);
    assertThat(different).isGreaterThan(2_000);
  }
}
