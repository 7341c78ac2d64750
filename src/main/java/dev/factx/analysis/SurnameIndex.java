package dev.factx.analysis;

import dev.factx.text.MapValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folded surnames, and for any folded surname those of them that are the same surname ({@link
 * NameKeys#sameSurname}: equal, or close). Close spellings are looked for only among surnames of
 * the same first letter and nearly the same length (two letters shorter to two longer, as {@link
 * NameKeys#closeSurnames} requires), and most of those are passed over by {@link
 * People#mayBeClose}'s count of shared letters before any is scored.
 *
 * <p>One index serves both who-is-who ({@link People}) and the grouping of role claims by person,
 * so that a bundle naming thousands of people scores each pair of nearby surnames at most once per
 * lookup instead of once per pair of claims. (An index by exact letters of groups of the alphabet
 * was tried: on generated names, whose letters repeat, it read more surnames than these blocks.)
 * Built by one thread ({@link #add}), then read by many, or all by one.
 */
public final class SurnameIndex {
  private final Set<String> keys = new HashSet<>();
  /** Every non-empty surname by first letter and length, with its letters counted. */
  private final Map<String, List<Filed>> byShape = new HashMap<>();

  /**
   * A filed surname and how often each of a to z stands in it ({@link People#letters}, null when
   * it has another character), counted once when filed rather than at every lookup that meets
   * it.
   */
  private record Filed(String key, int[] letters) {}

  /** Files a folded surname (again: nothing). */
  public void add(String key) {
    if (keys.add(key) && !key.isEmpty()) {
      byShape.computeIfAbsent(shape(key.charAt(0), key.length()), MapValues.list())
          .add(new Filed(key, People.letters(key)));
    }
  }

  /**
   * The filed surnames that are {@code key} or close to it ({@link NameKeys#sameSurname}), each
   * once: {@code key} first when filed, then the close ones by length and order of filing.
   */
  public List<String> same(String key) {
    List<String> out = new ArrayList<>();
    if (keys.contains(key)) {
      out.add(key);
    }
    if (key.isEmpty()) {
      return out;
    }
    int[] letters = People.letters(key);
    for (int len = key.length() - 2; len <= key.length() + 2; len++) {
      for (Filed f : byShape.getOrDefault(shape(key.charAt(0), len), List.of())) {
        String other = f.key();
        if (!other.equals(key) && People.mayBeClose(key, letters, other, f.letters())
            && NameKeys.closeSurnames(key, other)) {
          out.add(other);
        }
      }
    }
    return out;
  }

  private static String shape(char first, int length) {
    return first + ":" + length;
  }
}
