package dev.factx.match;

import dev.factx.text.MapValues;
import java.util.ArrayList;
import java.util.HashMap;
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
    return byBlocks(items, key, together, site, sameSite, null, null, null);
  }

  /**
   * The same groups as {@link #byKey(List, Function, BiPredicate, Function, BiPredicate)}, only
   * the groups that hold a key of one of {@code probes(k)}'s blocks tried for a key {@code k}:
   * the blocks must be such that {@code together(a, b)} implies that one of {@code homes(b)} is
   * one of {@code probes(a)} (for names: the folded surname's first letter and length, and the
   * lengths two either side), so that a group none of whose keys shares a block cannot take the
   * key; {@code probes(a)} null tries every group. The work then grows with the items times the
   * groups of their blocks.
   *
   * @param homes the blocks of a key, or null for no blocking
   * @param probes the blocks where keys that go with a key live, or null for all of them
   * @param kin keys a group tests as one (see {@link Kin}), or null to test each key
   */
  static <T, K> List<List<T>> byBlocks(
      List<T> items,
      Function<T, K> key,
      BiPredicate<K, K> together,
      Function<T, ?> site,
      BiPredicate<T, T> sameSite,
      Function<K, List<String>> homes,
      Function<K, List<String>> probes,
      Kin<K> kin) {
    // the distinct keys, numbered once per item (a key's hash is worked out once, not once per
    // group tried), and how often each comes
    Map<K, Integer> ids = new HashMap<>();
    List<K> keyOfItem = new ArrayList<>(items.size());
    int[] idOf = new int[items.size()];
    for (int i = 0; i < items.size(); i++) {
      K k = key.apply(items.get(i));
      keyOfItem.add(k);
      Integer id = ids.get(k);
      if (id == null) {
        id = ids.size();
        ids.put(k, id);
      }
      idOf[i] = id;
    }
    int[] count = new int[ids.size()];
    for (int id : idOf) {
      count[id]++;
    }
    // what is known of a key against other keys: kept across items only for keys that come
    // again (a key met once needs it only while its item looks for a group)
    Map<Integer, Map<Integer, Boolean>> tested = new HashMap<>();
    Map<Integer, Boolean> scratch = new HashMap<>();
    List<Group<T, K>> groups = new ArrayList<>();
    Map<String, List<Group<T, K>>> byBlock = new HashMap<>();
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      int id = idOf[i];
      K k = keyOfItem.get(i);
      boolean again = count[id] > 1;
      Object s = site == null ? null : site.apply(item);
      Map<Integer, Boolean> row;
      if (again) {
        row = tested.computeIfAbsent(id, MapValues.map());
      } else {
        scratch.clear();
        row = scratch;
      }
      Group<T, K> chosen = null;
      List<String> near = homes == null ? null : probes.apply(k);
      for (Group<T, K> g : near == null ? groups : candidates(byBlock, near)) {
        if (g.takes(item, k, id, again, s, row, together, sameSite, kin)) {
          chosen = g;
          break;
        }
      }
      if (chosen == null) {
        chosen = new Group<>(groups.size());
        groups.add(chosen);
        out.add(chosen.members);
      }
      if (chosen.add(item, k, id, s, kin) && homes != null) {
        for (String h : homes.apply(k)) {
          if (chosen.blocks.add(h)) {
            byBlock.computeIfAbsent(h, MapValues.list()).add(chosen);
          }
        }
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
    out.sort(BY_INDEX);
    List<Group<T, K>> distinct = new ArrayList<>(out.size());
    for (Group<T, K> g : out) {
      if (distinct.isEmpty() || distinct.get(distinct.size() - 1) != g) {
        distinct.add(g);
      }
    }
    return distinct;
  }

  /**
   * Groups in order of creation. A class rather than a lambda: a lambda's call site costs a cold
   * start its linking, about a tenth of a millisecond (see {@link MapValues}).
   */
  private static final java.util.Comparator<Group<?, ?>> BY_INDEX = new java.util.Comparator<>() {
    @Override
    public int compare(Group<?, ?> x, Group<?, ?> y) {
      return Integer.compare(x.index, y.index);
    }
  };

  /**
   * Keys of one kin ({@code of} equal) that {@code together} tells apart from a key only through
   * what they share: when {@code decides(a, k)}, {@code together(a, k')} equals {@code
   * together(a, k)} for every key {@code k'} of {@code k}'s kin, so a group tests a key against
   * one key of each such kin instead of all of them (a group of a thousand tellings of one
   * speaker on a few days holds a few kins).
   *
   * @param of a key's kin (equal for keys a group may test as one)
   * @param decides whether a key's test against one key of a kin holds for the whole kin
   */
  record Kin<K>(Function<K, ?> of, BiPredicate<K, K> decides) {}

  /** A group with its distinct keys, its members by site and what is known of other keys. */
  private static final class Group<T, K> {
    final int index;
    final List<T> members = new ArrayList<>();
    /** Its distinct keys (as the first of its items with each gave them), in order of arrival. */
    final List<K> keys = new ArrayList<>();
    /** ... and their numbers. */
    int[] keyIds = new int[4];
    int keyCount;
    final java.util.Set<Integer> keySet = new java.util.HashSet<>();
    final Map<Object, List<T>> bySite = new HashMap<>();
    /**
     * For a key that comes again: how many of {@link #keys} it goes with, or -1 when it fails
     * one of them.
     */
    final Map<Integer, Integer> checked = new HashMap<>();

    /**
     * Whether the group takes an item of key {@code key} (numbered {@code k}; {@code again} when
     * the key comes more than once), {@code row} holding what is known of that key against
     * others.
     */
    boolean takes(
        T item,
        K key,
        int k,
        boolean again,
        Object s,
        Map<Integer, Boolean> row,
        BiPredicate<K, K> together,
        BiPredicate<T, T> sameSite,
        Kin<K> kin) {
      int from = again ? checked.getOrDefault(k, 0) : 0;
      if (from < 0) {
        return false;
      }
      if (kin == null) {
        for (int i = from; i < keyCount; i++) {
          if (!known(key, keyIds[i], keys.get(i), row, together)) {
            if (again) {
              checked.put(k, -1);
            }
            return false;
          }
        }
        if (again) {
          checked.put(k, keyCount);
        }
      } else {
        // a kin may gain keys after a key passed it, so there is no resuming: what is known of
        // each pair is in the row
        for (List<Integer> members : kins.values()) {
          int first = members.get(0);
          boolean one = kin.decides().test(key, keys.get(first));
          for (int i : one ? members.subList(0, 1) : members) {
            if (!known(key, keyIds[i], keys.get(i), row, together)) {
              if (again) {
                checked.put(k, -1);
              }
              return false;
            }
          }
        }
      }
      if (sameSite != null) {
        for (T o : bySite.getOrDefault(s, List.of())) {
          if (!sameSite.test(item, o)) {
            return false;
          }
        }
      }
      return true;
    }

    /** What {@code together} says of a key and one of the group's, asked once. */
    private static <K> boolean known(K key, int otherId, K other, Map<Integer, Boolean> row,
        BiPredicate<K, K> together) {
      Boolean known = row.get(otherId);
      if (known == null) {
        known = together.test(key, other);
        row.put(otherId, known);
      }
      return known;
    }

    /** The places in {@link #keys} of each kin's keys, kins in order of arrival. */
    final Map<Object, List<Integer>> kins = new java.util.LinkedHashMap<>();

    /** The blocks this group is filed under. */
    final java.util.Set<String> blocks = new java.util.HashSet<>();

    Group(int index) {
      this.index = index;
    }

    /** Adds an item; whether its key is new to the group. */
    boolean add(T item, K key, int k, Object s, Kin<K> kin) {
      members.add(item);
      bySite.computeIfAbsent(s, MapValues.list()).add(item);
      if (keySet.add(k)) {
        if (keyCount == keyIds.length) {
          keyIds = java.util.Arrays.copyOf(keyIds, 2 * keyCount);
        }
        if (kin != null) {
          kins.computeIfAbsent(kin.of().apply(key), MapValues.list()).add(keyCount);
        }
        keyIds[keyCount++] = k;
        keys.add(key);
        return true;
      }
      return false;
    }
  }
}
