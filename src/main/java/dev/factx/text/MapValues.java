package dev.factx.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * The functions that {@code Map.computeIfAbsent} and {@code Map.merge} are given to group and
 * count, one object each for the whole program: {@code map.computeIfAbsent(key,
 * MapValues.list()).add(v)} rather than {@code map.computeIfAbsent(key, k -> new ArrayList<>())}.
 *
 * <p>Why: every lambda or method reference in the source is a call site that the JVM links the
 * first time it runs, about a tenth of a millisecond each on a cold start even with the class-data
 * archive (measured on JDK 17: 150 sites 15-17 ms, the same code as classes 2 ms). A run on a few
 * articles links some hundreds of them, most of them these few functions written again and again.
 */
public final class MapValues {
  private static final Function<Object, List<Object>> LIST = new Function<>() {
    @Override
    public List<Object> apply(Object key) {
      return new ArrayList<>();
    }
  };

  private static final Function<Object, Set<Object>> SET = new Function<>() {
    @Override
    public Set<Object> apply(Object key) {
      return new HashSet<>();
    }
  };

  private static final Function<Object, Set<Object>> LINKED_SET = new Function<>() {
    @Override
    public Set<Object> apply(Object key) {
      return new LinkedHashSet<>();
    }
  };

  private static final Function<Object, Map<Object, Object>> MAP = new Function<>() {
    @Override
    public Map<Object, Object> apply(Object key) {
      return new HashMap<>();
    }
  };

  private static final Function<Object, Map<Object, Object>> LINKED_MAP = new Function<>() {
    @Override
    public Map<Object, Object> apply(Object key) {
      return new LinkedHashMap<>();
    }
  };

  private static final BinaryOperator<Integer> SUM = new BinaryOperator<>() {
    @Override
    public Integer apply(Integer a, Integer b) {
      return a + b;
    }
  };

  private MapValues() {}

  /** A new {@link ArrayList} for any key. */
  @SuppressWarnings("unchecked")
  public static <K, V> Function<K, List<V>> list() {
    return (Function<K, List<V>>) (Function<?, ?>) LIST;
  }

  /** A new {@link HashSet} for any key. */
  @SuppressWarnings("unchecked")
  public static <K, V> Function<K, Set<V>> set() {
    return (Function<K, Set<V>>) (Function<?, ?>) SET;
  }

  /** A new {@link LinkedHashSet} for any key. */
  @SuppressWarnings("unchecked")
  public static <K, V> Function<K, Set<V>> linkedSet() {
    return (Function<K, Set<V>>) (Function<?, ?>) LINKED_SET;
  }

  /** A new {@link HashMap} for any key. */
  @SuppressWarnings("unchecked")
  public static <K, K2, V> Function<K, Map<K2, V>> map() {
    return (Function<K, Map<K2, V>>) (Function<?, ?>) MAP;
  }

  /** A new {@link LinkedHashMap} for any key. */
  @SuppressWarnings("unchecked")
  public static <K, K2, V> Function<K, Map<K2, V>> linkedMap() {
    return (Function<K, Map<K2, V>>) (Function<?, ?>) LINKED_MAP;
  }

  /**
   * The key with the highest count, the first of those in the map's order on a tie (as {@code
   * entrySet().stream().max(Map.Entry.comparingByValue())} picks it), or null for no key. Keys
   * are not null.
   */
  public static <K> K mostCounted(Map<K, Integer> counts) {
    K best = null;
    int most = 0;
    for (Map.Entry<K, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  /** Adds one to the count of {@code key} (absent counts as zero). */
  public static <K> void count(Map<K, Integer> counts, K key) {
    counts.merge(key, 1, SUM);
  }

  /** Adds {@code n} to the count of {@code key} (absent counts as zero). */
  public static <K> void add(Map<K, Integer> counts, K key, int n) {
    counts.merge(key, n, SUM);
  }
}
