package dev.factx.analysis;

import java.util.Objects;

/**
 * A word, number or punctuation mark of a document's normalized text, as the tokenizer cut it.
 *
 * @param index its place among the document's tokens
 * @param text the token as it stands
 * @param start offset of its first character in the normalized text
 * @param end offset just after its last character
 * @param kind word, number or punctuation
 * @param glued whether it touches the token before it (no space between)
 * @param quoted whether it stands inside quote marks
 * @param sentence the index of its sentence, or -1 when it stands in none
 * @param lower the token in lower case, made once since the extractors ask for it often
 */
public record Token(
    int index, String text, int start, int end, Kind kind, boolean glued, boolean quoted,
    int sentence, String lower) {
  /** What a token is. */
  public enum Kind {
    /** Letters (and marks), with at most one inner apostrophe: "Russia's", "O'Brien". */
    WORD,
    /** ASCII digits with inner points or commas between digits: "1,000", "2.5". */
    NUMBER,
    /** Any other character that is not white space: ".", "-", "$", an emoji. */
    PUNCT
  }

  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(lower, "lower");
  }

  public boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  public boolean isWord() {
    return kind == Kind.WORD;
  }

  /** Whether its first character is an upper-case letter. */
  public boolean isCapitalized() {
    return Character.isUpperCase(text.codePointAt(0)) || Character.isTitleCase(text.codePointAt(0));
  }

  /** Whether it is this word, case aside. */
  public boolean is(String word) {
    if (word == null || text.length() != word.length()) {
      return false;
    }
    // two ASCII first characters that differ beyond ASCII case differ for equalsIgnoreCase too
    // (only non-ASCII letters, such as the Kelvin sign, fold onto ASCII ones): most words are
    // told apart here
    if (!text.isEmpty()) {
      char a = text.charAt(0);
      char b = word.charAt(0);
      if (a < 0x80 && b < 0x80 && asciiLower(a) != asciiLower(b)) {
        return false;
      }
    }
    return text.equalsIgnoreCase(word);
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
