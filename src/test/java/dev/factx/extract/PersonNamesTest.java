package dev.factx.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNamesTest {
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          # transliterations, surnames, initials, short forms
          Volodymyr Zelensky  | Volodymyr Zelenskyy | true
          Volodymyr Zelensky  | Volodymyr Zelenskiy | true
          Volodymyr Zelenskyi | Wolodymyr Selenskyj | false
          Zelensky            | Volodymyr Zelenskyy | true
          Sergei Shoigu       | Sergey Shoygu       | true
          Matthew Miller      | Miller              | true
          Matthew Miller      | M. Miller           | true
          Matthew Miller      | Matt Miller         | true
          Dmitry Peskov       | Dmitri Peskov       | true
          # same surname, different given name: different people
          Matthew Miller      | Jason Miller        | false
          Kim Jong Un         | Kim Yo Jong         | false
          # close but different surnames
          Matthew Miller      | Matthew Millar      | false
          John Smith          | John Smyth          | true
          Pat Ryder           | Pat Rider           | true
          Pat Ryder           | Pat Snyder          | false
          """)
  void tellsWhetherTwoNamesAreOnePerson(String a, String b, boolean same) {
    assertThat(PersonNames.samePerson(a, b)).isEqualTo(same);
    assertThat(PersonNames.samePerson(b, a)).isEqualTo(same);
  }

  @Test
  void findsFullNamesWhereTheyAreCertainAndResolvesSurnames() {
    PersonNames people = PersonNames.of(List.of(
        "State Department spokesperson Matthew Miller said so. Jason Miller, an adviser to the"
            + " campaign, disagreed. North Korea said nothing. Miller added more."));
    assertThat(people.names()).containsExactly("Matthew Miller", "Jason Miller");
    assertThat(people.resolve("Jason Miller")).isEqualTo("Jason Miller");
    assertThat(people.find("Pentagon spokesperson Major General Pat Ryder")).isNull();
    assertThat(people.find("U.S. State Department Spokesperson Matthew Miller"))
        .isEqualTo("Matthew Miller");
  }
}
