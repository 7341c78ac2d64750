package dev.factx.extract;

/** What the words around a date say of its time against the article's: before, after, or nothing. */
public enum Tense {
  /** Told as done: a past-tense verb ("resigned", "was indicted"). */
  PAST,
  /** Told as still to come: "will", "would", "is scheduled to", "is due", "set for". */
  FUTURE,
  /** No verb or cue that says. */
  NONE
}
