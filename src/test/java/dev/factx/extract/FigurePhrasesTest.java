package dev.factx.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.CrossReferencer;
import dev.factx.Report;
import dev.factx.bundle.Article;
import dev.factx.bundle.LineSourceMap;
import dev.factx.report.Messages;
import dev.factx.match.Finding;
import dev.factx.match.Relation;
import dev.factx.match.Verdict;
import dev.factx.text.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figure phrases of news English (issue 16): what factx must read as a figure, with its interval,
 * qualifier and what it counts, what it must not read as one, and how two figures about the same
 * thing compare. Every sentence is of our own writing.
 *
 * <p>The expected figure is marked inline: in {@code "The court fined him [[$2.5 million]]."} the
 * claim's span must be exactly {@code $2.5 million}. Values are exact decimals: a low of {@code 54}
 * is not met by {@code 54.00000000000001}.
 *
 * <p>The {@code counts} column is what the figure counts: the head noun's lemma, then each word
 * that makes it specific, as {@code lemma +specific +specific} ({@code worker +killed},
 * {@code USD +revenue}, {@code year +prison}, {@code page +indictment}, {@code age +Ana Ruiz}):
 * {@link NumericClaim#counted()}, rendered by {@link Counted#render()}.
 */
class FigurePhrasesTest {

  // ---------------------------------------------------------------------------------------------
  // what a figure is

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # durations: a figure with a time unit is a length of time, not a date
          The dockworkers stayed off the job for [[12 days]] in March.          | 12      | 12      | exact     | day
          Crews searched the lake for [[36 hours]] before the storm.            | 36      | 36      | exact     | hour
          The review took [[two years]] and cost the county dearly.             | 2       | 2       | exact     | year
          Talks dragged on for [[nearly three weeks]] without a deal.           | 2.7     | 3       | less-than | week
          The ferry was out of service for [[about 10 days]].                   | 9       | 11      | about     | day
          Nurses at the clinic began a [[three-week strike]] on Monday.         | 3       | 3       | exact     | week +strike
          The charges came after a [[two-year inquiry]] by state auditors.      | 2       | 2       | exact     | year +inquiry
          Lopez closed his [[19-month investigation]] of the agency.            | 19      | 19      | exact     | month +investigation
          The board ended the [[nearly four-year review]] last week.            | 3.6     | 4       | less-than | year +review
          The mill has been closed for [[more than six months]].                | 6       |         | more-than | month
          # ages: appositive, "aged", "X-year-old", "then X", "X or older", decades of life
          Ana Ruiz, [[64]], was elected chair of the water board.               | 64      | 64      | exact     | age +Ana Ruiz
          The new coach, Tom Reyes, [[58]], starts in June.                      | 58      | 58      | exact     | age +Tom Reyes
          Mr. Okafor, [[39]], is serving his first term.                         | 39      | 39      | exact     | age +Okafor
          The painter Lena Park died on Sunday [[aged 81]].                      | 81      | 81      | exact     | age +Lena Park
          Police said a [[15-year-old boy]] was detained.                        | 15      | 15      | exact     | age +boy
          On that trip Dale Hurst, then [[32]], drove the van.                   | 32      | 32      | exact     | age +Dale Hurst
          The law covers anyone [[18 or older]].                                 | 18      |         | at-least  | age
          The pupils were [[between 11 and 14 years old]].                       | 11      | 14      | range     | age +pupil
          He was [[in his 40s]] when he bought the farm.                         | 40      | 49      | range     | age
          # prison terms and other sentences
          The judge sentenced Greer to [[nine years in prison]].                 | 9       | 9       | exact     | year +prison
          Each of the three men faces [[up to 20 years in prison]].              | | 20      | up-to     | year +prison
          Prosecutors asked for [[30 to 37 months in prison]].                   | 30      | 37      | range     | month +prison
          She was also given [[three years' probation]].                         | 3       | 3       | exact     | year +probation
          He served [[11 years in prison]] for the robbery.                      | 11      | 11      | exact     | year +prison
          # compound adjectives: the number measures the noun after it
          Investigators released a [[61-page indictment]] on Friday.             | 61      | 61      | exact     | page +indictment
          Officials read out the [[42-word pledge]] at the start.                | 42      | 42      | exact     | word +pledge
          The [[five-page memo]] was sent to every member.                       | 5       | 5       | exact     | page +memo
          Delgado is a [[six-term senator]] from the north.                      | 6       | 6       | exact     | term +senator
          Fire gutted a [[12-storey tower]] near the port.                       | 12      | 12      | exact     | storey +tower
          The appeal goes to a [[three-judge panel]].                            | 3       | 3       | exact     | judge +panel
          The poll gives Moreno a [[nine-point lead]].                           | 9       | 9       | exact     | point +lead
          The city signed a [[$1.5 million contract]] with the firm.             | 1500000 | 1500000 | exact     | USD +contract
          # amounts right after "the" or a verb
          The council gave her the [[$2.1 billion]] she asked for.               | 2100000000 | 2100000000 | exact | USD
          A court fined the bank [[$2.5 million]] on Thursday.                   | 2500000 | 2500000 | exact     | USD +fined
          The couple repaid [[about $70,000]] to the campaign.                   | 63000   | 77000   | about     | USD +repaid
          The pair spent [[$218.45]] on toys, the filing says.                   | 218.45  | 218.45  | exact     | USD +spent
          The state paid the builder [[$4.2 million]] last year.                 | 4200000 | 4200000 | exact     | USD +paid
          Ortiz raised [[just over $300,000]] for the race.                      | 300000  | 330000  | more-than | USD +raised
          The treasurer moved [[more than $180,000 in campaign funds]] abroad.   | 180000  |         | more-than | USD +campaign fund
          He admitted using the [[$640,000 in campaign money]] for himself.      | 640000  | 640000  | exact     | USD +campaign money
          She spent [[$8,412.06 worth of furniture]] at one store.               | 8412.06 | 8412.06 | exact     | USD +furniture
          # money with what it is: revenue, per share, in aid
          The bank reported [[$12.37 billion in revenue]] for the quarter.       | 12370000000 | 12370000000 | exact | USD +revenue
          The retailer earned [[$1.42 per share]] in the period.                 | 1.42    | 1.42    | exact     | USD +per share
          Norway pledged [[NOK 500 million in aid]] to the region.               | 500000000 | 500000000 | exact | NOK +aid
          Turnover rose to [[€3.05bn]] last year.                                | 3050000000 | 3050000000 | exact | EUR +turnover
          # percentages, with the base of the change
          Sales rose [[4.2% year on year]] in the third quarter.                 | 4.2     | 4.2     | exact     | percent +sales +yoy
          Profit fell [[12 percent from a year earlier]].                        | 12      | 12      | exact     | percent +profit +yoy
          Rents were up [[3.1 percent year-over-year]] in May.                   | 3.1     | 3.1     | exact     | percent +rent +yoy
          Turnout reached [[58 percent]] in the city.                            | 58      | 58      | exact     | percent +turnout
          Brandt won with [[54 percent of the vote]].                            | 54      | 54      | exact     | percent +vote
          [[About 70 percent of those polled]] backed the plan.                  | 63      | 77      | about     | percent +polled
          She said [[80-plus percent of the claims]] were rejected.              | 80      |         | at-least  | percent +claim
          # scores: the two sides as written, winner first after "won" or "beat"
          The visitors won [[3-1]] on Saturday.                                  | 3       | 1       | score     | score +won
          Lyon beat the hosts [[2-0]] in the final.                              | 2       | 0       | score     | score +won
          The derby ended [[1-1]] after extra time.                              | 1       | 1       | score     | score +drew
          # counts in words: small numbers, "others", bands and "several"
          [[Two others were injured]] in the crash.                           | 2       | 2       | exact     | people +injured
          The paper found [[three other women]] with similar accounts.           | 3       | 3       | exact     | woman
          Reyes and his wife have [[two young daughters]].                       | 2       | 2       | exact     | daughter
          She lives with their [[three sons]] in Tulsa.                          | 3       | 3       | exact     | son
          Police arrested [[dozens of protesters]] near the bridge.              | 24      | 99      | about     | protester +arrested
          [[Hundreds of thousands of people]] lined the route.                   | 200000  | 999999  | about     | people
          The firm spent [[tens of thousands of dollars]] on lobbying.           | 20000   | 99999   | about     | USD +spent
          The blast left [[scores of others hurt]].                            | 40      | 199     | about     | people +injured
          The plant laid off [[several hundred workers]] in May.                 | 300     | 999     | about     | worker
          He had been questioned by police [[several times]] before.             | 3       | 9       | about     | time +questioned
          He had [[twice]] been questioned by police before.                     | 2       | 2       | exact     | time +questioned
          [[Almost a dozen relatives]] flew to the wedding.                      | 10.8    | 12      | less-than | relative
          # ordinals that carry a fact
          Olsen was sworn in as the [[47th mayor]] of the city.                  | 47      | 47      | ordinal   | mayor
          She is serving her [[second term]] as governor.                        | 2       | 2       | ordinal   | term
          Kovac won his [[third title]] in Madrid.                               | 3       | 3       | ordinal   | title
          He is the [[second Latino member]] of the court.                       | 2       | 2       | ordinal   | member
          She is ranked [[No. 3]] in the world.                                  | 3       | 3       | ordinal   | rank
          # the same value at another precision: exact decimals, no float noise
          The fund is worth [[$12.4 billion]].                                   | 12400000000 | 12400000000 | exact | USD
          [[Almost 1.1 million people]] have left the region.                | 990000  | 1100000 | less-than | people
          Inflation eased to [[0.3 percent]] in June.                            | 0.3     | 0.3     | exact     | percent +inflation
          The receipts show a bill of [[$10,204.17]] from one shop.          | 10204.17 | 10204.17 | exact    | USD +bill
          # rounding words as intervals
          [[About 400 people]] attended the vigil.                               | 360     | 440     | about     | people
          [[About 60 House members]] stayed away.                                | 54      | 66      | about     | member
          [[Nearly 50 homes were destroyed]].                                  | 45      | 50      | less-than | home +destroyed
          Lawyers found [[roughly 900 pages]] on the topic.                      | 810     | 990     | about     | page
          [[Some 30 soldiers were captured]].                                  | 27      | 33      | about     | soldier +captured
          Reporters interviewed [[more than 30 people]] for the story.           | 30      |         | more-than | people
          [[Over 90 migrants were rescued]] at sea.                            | 90      |         | more-than | migrant +rescued
          [[At least 53 others were wounded]] in the attack.                     | 53      |         | at-least  | people +wounded
          [[Well over 1,000 fans]] waited outside.                               | 1000    |         | more-than | fan
          [[Fewer than 10 journalists]] were allowed in.                         | | 10      | less-than | journalist
          [[No more than 15 trucks]] may cross each day.                         | | 15      | up-to     | truck
          [[An estimated 3,000 people were displaced]].                        | 2700    | 3300    | about     | people +displaced
          The panel read the [[more than 300 pages]] of the report.              | 300     |         | more-than | page
          # ranges
          [[Between 20 and 30 marines were wounded]].                          | 20      | 30      | range     | marine +wounded
          Officials expect [[20-30 casualties]].                                 | 20      | 30      | range     | casualty
          [[Two or three tanks were destroyed]].                               | 2       | 3       | range     | tank +destroyed
          The repairs will cost [[$5 million to $7 million]].                    | 5000000 | 7000000 | range     | USD
          Prices may rise [[5 to 7 percent]] next year.                          | 5       | 7       | range     | percent +price
          The party hopes to win [[seven to eight seats]].                       | 7       | 8       | range     | seat
          # a time of day told with "at": minutes after midnight
          The sirens sounded at [[noon]].                                        | 720     | 720     | exact     | clock
          The oath was taken precisely at [[12:00 p.m.]]                          | 720     | 720     | exact     | clock
          Polls close at [[8 p.m.]] on Tuesday.                                  | 1200    | 1200    | exact     | clock
          The first train left at [[6:45 am]] sharp.                             | 405     | 405     | exact     | clock
          The vote closed at [[midnight]].                                       | 0       | 0       | exact     | clock
          The shift ended at [[12:30 a.m.]] on Sunday.                          | 30      | 30      | exact     | clock
          The statement was posted at [[7:04 PM]] local time.                   | 1144    | 1144    | exact     | clock
          # one sentence, two counts: each figure counts its own noun
          The jet carried [[212 passengers]] and nine crew members.              | 212     | 212     | exact     | passenger
          The jet carried 212 passengers and [[nine crew members]].              | 9       | 9       | exact     | crew member
          The storm killed [[12 workers]] and injured 30 residents.              | 12      | 12      | exact     | worker +killed
          """)
  void readsAFigure(String marked, String low, String high, String qualifier, String counts) {
    Marked m = Marked.of(marked);
    NumericClaim c = figureAt(m);
    assertThat(decimal(c.low())).as("low").isEqualTo(decimal(low));
    assertThat(decimal(c.high())).as("high").isEqualTo(decimal(high));
    assertThat(c.qualifier()).as("qualifier").isEqualTo(qualifier);
    assertThat(counts(c)).as("counts").isEqualTo(counts);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # dates and years: the date extractor's
          The vote is set for June 25.
          The hearing on 14 December 2024 was brief.
          The law was passed in 1979.
          In the 1970s the plant closed.
          # times of day that bound a moment rather than tell it, and bare clock readings
          Polls stay open until 8 p.m.
          The crews were ashore by 9 p.m.
          The blast came shortly after 7 p.m.
          The clock on the tower read 7:04.
          The film High Noon opened the festival.
          # a point in time, not a length: "years into", "weeks ago", "in two days"
          Three years into the war, morale is low.
          The letter arrived two weeks ago.
          The ruling is due in two days.
          # phone numbers, emergency numbers, street numbers, identifiers
          Call 555-0142 for details.
          She called 911 at once.
          The office is at 221 Baker Street.
          # numbers in names
          Amendment 64 passed easily.
          Traffic on Interstate 95 was slow.
          Leaders of the G20 met in Rome.
          # ordinals in names and idioms: "first", unit names, "No. 1" as an idiom
          It was the first time since the flood.
          The 14th brigade moved north.
          Jobs are the No. 1 priority, she said.
          # "one of the", and counts that only point back
          One of the guards was hurt.
          The two leaders spoke by phone.
          No one was hurt, and one another's claims were denied.
          # a year beside a name is not an age
          Paris, 1998, was where it began.
          # capitalized ordinals name a thing; ordinals of amendments and units are names too
          She invoked her Fifth Amendment right and said nothing.
          Traffic was slow on Third Avenue all morning.
          He cited his 5th amendment right in the letter.
          # odds and ratios are not counts
          He gave his side a one-in-three chance of winning.
          There is a 2 in 3 chance of rain, the forecast says.
          Only 1 out of 5 applicants was accepted.
          """)
  void skipsWhatIsNotAFigure(String sentence) {
    assertThat(figures(sentence)).as("figures in: " + sentence).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // when two figures are the same

  @ParameterizedTest(name = "[{index}] {2}: {0} / {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # the same value at another precision
          The lender reported [[$12.37 billion in revenue]] for the year.          | The lender's revenue for the year was [[$12.4 billion]].               | same
          The watch cost [[$41,680]], the receipts show.                             | He bought a [[$41,000 watch]] with the money.                         | same
          Jensen bought [[$10,977.12 worth of speakers]] at one store.             | Jensen spent [[over $10,000]] on speakers at that store.                 | same
          # rounding words and floors
          [[At least 30 people died]] in the flood, officials said.               | The flood killed [[31 people]], officials said.                         | same
          The couple used [[more than $250,000 of campaign money]].               | The couple used [[$250,000 of campaign money]].                       | same
          The campaign was repaid [[about $70,000]], his lawyer said.               | His lawyer said the campaign was repaid [[more than $70,000]].          | same
          [[About 60 House members]] stayed away from the ceremony.                 | [[Dozens of House members]] stayed away from the ceremony.              | same
          [[At least 53 others were wounded]] in the shooting.                      | The shooting left [[scores of others hurt]].                          | same
          # the same count named with other words
          The blast at the plant killed [[12 workers]] on Tuesday.                | [[Twelve employees died]] in the plant blast on Tuesday.               | same
          The fire at the depot left [[12 people dead]].                            | The depot fire killed [[12 workers]].                                 | same
          Police made [[more than 200 arrests]] during the march.                    | [[More than 200 people were arrested]] during the march.                | same
          The bank's turnover rose [[8 percent]] last year.                       | The bank's revenue rose [[8 percent]] last year.                      | same
          Prosecutors filed a [[61-page indictment]] on Friday.                   | The [[61-page indictment]] was unsealed on Friday.                      | same
          # one count, two values
          The indictment runs to [[61 pages]].                                      | The [[60-page indictment]] was unsealed on Friday.                      | conflict
          Ruiz spent [[$5,212.40]] at the retreat, the records show.                | Ruiz spent [[$5,312.40]] at the retreat, the records show.              | conflict
          Crowds grew tense as police made [[dozens of arrests]] downtown.          | [[More than 200 people were arrested]] downtown.                        | conflict
          The oath has [[35 words]].                                                | She read the [[38-word oath]] slowly.                                   | conflict
          [[At least 30 people died]] in the flood.                                 | [[Up to 250 people died]] in the flood, a charity said.                | differs
          He was questioned [[twice]] by federal agents.                            | He was questioned by federal agents [[several times]].                  | conflict
          # one time of day in other words; two times of day never conflict
          The judge swore her in at [[noon]] on Friday.                             | The judge swore her in at [[12:00 p.m.]] on Friday.                   | same
          The polls opened at [[7 a.m.]] in the county.                             | The polls opened at [[8 a.m.]] in the county.                          | apart
          # different counts that look alike: kept apart
          The jet carried [[212 passengers]] and nine crew members.                 | The jet carried 212 passengers and [[nine crew members]].                | apart
          They took a [[40 km drive]] to the airport.                             | They then took a [[300 km flight]] to the coast.                       | apart
          The striker scored [[three goals]] in the match.                          | The team had [[28 shots]] in the match.                                 | apart
          Prosecutors asked for [[46 to 57 months in prison]].                      | The charge carries [[up to five years in prison]].                      | apart
          Ames spent [[$9,100 worth of furniture]] at the shop.                     | Ames bought [[$10,300 worth of televisions]] at the shop.               | apart
          Ortiz raised [[$2 million]] for her campaign.                             | Her rival, Dunn, raised [[$5 million]] for his.                          | apart
          The group spent [[thousands of dollars]] at malls.                        | The group spent [[tens of thousands of dollars]] on meals.              | apart
          Under the law, anyone [[19 or older]] can be charged.                     | Voters must be [[18 or older]].                                         | apart
          Reyes, [[43]], took the oath.                                             | Reyes has [[43 staff]] in his office.                                 | apart
          The plan brings a [[two-year extension]] of tax cuts.                      | The plan holds a [[13-month extension]] of jobless aid.                | apart
          Officers made [[30 arrests]] on Saturday night.                           | Officers said there were [[nine arrests]] on Sunday, against 30 the night before. | apart
          The challenger spent [[$90,000]] on the race.                              | The incumbent had raised [[$3.1 million]] for the race.                 | apart
          She served [[six months]] at the base and six years in the reserve.       | She served six months at the base and [[six years]] in the reserve.     | apart
          Reyes, who has [[two young sons]], joined the council in May.              | Reyes joined the council in May, and [[two senators]] welcomed her.     | apart
          Reyes, who has [[two young sons]], joined the council in May.              | Reyes, who has [[two sons]], joined the council in May.                 | same
          She served [[six months]] at the base and six years in the reserve.       | She served [[six months]] at the base and six years in the reserve.     | same
          The poll gave her a one-in-three chance, and [[40 percent of voters]] agreed. | [[Forty percent of voters]] agreed, though the poll gave her a two-in-three chance. | same
          """)
  void comparesTwoFigures(String a, String b, String relation) {
    Marked ma = Marked.of(a);
    Marked mb = Marked.of(b);
    Report report = CrossReferencer.run(null, List.of(article("a", ma.body()), article("b", mb.body())));
    NumericClaim ca = figureAt(report, "a", ma);
    NumericClaim cb = figureAt(report, "b", mb);
    Optional<Finding> both = report.findings().stream()
        .filter(f -> f.kind() == Kind.NUMBER)
        .filter(f -> f.claims().contains(ca.id()) && f.claims().contains(cb.id()))
        .findFirst();
    if (relation.equals("apart")) {
      assertThat(both).as("no finding joins " + ca.text() + " and " + cb.text()).isEmpty();
      return;
    }
    assertThat(both).as("one finding joins " + ca.text() + " and " + cb.text()).isPresent();
    assertThat(both.get().relation().label()).isEqualTo(relation);
    assertThat(both.get().verdict())
        .isEqualTo(relation.equals("same") ? Verdict.AGREE : Verdict.DISCREPANCY);
  }

  @Test
  void aRisingTollDiffersAndShowsBothTimes() {
    Report report = CrossReferencer.run(null, List.of(
        article("a", "The fire at the depot killed 12 workers on Tuesday, the fire service said."),
        article("b", "By Wednesday the depot fire had killed 15 workers, the fire service said.")));
    Finding f = report.findings().stream().filter(x -> x.kind() == Kind.NUMBER).findFirst()
        .orElseThrow();
    assertThat(f.claims()).hasSize(2);
    assertThat(f.verdict()).isEqualTo(Verdict.DISCREPANCY);
    assertThat(f.relation()).isEqualTo(Relation.DIFFERS);
    assertThat(Messages.of(f)).contains("12", "15", "Tuesday", "Wednesday");
  }

  @Test
  void valuesAndMessagesAreExactDecimals() {
    // 1.1 * 400 is 440.00000000000006 in binary floating point
    Report report = CrossReferencer.run(null, List.of(
        article("a", "About 400 people attended the vigil on Sunday."),
        article("b", "Some 400 people attended the Sunday vigil.")));
    for (NumericClaim c : CrossReferencer.only(report.claims(), NumericClaim.class)) {
      assertThat(decimal(c.high())).isEqualTo(decimal("440"));
    }
    assertThat(report.findings()).extracting(Messages::of)
        .noneMatch(s -> s.matches("(?s).*\\d\\.\\d{5,}.*"));
  }

  // ---------------------------------------------------------------------------------------------
  // helpers

  /** A sentence with its figure marked {@code [[...]]}: the text without marks, the mark's span. */
  record Marked(String body, Span span) {
    static Marked of(String marked) {
      int open = marked.indexOf("[[");
      int close = marked.indexOf("]]");
      if (open < 0 || close < open) {
        throw new IllegalArgumentException("no [[...]] in: " + marked);
      }
      String body = marked.substring(0, open) + marked.substring(open + 2, close)
          + marked.substring(close + 2);
      return new Marked(body, new Span(open, close - 2));
    }
  }

  private static Article article(String id, String body) {
    return new Article(id, false, Map.of("date", "2024-03-14"), Map.of(), body, "test",
        new LineSourceMap(body, 1, null));
  }

  private static List<NumericClaim> figures(String body) {
    return CrossReferencer.only(CrossReferencer.extract(null, List.of(article("t", body))).claims(),
        NumericClaim.class);
  }

  private static NumericClaim figureAt(Marked m) {
    return figureAt(CrossReferencer.extract(null, List.of(article("t", m.body()))), "t", m);
  }

  /** The figure of an article whose span is exactly the marked one; fails naming what was found. */
  private static NumericClaim figureAt(Report report, String article, Marked m) {
    List<NumericClaim> all = new ArrayList<>();
    for (NumericClaim c : CrossReferencer.only(report.claims(), NumericClaim.class)) {
      if (c.articleId().equals(article)) {
        all.add(c);
      }
    }
    return all.stream().filter(c -> c.span().equals(m.span())).findFirst()
        .orElseThrow(() -> new AssertionError("no figure at \"" + m.span().of(m.body()) + "\" in \""
            + m.body() + "\"; found " + all.stream().map(NumericClaim::text).toList()));
  }

  /** A value as an exact decimal: {@code 54.00000000000001} stays what it is, 54.0 becomes 54. */
  private static BigDecimal decimal(BigDecimal d) {
    return d == null ? null : d.stripTrailingZeros();
  }

  private static BigDecimal decimal(String s) {
    return s == null ? null : new BigDecimal(s).stripTrailingZeros();
  }

  /** What a figure counts, as {@code lemma +specific ...}: {@link Counted#render()}. */
  static String counts(NumericClaim c) {
    return c.counted() == null ? "?" : c.counted().render();
  }
}
