package dev.factx.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The values computed for the latest keys, at most a fixed number, the least recently used going
 * first: for work that depends on its key alone and that repeated input (syndicated copy) repeats.
 */
public final class Recent<K, V> {
  private final Map<K, V> values;

  /** Keeps at most {@code capacity} values. */
  public Recent(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    values =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The value kept for {@code key}, or the one {@code compute} gives (which must not be null). */
  public V get(K key, Function<? super K, ? extends V> compute) {
    V known = known(key);
    if (known != null) {
      return known;
    }
    V value = Objects.requireNonNull(compute.apply(key), "value");
    keep(key, value);
    return value;
  }

  /**
   * The value kept for {@code key}, or null. With {@link #keep}, what {@link #get} does, for a
   * caller that works the value out itself (a lambda made where threads run it first at once is
   * linked by each of them, a cost at start-up).
   */
  public V known(K key) {
    synchronized (values) {
      return values.get(key);
    }
  }

  /** Keeps {@code value} (not null) for {@code key}. */
  public void keep(K key, V value) {
    Objects.requireNonNull(value, "value");
    synchronized (values) {
      values.put(key, value);
    }
  }
}
