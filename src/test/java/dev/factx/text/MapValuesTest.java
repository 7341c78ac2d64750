package dev.factx.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MapValuesTest {
  @Test
  void eachKeyGetsANewCollectionOfItsOwn() {
    Map<String, List<Integer>> lists = new HashMap<>();
    lists.computeIfAbsent("a", MapValues.list()).add(1);
    lists.computeIfAbsent("b", MapValues.list()).add(2);
    lists.computeIfAbsent("a", MapValues.list()).add(3);
    assertThat(lists).containsEntry("a", List.of(1, 3)).containsEntry("b", List.of(2));
    assertThat(lists.get("a")).isInstanceOf(ArrayList.class);

    Map<String, Set<String>> sets = new HashMap<>();
    sets.computeIfAbsent("a", MapValues.set()).add("x");
    sets.computeIfAbsent("a", MapValues.set()).add("x");
    sets.computeIfAbsent("b", MapValues.set()).add("y");
    assertThat(sets.get("a")).isInstanceOf(HashSet.class).containsExactly("x");
    assertThat(sets.get("b")).containsExactly("y");

    Map<String, Set<String>> ordered = new HashMap<>();
    for (String w : List.of("c", "a", "b", "a")) {
      ordered.computeIfAbsent("k", MapValues.linkedSet()).add(w);
    }
    assertThat(ordered.get("k")).isInstanceOf(LinkedHashSet.class).containsExactly("c", "a", "b");

    Map<String, Map<String, Integer>> maps = new HashMap<>();
    maps.computeIfAbsent("k", MapValues.map()).put("x", 1);
    maps.computeIfAbsent("l", MapValues.linkedMap()).put("z", 2);
    maps.computeIfAbsent("l", MapValues.linkedMap()).put("y", 3);
    assertThat(maps.get("k")).isInstanceOf(HashMap.class).containsEntry("x", 1);
    assertThat(maps.get("l")).isInstanceOf(LinkedHashMap.class);
    assertThat(maps.get("l").keySet()).containsExactly("z", "y");
    assertThat(maps.get("k")).isNotSameAs(maps.get("l"));
  }

  @Test
  void countsAndTheMostCountedKey() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    assertThat(MapValues.mostCounted(counts)).isNull();
    for (String w : List.of("b", "a", "b", "c", "a")) {
      MapValues.count(counts, w);
    }
    assertThat(counts).containsExactly(Map.entry("b", 2), Map.entry("a", 2), Map.entry("c", 1));
    assertThat(MapValues.mostCounted(counts)).isEqualTo("b"); // the first of a tie
    MapValues.count(counts, "c");
    MapValues.count(counts, "c");
    assertThat(MapValues.mostCounted(counts)).isEqualTo("c");
  }

  /** The key the stream's max picks, for any counts in any order. */
  @Property(tries = 500)
  void mostCountedIsTheStreamsMax(
      @ForAll @Size(max = 12) List<@IntRange(min = 1, max = 4) Integer> values) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      counts.put("k" + i, values.get(i));
    }
    String expected = counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
    assertThat(MapValues.mostCounted(counts)).isEqualTo(expected);
  }
}
