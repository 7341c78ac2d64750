package dev.factx.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {
  private static List<String> tokens(String s) {
    Tokens t = Tokenizer.tokenize(s);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.text(i) + "/" + t.kind(i).name().charAt(0) + (t.glued(i) ? "+" : ""));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          # words, numbers and marks; + marks a token glued to the one before
          at least 30 soldiers          | at/W least/W 30/N soldiers/W
          Russia's F-16 jets            | Russia's/W F/W -/P+ 16/N+ jets/W
          1,000 or 2.5%                 | 1,000/N or/W 2.5/N %/P+
          O'Brien, Campa-Najjar         | O'Brien/W ,/P+ Campa/W -/P+ Najjar/W+
          Зеленський і Núñez            | Зеленський/W і/W Núñez/W
          U.S. rock'n'roll              | U/W ./P+ S/W+ ./P+ rock'n/W '/P+ roll/W+
          "Go," he said                 | "/P Go/W+ ,/P+ "/P+ he/W said/W
          """)
  void cutsTextIntoTokens(String text, String expected) {
    assertThat(String.join(" ", tokens(text))).isEqualTo(expected);
  }

  @Test
  void offsetsPointIntoTheTextAndLookupsFindTheToken() {
    //            0         1         2
    //            0123456789012345678901234
    String text = "He said: \"we win\" today.";
    Tokens t = Tokenizer.tokenize(text);
    assertThat(t.text(3)).isEqualTo("\"");
    assertThat(t.start(4)).isEqualTo(10);
    assertThat(t.end(4)).isEqualTo(12);
    assertThat(t.at(11)).isEqualTo(4);
    assertThat(t.at(12)).isEqualTo(-1); // the space between "we" and "win"
    assertThat(t.firstAtOrAfter(12)).isEqualTo(5);
    assertThat(t.in(new Span(10, 16))).extracting(Token::text).containsExactly("we", "win");
    assertThat(t.get(0).lower()).isEqualTo("he");
  }

  @Test
  void aDocumentsTokensKnowTheirSentenceAndWhetherTheyAreQuoted() {
    Document d = Analyzed.doc("a", "Ana Ruiz spoke. She said \"we will win\" and left.");
    List<Token> tokens = d.tokens(new Span(0, d.text().value().length()));
    assertThat(tokens).filteredOn(Token::quoted).extracting(Token::text)
        .containsExactly("\"", "we", "will", "win", "\"");
    assertThat(tokens).extracting(Token::sentence).startsWith(0, 0, 0, 0, 1).endsWith(1);
  }

  @Test
  void wordsGlueWhatOnlyAnInnerMarkSeparates() {
    Document d = Analyzed.doc("a", "The U.S.-led F-16 plan, worth $1,000, is G7's.");
    assertThat(d.words(new Span(0, d.text().value().length()))).extracting(Word::text)
        .containsExactly("The", "U.S.", "led", "F-16", "plan", "worth", "1,000", "is", "G7's");
  }
}
