package dev.factx.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeopleTest {
  /** The person each mention of each document names ("-" for nobody), one document a group. */
  private static List<String> resolved(People people, Document d) {
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < d.names().size(); i++) {
      Person p = people.person(d, i);
      out.add(d.names().get(i).name() + "=" + (p == null ? "-" : p.name()));
    }
    return out;
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          # transliterations, surnames, initials, short forms, suffixes
          Volodymyr Zelensky  | Volodymyr Zelenskyy | true
          Volodymyr Zelensky  | Volodymyr Zelenskiy | true
          Volodymyr Zelensky  | Володимир Зеленський | true
          Volodymyr Zelenskyi | Wolodymyr Selenskyj | false
          Zelensky            | Volodymyr Zelenskyy | true
          Sergei Shoigu       | Sergey Shoygu       | true
          Matthew Miller      | M. Miller           | true
          Matthew Miller      | Matt Miller         | true
          Ana M. Ruiz Jr.     | Ana Ruiz            | true
          Ursula von der Leyen | Ursula Leyen       | true
          Łukasz Nowak        | Lukasz Nowak        | true
          # short forms of given names that are no prefix of the full one
          Mike Thibodeau      | Michael Thibodeau   | true
          Bill Cassidy        | William Cassidy     | true
          Bob Menendez        | Robert Menendez     | true
          # same surname, different given name: different people
          Matthew Miller      | Jason Miller        | false
          Kim Jong Un         | Kim Yo Jong         | false
          # close but different surnames
          Matthew Miller      | Matthew Millar      | false
          John Smith          | John Smyth          | true
          Pat Ryder           | Pat Snyder          | false
          """)
  void tellsWhetherTwoNamesAreOnePerson(String a, String b, boolean same) {
    assertThat(NameKeys.samePerson(a, b)).isEqualTo(same);
    assertThat(NameKeys.samePerson(b, a)).isEqualTo(same);
  }

  @Test
  void oneSpellingStandsForEveryTitleAndSpellingOfAPerson() {
    Document a = Analyzed.doc("a", "President Volodymyr Zelenskyy said the front held."
        + " Prosecutor Dan Ito agreed. Judge Ana M. Ruiz Jr. adjourned.");
    Document b = Analyzed.doc("b", "Volodymyr Zelensky told reporters so. Dan Ito, the acting"
        + " deputy chief of staff, said nothing. Judge Ana Ruiz left. Zelensky smiled.");
    People people = People.of(List.of(a, b));
    assertThat(people.persons()).extracting(Person::name)
        .containsExactly("Volodymyr Zelenskyy", "Dan Ito", "Ana M. Ruiz Jr.");
    assertThat(resolved(people, b)).containsExactly(
        "Volodymyr Zelensky=Volodymyr Zelenskyy", "Dan Ito=Dan Ito", "Ana Ruiz=Ana M. Ruiz Jr.",
        "Zelensky=Volodymyr Zelenskyy");
  }

  @Test
  void keepsTwoPeopleWithOneSurnameApartAndResolvesTheSurnameByItsArticle() {
    Document a = Analyzed.doc("a", "State Department spokesperson Matthew Miller said so."
        + " Campaign adviser Jason Miller disagreed. Miller added more.");
    Document b = Analyzed.doc("b", "Campaign adviser Jason Miller said so. Miller left.");
    Document c = Analyzed.doc("c", "Miller said nothing.");
    People people = People.of(List.of(a, b, c));
    assertThat(people.persons()).extracting(Person::name)
        .containsExactly("Matthew Miller", "Jason Miller");
    // the Miller named last before it in its own article; the only one in its article
    assertThat(resolved(people, a)).endsWith("Miller=Jason Miller");
    assertThat(resolved(people, b)).endsWith("Jason Miller=Jason Miller", "Miller=Jason Miller");
    // a surname two people of the bundle share, in an article naming neither: nobody
    assertThat(resolved(people, c)).containsExactly("Miller=-");
    assertThat(people.resolve("Matt Miller").name()).isEqualTo("Matthew Miller");
    assertThat(people.resolve("Miller")).isNull();
  }

  @Test
  void aSurnameAloneResolvesToTheOnlyPersonOfTheBundleWithIt() {
    Document a = Analyzed.doc("a", "Harbour master Ines Kowalczyk said the pier held.");
    Document b = Analyzed.doc("b", "Kowalczyk said so.");
    People people = People.of(List.of(a, b));
    assertThat(resolved(people, b)).containsExactly("Kowalczyk=Ines Kowalczyk");
  }

  @Test
  void aNameWithoutEvidenceDefinesNobody() {
    Document a = Analyzed.doc("a", "Crowds lined Harbour Street as Tomas Berg waved.");
    assertThat(People.of(List.of(a)).persons()).isEmpty();
  }

  @Test
  void pronounsOutsideQuotesGiveThePersonNamedLastTheirGender() {
    Document a = Analyzed.doc("a", "Council leader Ana Ruiz spoke. Later she left."
        + " Mayor Tom Ash said \"she is wrong\" and he went home.");
    People people = People.of(List.of(a));
    Person ruiz = people.resolve("Ana Ruiz");
    Person ash = people.resolve("Tom Ash");
    assertThat(people.gender(a, ruiz)).isEqualTo("female");
    assertThat(people.gender(a, ash)).isEqualTo("male");
    assertThat(people.lastBefore(a, a.text().value().indexOf("Mayor"))).isSameAs(ruiz);
  }

  @Test
  void titlesGiveRolesAndGenderAndDecideASurnameAmongNamesakes() {
    Document a = Analyzed.doc("a", "Senator Mia Ash spoke. Tom Ash, the party's nominee, said"
        + " so. The spokeswoman, Lena Park, agreed. Mr. Ash left.");
    People people = People.of(List.of(a));
    Person tom = people.resolve("Tom Ash");
    Person mia = people.resolve("Mia Ash");
    Person lena = people.resolve("Lena Park");
    assertThat(people.roles(mia)).containsExactly("senator");
    assertThat(people.roles(tom)).containsExactly("nominee");
    assertThat(people.roles(lena)).containsExactly("spokesperson");
    assertThat(people.titledGender(a, lena)).isEqualTo("female");
    assertThat(people.holders("senator")).containsExactly(mia);
    // "Mr. Ash": of the two persons named Ash, the one no title makes a woman
    assertThat(resolved(people, a)).endsWith("Ash=Tom Ash");
  }

  @Test
  void anHonorificKeepsToThePersonItNamedWhenANamesakeComesLater() {
    Document a = Analyzed.doc("a", "Senator Mia Ash spoke on Monday. Mrs. Ash said the bill"
        + " would pass. It was first drafted under Governor Tom Ash, and she praised it."
        + " Mrs. Ash left early. Mr. Ash stayed.");
    People people = People.of(List.of(a));
    // "she" beside "Mrs. Ash" and Governor Tom Ash makes no woman of Tom Ash, since "Mrs. Ash"
    // may be someone else; the second "Mrs. Ash" is the woman the first was, though Tom Ash was
    // named since, and "Mr. Ash" is then the other Ash (which makes him a man)
    assertThat(people.genderEvidence(a, people.resolve("Tom Ash"))).isEqualTo("male");
    assertThat(resolved(people, a)).containsExactly("Mia Ash=Mia Ash", "Ash=Mia Ash",
        "Tom Ash=Tom Ash", "Ash=Mia Ash", "Ash=Tom Ash");
  }

  @Test
  void aPronounCountsForAPersonOnlyWhereNoOtherIsNamed() {
    Document a = Analyzed.doc("a", "Tom Ash met Ana Ruiz. She left. Ana Ruiz spoke. Later she"
        + " left. She came back.");
    People people = People.of(List.of(a));
    // "She left" follows a sentence naming two people: no evidence; the next two count for Ruiz
    assertThat(people.genderEvidence(a, people.resolve("Ana Ruiz"))).isEqualTo("female");
    assertThat(people.genderEvidence(a, people.resolve("Tom Ash"))).isNull();
  }

  @Test
  void aPlaceOrAnOrganisationSpeakingIsNoPerson() {
    Document a = Analyzed.doc("a", "New York said no. The Trump Campaign said yes. Ana Ruiz said"
        + " maybe.");
    assertThat(People.of(List.of(a)).persons()).extracting(Person::name)
        .containsExactly("Ana Ruiz");
  }
}
