package dev.factx.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.analysis.NameMention.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameGrammarTest {
  /** Each mention as {@code name[title]{evidence letters}}, evidence by first letter pairs. */
  private static String describe(String body) {
    StringBuilder b = new StringBuilder();
    for (NameMention m : Analyzed.doc("a", body).names()) {
      if (b.length() > 0) {
        b.append(" ; ");
      }
      b.append(m.name());
      if (m.title() != null) {
        b.append(" [").append(m.title()).append(']');
      }
      if (m.place() != null) {
        b.append(" of ").append(m.place());
      }
      StringBuilder e = new StringBuilder();
      for (Evidence ev : Evidence.values()) {
        if (m.has(ev)) {
          e.append(e.length() > 0 ? "," : "").append(ev.name().toLowerCase());
        }
      }
      if (e.length() > 0) {
        b.append(" {").append(e).append('}');
      }
    }
    return b.toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          # titles and ranks before the name are its title, not part of it
          State Department spokesperson Matthew Miller arrived.     | Matthew Miller [spokesperson] {title_before}
          Pentagon spokesperson Major General Pat Ryder arrived.    | Pat Ryder [spokesperson Major General] {title_before}
          Prosecutor Dan Ito arrived.                              | Dan Ito [Prosecutor] {title_before}
          Judge Ana M. Ruiz Jr. arrived.                           | Ana M. Ruiz Jr. [Judge] {title_before}
          Rep. Duncan Hunter arrived. Mr. Hunter left.             | Duncan Hunter [Rep.] {title_before,surname_alone} ; Hunter [Mr.] {title_before}
          Secretary of State Antony Blinken arrived.               | Antony Blinken [State] {title_before}
          # the portfolio after "Minister for", "Secretary of" is the title's, the last two name words the name
          Minister for Health Tom Ash arrived.                     | Tom Ash [Health] {title_before}
          Secretary of Homeland Security Ana Ruiz arrived.         | Ana Ruiz [Homeland Security] {title_before}
          Minister for Health Ana de Souza arrived.                | Ana de Souza [Health] {title_before}
          Governor of Ohio Dan Ito arrived.                        | Dan Ito [Ohio] {title_before}
          # not after a title, or a run of two: read as it stands
          The widow of John Paul Ito arrived.                      | John Paul Ito
          Minister for Health Ash arrived.                         | Health Ash
          # Unicode names, hyphens, apostrophes, particles
          Президент Зеленський сказав.                             | Президент Зеленський
          Ana Núñez said so.                                       | Ana Núñez {speech_after}
          Karine Jean-Pierre and Ammar Campa-Najjar met.           | Karine Jean-Pierre ; Ammar Campa-Najjar
          Conan O'Brien met Ursula von der Leyen.                  | Conan O'Brien ; Ursula von der Leyen
          President Bashar al-Assad arrived.                         | Bashar al-Assad [President] {title_before}
          # speech verbs before and after; a title after the comma
          "We will," said Matthew Miller.                          | Matthew Miller {speech_before}
          Matthew Miller also told reporters so.                   | Matthew Miller {speech_after}
          According to Matthew Miller, it rained.                  | Matthew Miller {speech_before}
          Matthew Miller, the State Department spokesman, arrived. | Matthew Miller {title_after}
          Ana Ruiz, a professor at Oxford, disagreed.              | Ana Ruiz {title_after} ; Oxford
          # possessives end a name; places after "of" are no names
          Ryder's statement came first.                            | Ryder
          Senator Maria Lopez of Ohio said so.                     | Maria Lopez [Senator] of Ohio {title_before}
          # compound and plural titles; a role noun and a comma before the name
          BuzzFeed Editor-in-Chief Ben Smith said so.              | BuzzFeed ; Ben Smith [Editor-in-Chief] {title_before,speech_after}
          Senators Ann Lee and Tom Ash arrived.                    | Ann Lee [Senators] {title_before} ; Tom Ash
          They met the spokeswoman, Lena Park, on Monday.          | Lena Park {role_before}
          Dan Ito, the party's nominee, arrived.                   | Dan Ito {title_after}
          # a function word or participle that opens a sentence is no name word
          Both Facebook and Twitter were fined.                    | Facebook ; Twitter
          Following Romney's speech, the hall emptied.             | Romney
          # no names: organisations, peoples, months, initialisms, capitals of a heading
          The Pentagon and the Kremlin met in December in the U.S. | 
          North Korean troops entered Kursk on Monday.              | 
          """)
  void findsNames(String text, String expected) {
    assertThat(describe(text)).isEqualTo(expected == null ? "" : expected);
  }

  @Test
  void aNameTakesAtMostFourWords() {
    assertThat(Analyzed.names("Anna Maria Louisa Smith Jones spoke."))
        .containsExactly("Maria Louisa Smith Jones");
  }

  @Test
  void mentionsKnowTheirPlaceAndTheirSentence() {
    String body = "Berg met them. \"We go,\" said Anna Berg.";
    Document d = Analyzed.doc("a", body);
    List<NameMention> names = d.names();
    assertThat(names).extracting(NameMention::name).containsExactly("Berg", "Anna Berg");
    assertThat(names.get(0).opensSentence()).isTrue();
    assertThat(names.get(1).span().of(d.text().value())).isEqualTo("Anna Berg");
    assertThat(d.nameEndingAt(names.get(1).span().end())).isEqualTo(1);
    assertThat(d.lastNameEndingBy(names.get(1).span().start())).isZero();
  }
}
