package dev.factx.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.analysis.WordList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerbsTest {
  @Test
  void regularFormsAreMadeByRule() {
    assertThat(Verbs.forms("walk")).containsExactlyInAnyOrder("walk", "walks", "walked", "walking");
    assertThat(Verbs.forms("plan")).contains("planned", "planning", "plans");
    assertThat(Verbs.forms("close")).contains("closed", "closing", "closes");
    assertThat(Verbs.forms("testify")).contains("testifies", "testified", "testifying");
    assertThat(Verbs.forms("tie")).contains("tying", "tied");
    assertThat(Verbs.forms("push")).contains("pushes");
    assertThat(Verbs.forms("Walk")).contains("walked"); // the base is read lower case
  }

  @Test
  void irregularFormsComeFromTheList() {
    assertThat(Verbs.forms("say")).contains("said", "says", "saying");
    assertThat(Verbs.forms("take")).contains("took", "taken");
    assertThat(Verbs.irregularBase("took")).isEqualTo("take");
    assertThat(Verbs.isPast("taken")).isTrue();
    assertThat(Verbs.isPast("take")).isFalse();
  }

  /**
   * The irregular forms of every base are those the list gives it (a form on two lines belongs to
   * the first), found by reading the whole list for each base.
   */
  @Test
  void everyBaseGetsExactlyTheIrregularFormsTheListGivesIt() {
    List<List<String>> groups = WordList.load("verb-forms").groups();
    Map<String, String> firstBase = new HashMap<>();
    for (List<String> g : groups) {
      for (String f : g) {
        firstBase.putIfAbsent(f, g.get(0));
      }
    }
    Set<String> bases = new HashSet<>();
    groups.forEach(g -> bases.add(g.get(0)));
    bases.add("walk"); // a base with no irregular form
    assertThat(bases).hasSizeGreaterThan(50);
    for (String base : bases) {
      Set<String> irregular = new HashSet<>();
      firstBase.forEach((form, b) -> {
        if (b.equals(base)) {
          irregular.add(form);
        }
      });
      Set<String> regular = new HashSet<>(Verbs.forms(base));
      assertThat(regular).as(base).containsAll(irregular);
      // what forms() adds beyond the irregular forms is the rule's, the same for any base
      regular.removeAll(irregular);
      for (String f : regular) {
        assertThat(f.equals(base) || f.startsWith(base.substring(0, Math.max(1, base.length() - 2))))
            .as(base + " -> " + f).isTrue();
      }
      for (String f : irregular) {
        assertThat(Verbs.irregularBase(f)).as(f).isEqualTo(base);
      }
    }
  }
}
