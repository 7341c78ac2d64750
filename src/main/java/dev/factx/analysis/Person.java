package dev.factx.analysis;

import java.util.Objects;

/**
 * One person of a bundle, as {@link People} knows them: the spelling met first stands for every
 * spelling, title and honorific of the same person.
 *
 * <p>Two persons are equal only when they are the same object: a bundle's index makes one object
 * per person.
 */
public final class Person {
  private final int id;
  private final String name;
  private final String given;
  private final String surname;
  private final String givenKey;
  private final String surnameKey;

  Person(int id, String name, String given, String surname) {
    this.id = id;
    this.name = Objects.requireNonNull(name, "name");
    this.given = given;
    this.surname = Objects.requireNonNull(surname, "surname");
    this.givenKey = given == null ? null : NameKeys.fold(given);
    this.surnameKey = NameKeys.fold(surname);
  }

  /** The person's place in the bundle's index, from 0, in order of first mention. */
  public int id() {
    return id;
  }

  /** The full name, as first written in the bundle ("Volodymyr Zelenskyy", "Ana M. Ruiz Jr."). */
  public String name() {
    return name;
  }

  /** The given name as first written, or null. */
  public String given() {
    return given;
  }

  /** The surname as first written. */
  public String surname() {
    return surname;
  }

  String givenKey() {
    return givenKey;
  }

  String surnameKey() {
    return surnameKey;
  }

  @Override
  public String toString() {
    return name;
  }
}
