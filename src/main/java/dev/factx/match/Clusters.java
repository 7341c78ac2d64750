package dev.factx.match;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/** Complete-linkage grouping: an item joins the first group whose every member it goes with. */
final class Clusters {
  private Clusters() {}

  /** The groups of items, in order of first member; no chain joins items that do not go together. */
  static <T> List<List<T>> of(List<T> items, BiPredicate<T, T> together) {
    List<List<T>> groups = new ArrayList<>();
    for (T item : items) {
      List<T> home = null;
      for (List<T> g : groups) {
        if (g.stream().allMatch(o -> together.test(item, o))) {
          home = g;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(item);
    }
    return groups;
  }
}
