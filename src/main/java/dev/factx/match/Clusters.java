package dev.factx.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Complete-linkage grouping through keys: an item joins the first group whose every member it
 * goes with, each pair of keys tested once.
 */
final class Clusters {
  private Clusters() {}

  /**
   * The groups complete linkage gives (an item joins the first group whose every member it goes
   * with) with the test {@code together(key(a), key(b)) && (site(a)
   * differs from site(b) || sameSite(a, b))}, found in time that grows with the number of items
   * times the number of groups: each group is compared through its distinct keys, each pair of
   * keys is tested once, and only members of the item's own site are tested one by one.
   *
   * @param site where an item comes from (its article), or null when sites do not matter
   * @param sameSite the further test for two items of one site
   */
  static <T, K> List<List<T>> byKey(
      List<T> items,
      Function<T, K> key,
      BiPredicate<K, K> together,
      Function<T, ?> site,
      BiPredicate<T, T> sameSite) {
    Map<K, Map<K, Boolean>> tested = new HashMap<>();
    List<Group<T, K>> groups = new ArrayList<>();
    List<List<T>> out = new ArrayList<>();
    for (T item : items) {
      K k = key.apply(item);
      Object s = site == null ? null : site.apply(item);
      Map<K, Boolean> row = tested.computeIfAbsent(k, x -> new HashMap<>());
      Group<T, K> home = null;
      for (Group<T, K> g : groups) {
        if (g.takes(item, k, s, row, together, sameSite)) {
          home = g;
          break;
        }
      }
      if (home == null) {
        home = new Group<>();
        groups.add(home);
        out.add(home.members);
      }
      home.add(item, k, s);
    }
    return out;
  }

  /** A group with its distinct keys, its members by site and what is known of other keys. */
  private static final class Group<T, K> {
    final List<T> members = new ArrayList<>();
    final List<K> keys = new ArrayList<>();
    final LinkedHashSet<K> keySet = new LinkedHashSet<>();
    final Map<Object, List<T>> bySite = new HashMap<>();
    /** For a key: how many of {@link #keys} it goes with, or -1 when it fails one of them. */
    final Map<K, Integer> checked = new HashMap<>();

    boolean takes(
        T item,
        K k,
        Object s,
        Map<K, Boolean> row,
        BiPredicate<K, K> together,
        BiPredicate<T, T> sameSite) {
      int from = checked.getOrDefault(k, 0);
      if (from < 0) {
        return false;
      }
      for (int i = from; i < keys.size(); i++) {
        K other = keys.get(i);
        if (!row.computeIfAbsent(other, o -> together.test(k, o))) {
          checked.put(k, -1);
          return false;
        }
      }
      checked.put(k, keys.size());
      if (sameSite != null) {
        for (T o : bySite.getOrDefault(s, List.of())) {
          if (!sameSite.test(item, o)) {
            return false;
          }
        }
      }
      return true;
    }

    void add(T item, K k, Object s) {
      members.add(item);
      if (keySet.add(k)) {
        keys.add(k);
      }
      bySite.computeIfAbsent(s, x -> new ArrayList<>()).add(item);
    }
  }
}
