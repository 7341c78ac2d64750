package dev.factx.analysis;

import dev.factx.text.Span;
import java.util.List;
import java.util.Objects;

/**
 * A place where a text names someone, or could: a run of capitalized name words ("Matthew
 * Miller", "Ana M. Ruiz Jr.", "Зеленський", "Karine Jean-Pierre", "Miller") with the title words
 * right before it and what the text around it says about it. Whether it names a known person is
 * for {@link People} to say.
 *
 * @param span the name in the normalized text, from its first name word to its last name word or
 *     suffix; a possessive {@code 's} is left out
 * @param name the name as written, one space between words, possessive left out
 * @param words the name words, without initials, particles or suffix: {@code [Ana, Ruiz]} for
 *     "Ana M. Ruiz Jr."; the last is the surname
 * @param title the title words right before the name as written ("spokesperson Major General",
 *     "Mr.", "Judge"), or null
 * @param titleSpan where they stand, or null
 * @param runStart where the run of capitalized (and title) words holding the name starts
 * @param runEnd where that run ends (after a possessive {@code 's})
 * @param possessive whether the name is followed by {@code 's} ("Ryder's statement")
 * @param afterArticle whether "the", "a" or "an" stands right before the run ("the Smith family")
 * @param opensSentence whether the run opens its sentence (a capital that may only mark that)
 * @param place the place the name is "of", as written ("Ohio" in "Maria Lopez of Ohio"), or null
 * @param evidence which {@link Evidence} the text gives that this is a person's name, as bits
 */
public record NameMention(
    Span span,
    String name,
    List<String> words,
    String title,
    Span titleSpan,
    int runStart,
    int runEnd,
    boolean possessive,
    boolean afterArticle,
    boolean opensSentence,
    String place,
    int evidence) {
  /** What marks a name as a person's: each one is enough for a full name to define a person. */
  public enum Evidence {
    /** A title, rank or honorific stands right before it: "spokesperson Matthew Miller". */
    TITLE_BEFORE,
    /** A title follows it after a comma: "Matthew Miller, spokesperson for ...". */
    TITLE_AFTER,
    /** A speech verb follows it: "Matthew Miller said", "Pat Ryder also told". */
    SPEECH_AFTER,
    /** A speech verb, "according to" or "from" stands right before it: "said Matthew Miller". */
    SPEECH_BEFORE,
    /** The same text uses its surname alone elsewhere: "Matthew Miller ... Miller". */
    SURNAME_ALONE,
    /** A role noun and a comma stand right before it: "the spokeswoman, Lena Park". */
    ROLE_BEFORE;

    /** This evidence as a bit of {@link NameMention#evidence}. */
    public int bit() {
      return 1 << ordinal();
    }
  }

  public NameMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(name, "name");
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a name has at least one name word");
    }
  }

  /** Whether the text gives this evidence. */
  public boolean has(Evidence e) {
    return (evidence & e.bit()) != 0;
  }

  /**
   * Whether it is a full name (two or more name words) the text marks as a person's, and no
   * place ("New York") or organisation ("Trump Campaign") by its words.
   */
  public boolean certain() {
    if (evidence == 0 || words.size() < 2) {
      return false;
    }
    String last = Tokens.lower(surname());
    return !Lexicon.PLACES.contains(Tokens.lower(String.join(" ", words)))
        && !Lexicon.ORGANISATION_HEADS.contains(last);
  }

  /** The surname: the last name word. */
  public String surname() {
    return words.get(words.size() - 1);
  }

  /** The given name: the first name word, or null for a single word. */
  public String given() {
    return words.size() >= 2 ? words.get(0) : null;
  }

  /** This mention with one more piece of evidence. */
  NameMention with(Evidence e) {
    return new NameMention(span, name, words, title, titleSpan, runStart, runEnd, possessive,
        afterArticle, opensSentence, place, evidence | e.bit());
  }
}
