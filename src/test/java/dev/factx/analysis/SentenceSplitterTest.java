package dev.factx.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.text.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {
  /** Splits {@code text} and joins the sentences with {@code " // "}. */
  private static String split(String text) {
    List<Span> spans = SentenceSplitter.split(text, new Span(0, text.length()));
    return spans.stream().map(s -> s.of(text)).collect(Collectors.joining(" // "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # plain ends
      He left. She stayed.                                   | He left. // She stayed.
      He left. she stayed.                                   | He left. she stayed.
      Did he leave? Yes! She stayed.                         | Did he leave? // Yes! // She stayed.
      He left.She stayed.                                    | He left.She stayed.
      It rose 5%. 30 people were hurt.                       | It rose 5%. // 30 people were hurt.
      No end here                                            | No end here
      # titles never end a sentence
      Maj. Gen. Pat Ryder spoke.                             | Maj. Gen. Pat Ryder spoke.
      Lt. Col. Anna Mays led it. She is 40.                  | Lt. Col. Anna Mays led it. // She is 40.
      Gen. Smith and Dr. Lee met Mr. Roe.                    | Gen. Smith and Dr. Lee met Mr. Roe.
      He lives on St. Mark's Road. It is old.                | He lives on St. Mark's Road. // It is old.
      Sen. Ward spoke. Rep. Hale did too.                    | Sen. Ward spoke. // Rep. Hale did too.
      # months and numbers
      It happened on Dec. 16. Then it ended.                 | It happened on Dec. 16. // Then it ended.
      On Jan. 3 and Sept. 9 he spoke.                        | On Jan. 3 and Sept. 9 he spoke.
      He went to No. 10 Downing Street.                      | He went to No. 10 Downing Street.
      He said no. Then he left.                              | He said no. // Then he left.
      The plan cost 1.5 million dollars. It failed.          | The plan cost 1.5 million dollars. // It failed.
      Sales hit 2.4bn. Profits fell.                         | Sales hit 2.4bn. // Profits fell.
      # dotted abbreviations and initials
      The U.S. State Department spoke.                       | The U.S. State Department spoke.
      He flew to the U.S. He landed.                         | He flew to the U.S. // He landed.
      The U.K. Foreign Office agreed.                        | The U.K. Foreign Office agreed.
      It was in Washington, D.C., on Monday.                 | It was in Washington, D.C., on Monday.
      He lives in Washington, D.C. The city is big.          | He lives in Washington, D.C. // The city is big.
      J. R. R. Tolkien wrote it.                             | J. R. R. Tolkien wrote it.
      George W. Bush spoke. He left.                         | George W. Bush spoke. // He left.
      They met at 9 a.m. Monday.                             | They met at 9 a.m. Monday.
      They met at 9 a.m. The talks failed.                   | They met at 9 a.m. // The talks failed.
      It ended at 5 p.m. on Friday.                          | It ended at 5 p.m. on Friday.
      Acme Inc. said so. Its rival Acme Corp. did not.       | Acme Inc. said so. // Its rival Acme Corp. did not.
      Tom Vale Jr. (D-Ohio) spoke first.                     | Tom Vale Jr. (D-Ohio) spoke first.
      The prize went to Tom Vale Jr. (He had won before.)    | The prize went to Tom Vale Jr. // (He had won before.)
      The prize went to Tom Vale Jr. He had won before.      | The prize went to Tom Vale Jr. // He had won before.
      # ellipses
      We will... we must win.                                | We will... we must win.
      "That would be ... That would absolutely be wrong."    | "That would be ... That would absolutely be wrong."
      "I wonder..." He left.                                 | "I wonder..." // He left.
      It ended...                                            | It ended...
      # quotes
      "We will win." He left.                                | "We will win." // He left.
      "We will win," he said.                                | "We will win," he said.
      "Will we win?" she asked.                              | "Will we win?" she asked.
      "Yes!" It was over.                                    | "Yes!" // It was over.
      He said: "We won." "Good," she said.                   | He said: "We won." // "Good," she said.
      He left. "We will win," he said.                       | He left. // "We will win," he said.
      (It was cold.) They left.                              | (It was cold.) // They left.
      """)
  void splits(String text, String expected) {
    assertThat(split(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      # a line end always ends a sentence; spans are trimmed
      First line\\nSecond line       | First line // Second line
      '  He left.  \\n\\n  She did.' | He left. // She did.
      """)
  void lineEndsSplit(String text, String expected) {
    assertThat(split(text.replace("\\n", "\n"))).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void splitsOnlyWithinTheGivenSpan() {
    //  0         1         2
    //  0123456789012345678901234
    //  Skip. He left. She did.
    String text = "Skip. He left. She did.";
    List<Span> spans = SentenceSplitter.split(text, new Span(6, 14));
    assertThat(spans).containsExactly(new Span(6, 14));
  }
}
