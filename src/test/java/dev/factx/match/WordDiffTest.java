package dev.factx.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordDiffTest {
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      emptyValue = "",
      textBlock = """
          # reference                                       | variant                                                | diff
          the bridge will open in May after the inspection  | So, in our view, the bridge will open in May after the inspection | +[So, in our view,] the bridge will ...
          the bridge will open in May after the inspection  | bridge will open in May after the inspection           | -[the] bridge will open ...
          the bridge will open in May after the inspection  | the bridge will open in June after the inspection      | ... will open in -[May] +[June] after the inspection
          the bridge will open in May after the inspection  | the bridge will open in may, after the inspection.     | ''
          the bridge will open in May after the inspection  | the bridge will open ... the inspection                | ... bridge will open -[in May after] +[...] the inspection
          """)
  void diffs(String reference, String variant, String diff) {
    assertThat(WordDiff.diff(reference, variant)).isEqualTo(diff);
  }
}
