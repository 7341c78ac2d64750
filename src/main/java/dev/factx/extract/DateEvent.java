package dev.factx.extract;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a date dates: the verb or event noun its clause gives it ("indicted", "the election"), who
 * takes part, and what matching compares, worked out once by the extractor.
 *
 * @param subject the noun phrase that acts, a person's name where it names a known person; empty
 *     when the clause gives none ("the Dec. 12 election")
 * @param verb the verb or event noun, as written ("said", "announcement")
 * @param action the verb folded: {@code speak} for every verb or noun of telling, {@code begin}
 *     for every verb of beginning, else the verb's stem ("released" -> "releas")
 * @param person the bundle's name of the person the subject names, or null
 * @param words the subject's content words, lower case ({@link ContentWords})
 * @param lemma the verb's or noun's base form ("indicted" -> "indict", "elections" ->
 *     "election"), lower case
 * @param eventClass the class of events the lemma belongs to ({@code event-classes.txt}: "charge"
 *     for indict, charge and indictment), or null
 * @param participants the bundle's names of the people the clause names as taking part (subject
 *     first), without the speaker of an attribution around it
 * @param attribution whether the date dates a telling ("said Tuesday that ...") rather than what
 *     was told
 * @param tense how the clause tells it: done, to come, or neither
 * @param rescheduled whether the clause tells of a date moved ("postponed to", "pushed back to")
 * @param context the content words of the date's sentence, date words aside, each in its base
 *     form ("held" -> "hold", "primaries" -> "primary"): what two events of no named person share
 */
public record DateEvent(
    String subject,
    String verb,
    String action,
    String person,
    Set<String> words,
    String lemma,
    String eventClass,
    List<String> participants,
    boolean attribution,
    Tense tense,
    boolean rescheduled,
    Set<String> context) {
  public DateEvent {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(tense, "tense");
    words = Set.copyOf(words);
    participants = List.copyOf(participants);
    context = context == null ? Set.of() : Set.copyOf(context);
  }

  /** An event read as a subject and a verb only (no class, participants from the subject). */
  public DateEvent(String subject, String verb, String action, String person, Set<String> words) {
    this(subject, verb, action, person, words, verb.toLowerCase(java.util.Locale.ROOT), null,
        person == null ? List.of() : List.of(person), false, Tense.NONE, false, Set.of());
  }

  /** This event with one more participant. */
  public DateEvent with(String participant) {
    List<String> all = new java.util.ArrayList<>(participants);
    all.add(participant);
    return new DateEvent(subject, verb, action, person, words, lemma, eventClass, all,
        attribution, tense, rescheduled, context);
  }

  /** This event as told at a time: its tense and whether its date moved. */
  public DateEvent timed(Tense t, boolean moved) {
    return new DateEvent(subject, verb, action, person, words, lemma, eventClass, participants,
        attribution, t, moved, context);
  }

  /** This event with the content words of its sentence. */
  public DateEvent within(Set<String> sentence) {
    return new DateEvent(subject, verb, action, person, words, lemma, eventClass, participants,
        attribution, tense, rescheduled, sentence);
  }

  /** The event in words, as reports show it: "Matthew Miller said", "election". */
  public String text() {
    return subject.isEmpty() ? verb : subject + " " + verb;
  }
}
