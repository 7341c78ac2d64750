package dev.factx.text;

/** A count with its noun in the right number: "1 article", "2 articles", "0 articles". */
public final class Plural {
  private Plural() {}

  /** {@code n} and {@code one} when n is 1, else {@code n} and {@code many}. */
  public static String of(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
