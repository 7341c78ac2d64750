package dev.factx.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.bundle.Article;
import dev.factx.bundle.LineSourceMap;
import dev.factx.analysis.Document;
import dev.factx.analysis.Analyzer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberExtractorTest {
  static Document doc(String id, String body) {
    return Analyzer.analyze(
        new Article(id, false, Map.of("date", "2024-12-17"), Map.of(), body, "test",
            new LineSourceMap(body, 1, null)));
  }

  static List<NumericClaim> extract(String body) {
    return Docs.extract(new NumberExtractor(), doc("t", body));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # digits, with thousands separators, decimals and scale words
          The blast injured 14 workers at the plant.          | 14 workers                      | 14      | 14      | exact     | workers     | injured           |
          Police counted 1,250 protesters in the square.      | 1,250 protesters                | 1250    | 1250    | exact     | protesters  |                   |
          About 1.5 million people have fled the region.      | About 1.5 million people        | 1350000 | 1650000 | about     | people      |                   |
          The deal is worth $2.4bn to the exporter.           | $2.4bn                          | 2.4e9   | 2.4e9   | exact     | USD         |                   |
          Rebels hold 20k square kilometres.                  | 20k square kilometres           | 20000   | 20000   | exact     | kilometres  |                   |
          # money and shares
          Germany pledged EUR 3bn in military aid.            | EUR 3bn in military aid         | 3e9     | 3e9     | exact     | EUR         |                   |
          Brussels approved 2 billion euros for reconstruction. | 2 billion euros for reconstruction | 2e9 | 2e9     | exact     | EUR         |                   |
          The bill adds $5 million for border security.       | $5 million for border security  | 5e6     | 5e6     | exact     | USD         |                   |
          Kyiv received US$1.2 billion in loans.              | US$1.2 billion in loans         | 1.2e9   | 1.2e9   | exact     | USD         |                   |
          The fine was £250,000.                              | £250,000                        | 250000  | 250000  | exact     | GBP         |                   |
          Turnout reached 61% in the capital.                 | 61%                             | 61      | 61      | exact     | percent     |                   |
          Support fell to 38 percent among young voters.      | 38 percent                      | 38      | 38      | exact     | percent     |                   |
          Some 7.5 per cent of the budget goes to defence.    | Some 7.5 per cent of the budget | 6.75    | 8.25    | about     | percent     |                   |
          # numbers in words
          Three soldiers were captured near the river.        | Three soldiers were captured    | 3       | 3       | exact     | soldiers    | captured          |
          Thirty-five civilians were evacuated overnight.     | Thirty-five civilians were evacuated | 35 | 35      | exact     | civilians   | evacuated         |
          A dozen drones were shot down.                      | A dozen drones                  | 12      | 12      | exact     | drones      |                   |
          Dozens of residents were injured.                   | Dozens of residents were injured | 24     | 99      | about     | residents   | injured           |
          Hundreds of fighters surrendered.                   | Hundreds of fighters            | 200     | 999     | about     | fighters    |                   |
          Tens of thousands of people marched.                | Tens of thousands of people     | 20000   | 99999   | about     | people      |                   |
          One hundred and fifty refugees arrived.             | One hundred and fifty refugees  | 150     | 150     | exact     | refugees    |                   |
          Two or three tanks were destroyed.                  | Two or three tanks were destroyed | 2     | 3       | range     | tanks       | destroyed         |
          One soldier was wounded in the raid.                | One soldier was wounded         | 1       | 1       | exact     | soldier     | wounded           |
          # qualifiers: floors
          At least 40 people were killed in the strike.       | At least 40 people were killed  | 40      |         | at-least  | people      | killed            |
          No fewer than 18 sailors are missing.               | No fewer than 18 sailors are missing | 18 |         | at-least  | sailors     | missing           |
          More than 200 prisoners were released.              | More than 200 prisoners         | 200     |         | more-than | prisoners   |                   |
          Over 90 migrants were rescued at sea.               | Over 90 migrants were rescued   | 90      |         | more-than | migrants    | rescued           |
          Upwards of 5,000 volunteers signed up.              | Upwards of 5,000 volunteers     | 5000    |         | more-than | volunteers  |                   |
          # qualifiers: ceilings
          Up to 600 troops could be deployed.                 | Up to 600 troops                |         | 600     | up-to     | troops      |                   |
          As many as 70 pilots took part.                     | As many as 70 pilots            |         | 70      | up-to     | pilots      |                   |
          At most 15 vehicles remain.                         | At most 15 vehicles             |         | 15      | up-to     | vehicles    |                   |
          Fewer than 10 journalists were allowed in.          | Fewer than 10 journalists       |         | 10      | less-than | journalists |                   |
          Under 300 residents remain in the town.             | Under 300 residents             |         | 300     | less-than | residents   |                   |
          Nearly 50 homes were destroyed.                     | Nearly 50 homes were destroyed  | 45      | 50      | less-than | homes       | destroyed         |
          Almost 1,000 civilians were evacuated.              | Almost 1,000 civilians were evacuated | 900 | 1000  | less-than | civilians   | evacuated         |
          # qualifiers: about
          Around 120 patients were evacuated.                 | Around 120 patients were evacuated | 108  | 132     | about     | patients    | evacuated         |
          Approximately 45 boats were damaged.                | Approximately 45 boats were damaged | 40.5 | 49.5   | about     | boats       | damaged           |
          Roughly 800 households lost power.                  | Roughly 800 households          | 720     | 880     | about     | households  |                   |
          An estimated 3,000 people were displaced.           | An estimated 3,000 people were displaced | 2700 | 3300 | about | people   | displaced         |
          # ranges
          Between 20 and 30 marines were wounded.             | Between 20 and 30 marines were wounded | 20 | 30     | range     | marines     | wounded           |
          Officials expect 20-30 casualties.                  | 20-30 casualties                | 20      | 30      | range     | casualties  |                   |
          The toll could reach 20 to 30 deaths.               | 20 to 30 deaths                 | 20      | 30      | range     | deaths      |                   |
          Analysts see 20-30 million in losses.               | 20-30 million                   | 2e7     | 3e7     | range     |             |                   |
          # outcomes
          Ukraine said 25 Russian soldiers were killed or wounded. | 25 Russian soldiers were killed or wounded | 25 | 25 | exact | soldiers | killed or wounded |
          The brigade lost 60 fighters killed and wounded.    | 60 fighters killed and wounded  | 60      | 60      | exact     | fighters    | killed and wounded |
          Rescuers found 9 dead after the quake.              | 9 dead                          | 9       | 9       | exact     |             | killed            |
          The army reported 12 wounded overnight.             | 12 wounded                      | 12      | 12      | exact     |             | wounded           |
          Around 300 North Korean troops were captured.       | Around 300 North Korean troops were captured | 270 | 330 | about | troops | captured       |
          Two sailors went missing and 4 were hurt.           | 4 were hurt                     | 4       | 4       | exact     | sailors     | injured           |
          The shelling killed 7 civilians on Sunday.          | 7 civilians                     | 7       | 7       | exact     | civilians   | killed            |
          """)
  void readsAFigure(
      String sentence, String text, Double low, Double high, String qualifier, String unit,
      String outcome) {
    assertThat(extract(sentence))
        .filteredOn(c -> c.text().equals(text))
        .singleElement()
        .satisfies(c -> {
          // exact decimals: 1.1 * 120 is 132, not 132.00000000000003
          if (low == null) {
            assertThat(c.low()).isNull();
          } else {
            assertThat(c.low()).isEqualByComparingTo(new BigDecimal(Double.toString(low)));
          }
          if (high == null) {
            assertThat(c.high()).isNull();
          } else {
            assertThat(c.high()).isEqualByComparingTo(new BigDecimal(Double.toString(high)));
          }
          assertThat(c.qualifier()).isEqualTo(qualifier);
          assertThat(c.unit()).isEqualTo(unit);
          assertThat(c.outcome()).isEqualTo(outcome);
        });
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # according to, as per, citing
          According to the health ministry, 31 people died.     | 31 people died               | health ministry
          As per a Reuters tally, 58 vessels were seized.       | 58 vessels                   | Reuters
          Citing Pentagon officials, the paper said 1,100 troops were wounded. | 1,100 troops were wounded | Pentagon officials
          According to Kenyan police estimates, 2,000 people marched. | 2,000 people           | Kenyan police
          # X said, X reported, X estimates
          The UN estimates that 4 million people need aid.      | 4 million people             | UN
          Kyiv reported 18 drones destroyed.                    | 18 drones destroyed          | Kyiv
          Fifty soldiers were killed, Governor Ivan Petrov told reporters. | Fifty soldiers were killed | Governor Ivan Petrov
          The Red Cross said 40 volunteers were injured.        | 40 volunteers were injured   | Red Cross
          # a pronoun takes the source named before it
          The BBC reported the raid. It said 16 civilians were hurt. | 16 civilians were hurt | BBC
          # no source
          Some 80 tanks were lost in the battle.                | Some 80 tanks                |
          Officials expect at least 5 more flights.             | at least 5                   |
          """)
  void readsWhoGaveAFigure(String sentence, String text, String source) {
    assertThat(extract(sentence))
        .filteredOn(c -> c.text().equals(text))
        .singleElement()
        .extracting(NumericClaim::sourceCited)
        .isEqualTo(source);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # dates, times and years (a time of day told with "at" is a figure: FigurePhrasesTest)
          The summit opened on 14 December 2024 in Brussels.
          Talks resumed on Dec. 16 after a pause.
          The statement was posted before 7:04 PM local time.
          Updated: 17-12-2024 13:46 IST
          The war began in 2022.
          In the 1990s the plant closed.
          © Copyright 2024
          # points in time and reading times (a length of time is a figure: FigurePhrasesTest)
          Three years into the war, morale is low.
          2 min read
          # ordinals, list numbering, names
          The 14th brigade moved north.
          It was the first time since the war began.
          1
          Leaders of the G7 met in Rome.
          The F-16 jets arrived.
          The Boeing 737 landed safely.
          Article 5 of the treaty applies.
          # contacts and addresses (ages are figures: FigurePhrasesTest)
          Call +44-20-7946-0958 for tickets.
          Phone: 555 0100, 14, 15
          The office is at 10 Downing Street.
          # words that are not figures
          One of them was released.
          The two nations signed a treaty.
          No one was hurt, and one another's claims were denied.
          """)
  void skipsWhatIsNotAFigure(String sentence) {
    assertThat(extract(sentence)).isEmpty();
  }

  @Test
  void twoFiguresInOneSentenceShareTheCountedNoun() {
    List<NumericClaim> claims =
        extract("Near the dam, some 40 Russian marines were killed or wounded and five went missing.");
    assertThat(claims).extracting(NumericClaim::text)
        .containsExactly("some 40 Russian marines were killed or wounded", "five went missing");
    assertThat(claims.get(1).unit()).isEqualTo("marines");
    assertThat(claims.get(1).outcome()).isEqualTo("missing");
    assertThat(claims.get(1).subject()).isEqualTo("Russian marines missing");
  }

  @Test
  void spansPointAtTheRawBody() {
    //  raw:        Some\u00a0\u00a030 troops \u2014 "at least"
    //  normalized: Some 30 troops - "at least"
    String body = "Officials say some\u00a0\u00a030 troops were hurt.";
    NumericClaim c = extract(body).get(0);
    assertThat(c.span().of(body)).isEqualTo("some\u00a0\u00a030 troops were hurt");
    assertThat(c.text()).isEqualTo(c.span().of(body));
    assertThat(c.id()).isEqualTo("t:n1");
  }

  @Test
  void theGroupOfACasualtyCountComesFromTheSentence() {
    NumericClaim c =
        extract("Afterward, Russian troops suffered up to 120 casualties, Reuters said.").get(0);
    assertThat(c.unit()).isEqualTo("casualties");
    assertThat(c.subject()).isEqualTo("Russian casualties");
    assertThat(c.sourceCited()).isEqualTo("Reuters");
    assertThat(extract("Afterward, Russian troops suffered up to 120 casualties.").get(0).context())
        .isEqualTo(new FigureContext("up to 120", "Russian", "military", null, true));
  }
}
