package dev.factx.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.analysis.Document;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExtractorTest {
  private final DateExtractor extractor = new DateExtractor();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          # the verb before the date, and its subject
          Finance Minister Anna Berg said on Dec. 3 that taxes would rise.     | Anna Berg said
          Rebel forces started a new offensive near Aleppo on 2 March 2024.    | Rebel forces started
          The Ukrainian navy also released footage on Sunday.                  | Ukrainian navy released
          Prices rose, the central bank (ECB) reported on Monday.              | central bank (ECB) reported
          # the first verb after a date that opens the sentence
          A little more than a week ago, rebel forces began shelling the town. | rebel forces began
          On Monday, Berg told reporters that she would stay.                   | Anna Berg told
          # an owner's event noun right before the date
          The remarks follow Germany's announcement on Monday.                 | Germany's announcement
          # a pronoun subject is the last person named
          Berg spoke later. She said on Friday that talks failed.              | Anna Berg said
          # the relative clause's antecedent
          Troops that had landed in Kursk in November were moved.              | Troops landed
          """)
  void tiesEachDateToItsEvent(String sentence, String event) {
    String body = sentence.startsWith("On Monday") || sentence.startsWith("Berg")
        ? "Finance Minister Anna Berg spoke.\n\n" + sentence
        : sentence;
    List<DateClaim> claims = Docs.extract(extractor, Docs.doc("a", "2024-12-17", body));
    assertThat(claims).last().extracting(c -> c.event().text()).isEqualTo(event);
  }

  @Test
  void resolvesTheSameDayOnThePreviousSentencesEvent() {
    Document d = Docs.doc("a", "2024-12-20",
        "The minister spoke on Dec. 16. The remarks came the same day that the army confirmed the"
            + " losses.");
    assertThat(Docs.extract(extractor, d))
        .extracting(DateClaim::text, DateClaim::value, DateClaim::anchor, c -> c.event().text())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("on Dec. 16", "2024-12-16",
                LocalDate.parse("2024-12-20"), "minister spoke"),
            org.assertj.core.groups.Tuple.tuple("the same day", "2024-12-16",
                LocalDate.parse("2024-12-16"), "army confirmed"));
  }

  @Test
  void leavesRelativeDatesUnresolvedWithoutAnAnchor() {
    assertThat(Docs.extract(extractor, Docs.doc("a", null, "The mayor resigned on Monday.")))
        .singleElement()
        .satisfies(c -> {
          assertThat(c.value()).isNull();
          assertThat(c.anchor()).isNull();
          assertThat(c.relative()).isTrue();
        });
  }

  @Test
  void pointsAtTheRawCharacters() {
    //  raw:        He said\u00a0\u00a0on Dec.\u00a016 that …
    //  normalized: He said on Dec. 16 that ...
    String body = "Mayor Lena Ortiz said\u00a0\u00a0on Dec.\u00a016 that \u201cit\u2019s over\u201d.";
    DateClaim c = Docs.extract(extractor, Docs.doc("x", "2024-12-17", body)).get(0);
    assertThat(c.id()).isEqualTo("x:d1");
    assertThat(c.text()).isEqualTo("on Dec.\u00a016");
    assertThat(c.span().of(body)).isEqualTo(c.text());
    assertThat(c.event().text()).isEqualTo("Lena Ortiz said");
  }
}
