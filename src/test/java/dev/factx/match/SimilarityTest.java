package dev.factx.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimilarityTest {
  @Property(tries = 200)
  void staysInRangeAndIsSymmetric(
      @ForAll @Size(max = 12) List<@StringLength(min = 1, max = 2) String> a,
      @ForAll @Size(max = 12) List<@StringLength(min = 1, max = 2) String> b) {
    double ab = Similarity.DEFAULT.score(a, b);
    assertThat(ab).isBetween(0.0, 1.0).isEqualTo(Similarity.DEFAULT.score(b, a));
    if (!a.isEmpty()) {
      assertThat(Similarity.DEFAULT.score(a, a)).isEqualTo(1.0);
    }
  }

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          bridge open may inspection | bridge open may inspection cable | 1.0
          bridge open may inspection | bridge open june inspection      | 0.75
          bridge open may inspection | council budget school            | 0.0
          bridge open may            | may open bridge                  | 0.3333333333333333
          """)
  void scores(String a, String b, double expected) {
    assertThat(Similarity.DEFAULT.score(List.of(a.split(" ")), List.of(b.split(" "))))
        .isEqualTo(expected);
  }
}
