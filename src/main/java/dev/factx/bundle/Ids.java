package dev.factx.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Numbers the articles of all inputs and keeps their ids valid and unique across them.
 *
 * <p>Three kinds of id. An id written in the input ({@code === ID}, a JSON {@code "id"}) is the
 * user's: any valid id is accepted, {@code a7} included, and only using it twice is an error. An id
 * taken from a file name is made valid ({@code my reprint.md} is {@code my-reprint}) and, when an
 * earlier article has it, numbered ({@code story-2}). An article without either gets {@code aN}, N
 * its 1-based position among all inputs; while the inputs are read it carries that provisional id,
 * and {@link #settle} then moves it to the next free {@code aM} when an article of any input, before
 * or after it, has {@code aN} as its own id.
 */
final class Ids {
  /** An article id as the format defines it. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  static final int MAX_LENGTH = 64;

  /** Ids written in the input or taken from file names, with where they were first used. */
  private final Map<String, String> taken = new HashMap<>();
  private int position;

  /** Counts one more article and returns its 1-based position among all inputs. */
  int nextPosition() {
    return ++position;
  }

  /** The provisional id of an article without one, at a 1-based position (see {@link #settle}). */
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
    String first = taken.putIfAbsent(id, where);
    if (first != null) {
      return "article id '" + id + "' is used twice (first at " + first
          + "); give each article its own id";
    }
    return null;
  }

  /**
   * The id of an article read from a file: its name without the ending, made valid, numbered
   * {@code -2}, {@code -3}, ... when an earlier article has it; null when nothing of the name can
   * be an id (the article then gets a generated id).
   */
  String fromFileName(String name, String where) {
    String base = valid(name);
    if (base.isEmpty()) {
      return null;
    }
    String id = base;
    for (int n = 2; taken.containsKey(id); n++) {
      String suffix = "-" + n;
      id = trimEnd(base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())))
          + suffix;
    }
    taken.put(id, where);
    return id;
  }

  /**
   * A name made into an id: accents dropped ({@code é} is {@code e}), every run of other
   * characters that an id cannot hold one {@code -}, and with the dashes around it too ({@code
   * "Fire - The Courier"} is {@code Fire-The-Courier}, not {@code Fire---The-Courier}), leading and trailing {@code -}, {@code .} and
   * {@code _} dropped, at most {@link #MAX_LENGTH} characters; empty when nothing is left.
   */
  static String valid(String name) {
    String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .replaceAll("[^A-Za-z0-9._]*[^A-Za-z0-9._-][^A-Za-z0-9._]*", "-")
        .replaceAll("^[._-]+", "");
    return trimEnd(s.substring(0, Math.min(s.length(), MAX_LENGTH)));
  }

  private static String trimEnd(String s) {
    int end = s.length();
    while (end > 0 && "._-".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
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
    return null;
  }

  /**
   * The articles of all inputs with their generated ids final: an article without an id at
   * position N keeps {@code aN} unless another article (before or after it) has {@code aN} as its
   * own id; it then gets the smallest {@code aM} above N that no article has as its own id and no
   * earlier article without an id was given. Linear: the numbers given only grow.
   */
  static List<Article> settle(List<Article> articles) {
    Set<String> own = new HashSet<>();
    boolean anyGenerated = false;
    for (Article a : articles) {
      if (a.generatedId()) {
        anyGenerated = true;
      } else {
        own.add(a.id());
      }
    }
    if (!anyGenerated) {
      return articles;
    }
    List<Article> out = new ArrayList<>(articles.size());
    long last = 0;
    for (Article a : articles) {
      if (!a.generatedId()) {
        out.add(a);
        continue;
      }
      long n = Math.max(Long.parseLong(a.id().substring(1)), last + 1);
      while (own.contains("a" + n)) {
        n++;
      }
      last = n;
      String id = "a" + n;
      out.add(id.equals(a.id()) ? a
          : new Article(id, true, a.headers(), a.defaults(), a.body(), a.file(), a.sourceMap()));
    }
    return out;
  }
}
