package dev.factx.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdsTest {
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # file name without its ending | id
      # already an id
      story                          | story
      2024-12-17_herald.v2           | 2024-12-17_herald.v2
      a7                             | a7
      # spaces and punctuation
      my reprint                     | my-reprint
      `  two   spaces  `             | two-spaces
      The Herald (copy 2)            | The-Herald-copy-2
      what?!                         | what
      Ferry fire - The Courier       | Ferry-fire-The-Courier
      a--b                           | a--b
      # accents dropped, other letters become -
      Zürich café                    | Zurich-cafe
      Kyiv Київ report               | Kyiv-report
      # an id starts with a letter or digit and ends cleanly
      .hidden                        | hidden
      _draft_                        | draft
      -x-                            | x
      # nothing left: the article gets a generated id
      Київ                           | ``
      ???                            | ``
      """)
  void fileNamesBecomeValidIds(String name, String id) {
    assertThat(Ids.valid(name)).isEqualTo(id);
    if (!id.isEmpty()) {
      assertThat(Ids.check(id)).isNull();
    }
  }

  @Test
  void longNamesAreCutTo64Characters() {
    String id = Ids.valid("x".repeat(63) + " y");
    assertThat(id).isEqualTo("x".repeat(63));
    assertThat(Ids.valid("y".repeat(100))).hasSize(64);
  }

  @Test
  void fileNameIdsTakenBeforeAreNumbered() {
    Ids ids = new Ids();
    assertThat(ids.claim("story-2", "x.bundle:1")).isNull();
    List<String> got = new ArrayList<>();
    for (String name : List.of("story", "story", "story", "my reprint", "my-reprint")) {
      got.add(ids.fromFileName(name, name));
    }
    assertThat(got).containsExactly("story", "story-3", "story-4", "my-reprint", "my-reprint-2");
    // an id written in the input after it is still the user's, and used twice
    assertThat(ids.claim("story", "y.bundle:4"))
        .isEqualTo("article id 'story' is used twice (first at story); give each article its own"
            + " id");
  }

  @Test
  void numberedIdsStayWithin64Characters() {
    Ids ids = new Ids();
    String base = "z".repeat(64);
    assertThat(ids.fromFileName(base, "1")).isEqualTo(base);
    assertThat(ids.fromFileName(base, "2")).isEqualTo("z".repeat(62) + "-2").hasSize(64);
  }

  @Test
  void nothingOfTheNameLeftMeansAGeneratedId() {
    assertThat(new Ids().fromFileName("Київ", "Київ.md")).isNull();
  }
}
