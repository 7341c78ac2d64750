package dev.factx.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a figure counts: the kind of measure, the counted noun's lemma and the words that make it
 * specific. "killed 12 workers" counts {@code worker +killed}; "$12.37 billion in revenue" counts
 * {@code USD +revenue}; "a 61-page indictment" {@code page +indictment}; "Ana Ruiz, 64" {@code age
 * +Ana Ruiz}. Two figures can be the same count only when what they count agrees (the matcher
 * decides with its synonym tables).
 *
 * @param measure {@code count} (things or people), a currency code ({@code USD}), {@code percent},
 *     {@code time} (a length of time), {@code age}, {@code ordinal}, {@code score} or {@code
 *     clock} (a time of day, in minutes after midnight)
 * @param noun the lemma of what one unit is: the counted noun ("worker", "crew member", "page"),
 *     the time unit of a length of time ("week"), the noun an ordinal ranks ("term"), "time" for
 *     counts of times ("twice"); null for money, shares, ages and scores
 * @param thing what the amount or share is of, or what the figure measures, as lemmas: "revenue",
 *     "campaign fund", "sales", "indictment" (the owner of "61-page"), "strike"; or null
 * @param about what a sum is said to be the price or size of without being named with it ("the
 *     watch cost $41,680": "watch"): matched like {@link #thing} but not shown as what it counts;
 *     or null
 * @param relation how the figure is related to what it counts: "prison", "probation", "per share",
 *     "yoy" (against a year before); or null
 * @param verb the verb that says what was done with it: "fined", "spent", "raised" for money,
 *     "questioned" for counts of times, "won" or "drew" for scores, "sentenced" or "faces" for a
 *     prison term; or null
 * @param outcome what happened to what is counted, canonical ("killed", "injured", "killed or
 *     wounded"), or null
 * @param holder whose figure it is: the person of an age ("Ana Ruiz"), or the noun an age is
 *     given for ("boy"); the person who raised or spent a sum; or null
 */
public record Counted(
    String measure,
    String noun,
    String thing,
    String about,
    String relation,
    String verb,
    String outcome,
    String holder) {
  public Counted {
    Objects.requireNonNull(measure, "measure");
  }

  // equals and hashCode as a record's, written out: see Span's

  @Override
  public boolean equals(Object o) {
    return o instanceof Counted c && measure.equals(c.measure) && Objects.equals(noun, c.noun)
        && Objects.equals(thing, c.thing) && Objects.equals(about, c.about)
        && Objects.equals(relation, c.relation) && Objects.equals(verb, c.verb)
        && Objects.equals(outcome, c.outcome) && Objects.equals(holder, c.holder);
  }

  @Override
  public int hashCode() {
    int h = measure.hashCode();
    h = 31 * h + Objects.hashCode(noun);
    h = 31 * h + Objects.hashCode(thing);
    h = 31 * h + Objects.hashCode(about);
    h = 31 * h + Objects.hashCode(relation);
    h = 31 * h + Objects.hashCode(verb);
    h = 31 * h + Objects.hashCode(outcome);
    return 31 * h + Objects.hashCode(holder);
  }

  /** Whether the figure counts money. */
  public boolean money() {
    return measure.equals(measure.toUpperCase(java.util.Locale.ROOT)) && measure.length() == 3;
  }

  /**
   * What it counts as one line: the noun (or the measure for money, shares, ages and scores), then
   * each word that makes it specific: {@code worker +killed}, {@code USD +per share}, {@code
   * percent +sales +yoy}, {@code age +Ana Ruiz}. A verb is shown for a sum only when nothing
   * else says what it is, for counts of times and for scores; a holder only for ages.
   */
  public String render() {
    List<String> parts = new ArrayList<>();
    boolean head = measure.equals("count") || measure.equals("time") || measure.equals("ordinal");
    parts.add(head && noun != null ? noun : measure);
    if (thing != null) {
      parts.add(thing);
    }
    if (relation != null) {
      parts.add(relation);
    }
    if (verb != null && (money() && thing == null && relation == null
        || "time".equals(noun) || measure.equals("score"))) {
      parts.add(verb);
    }
    if (outcome != null) {
      parts.add(outcome);
    }
    if (holder != null && measure.equals("age")) {
      parts.add(holder);
    }
    return String.join(" +", parts);
  }
}
