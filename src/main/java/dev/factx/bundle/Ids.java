package dev.factx.bundle;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Numbers the articles of all inputs and keeps their ids valid and unique across them. */
final class Ids {
  /** An article id as the format defines it. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private static final Pattern GENERATED = Pattern.compile("a[1-9][0-9]*");
  static final int MAX_LENGTH = 64;

  private final Map<String, String> seen = new HashMap<>();
  private int position;

  /** Counts one more article and returns its 1-based position among all inputs. */
  int nextPosition() {
    return ++position;
  }

  /** The id of an article without one, at a 1-based position. */
  static String generated(int position) {
    return "a" + position;
  }

  /**
   * Checks an id written in the input; {@code where} is {@code FILE:LINE} of the article.
   *
   * @return what is wrong and what to do, or null when the id is fine (it is then taken)
   */
  String claim(String id, String where) {
    String problem = check(id);
    if (problem != null) {
      return problem;
    }
    return take(id, where);
  }

  /** Takes a generated id, which can clash only with an id taken the same way. */
  String take(String id, String where) {
    String first = seen.putIfAbsent(id, where);
    if (first != null) {
      return "article id '" + id + "' is used twice (first at " + first
          + "); give each article its own id";
    }
    return null;
  }

  /** What is wrong with an explicit id, or null. */
  static String check(String id) {
    if (!ID.matcher(id).matches()) {
      return "article id " + Headers.quote(id) + " is not valid; use letters, digits, '.', '_'"
          + " and '-', starting with a letter or digit";
    }
    if (id.length() > MAX_LENGTH) {
      return "article id '" + id.substring(0, 20) + "...' is " + id.length()
          + " characters long; use at most " + MAX_LENGTH;
    }
    if (GENERATED.matcher(id).matches()) {
      return "article id '" + id + "' looks like a generated id (aN is given to articles without"
          + " an id); choose another id";
    }
    return null;
  }
}
