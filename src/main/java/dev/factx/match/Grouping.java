package dev.factx.match;

import java.util.List;
import java.util.function.BiPredicate;

/**
 * How a matcher groups its items: complete linkage through keys ({@link Clusters#byKey}) in
 * factx, every pair compared in the tests' oracle, which must give the same groups.
 *
 * @param <T> the items
 */
interface Grouping<T> {
  /** The groups of items, in order of first member; {@code together} says which go together. */
  List<List<T>> groups(List<T> items, BiPredicate<T, T> together);
}
