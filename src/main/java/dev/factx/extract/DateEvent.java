package dev.factx.extract;

import java.util.Objects;
import java.util.Set;

/**
 * What a date dates: the subject and verb of its clause ("Matthew Miller said", "North Korean
 * troops began"), with what date matching compares, worked out once by the extractor.
 *
 * @param subject the noun phrase that acts, a person's name where it names a known person
 * @param verb the verb or event noun, as written ("said", "announcement")
 * @param action the verb folded: {@code speak} for every verb or noun of telling, {@code begin}
 *     for every verb of beginning, else the verb's stem ("released" -> "releas")
 * @param person the bundle's name of the person the subject names, or null
 * @param words the subject's content words, lower case ({@link ContentWords})
 */
public record DateEvent(String subject, String verb, String action, String person,
    Set<String> words) {
  public DateEvent {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(action, "action");
    words = Set.copyOf(words);
  }

  /** The event in words, as reports show it: "Matthew Miller said". */
  public String text() {
    return subject + " " + verb;
  }
}
