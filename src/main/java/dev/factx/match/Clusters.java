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
    return byKey(items, key, together, site, sameSite, null, null);
  }

  /**
   * The same groups as {@link #byKey(List, Function, BiPredicate, Function, BiPredicate)}, only
   * the groups that hold a key of one of {@code probes(k)}'s blocks tried for a key {@code k}:
   * the blocks must be such that {@code together(a, b)} implies that {@code home(b)} is one of
   * {@code probes(a)} (for names: the folded surname's first letter and length, and the lengths
   * two either side), so that a group none of whose keys shares a block cannot take the key.
   * The work then grows with the items times the groups of their blocks.
   *
   * @param home the block of a key, or null for no blocking
   * @param probes the blocks where keys that go with a key live
   */
  static <T, K> List<List<T>> byKey(
      List<T> items,
      Function<T, K> key,
      BiPredicate<K, K> together,
      Function<T, ?> site,
      BiPredicate<T, T> sameSite,
      Function<K, String> home,
      Function<K, List<String>> probes) {
    Map<K, Map<K, Boolean>> tested = new HashMap<>();
    List<Group<T, K>> groups = new ArrayList<>();
    Map<String, List<Group<T, K>>> byBlock = new HashMap<>();
    List<List<T>> out = new ArrayList<>();
    for (T item : items) {
      K k = key.apply(item);
      Object s = site == null ? null : site.apply(item);
      Map<K, Boolean> row = tested.computeIfAbsent(k, x -> new HashMap<>());
      Group<T, K> chosen = null;
      for (Group<T, K> g : home == null ? groups : candidates(byBlock, probes.apply(k))) {
        if (g.takes(item, k, s, row, together, sameSite)) {
          chosen = g;
          break;
        }
      }
      if (chosen == null) {
        chosen = new Group<>(groups.size());
        groups.add(chosen);
        out.add(chosen.members);
      }
      if (chosen.add(item, k, s) && home != null && chosen.blocks.add(home.apply(k))) {
        byBlock.computeIfAbsent(home.apply(k), b -> new ArrayList<>()).add(chosen);
      }
    }
    return out;
  }

  /** The groups filed under some blocks, each once, in order of creation. */
  private static <T, K> List<Group<T, K>> candidates(Map<String, List<Group<T, K>>> byBlock,
      List<String> blocks) {
    List<Group<T, K>> out = new ArrayList<>();
    for (String b : blocks) {
      out.addAll(byBlock.getOrDefault(b, List.of()));
    }
    out.sort((x, y) -> Integer.compare(x.index, y.index));
    List<Group<T, K>> distinct = new ArrayList<>(out.size());
    for (Group<T, K> g : out) {
      if (distinct.isEmpty() || distinct.get(distinct.size() - 1) != g) {
        distinct.add(g);
      }
    }
    return distinct;
  }

  /** A group with its distinct keys, its members by site and what is known of other keys. */
  private static final class Group<T, K> {
    final int index;
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

    /** The blocks this group is filed under. */
    final java.util.Set<String> blocks = new java.util.HashSet<>();

    Group(int index) {
      this.index = index;
    }

    /** Adds an item; whether its key is new to the group. */
    boolean add(T item, K k, Object s) {
      members.add(item);
      bySite.computeIfAbsent(s, x -> new ArrayList<>()).add(item);
      if (keySet.add(k)) {
        keys.add(k);
        return true;
      }
      return false;
    }
  }
}
