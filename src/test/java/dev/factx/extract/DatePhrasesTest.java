package dev.factx.extract;

import static dev.factx.extract.PhraseArticles.article;
import static dev.factx.extract.PhraseArticles.at;
import static dev.factx.extract.PhraseArticles.mark;
import static dev.factx.extract.PhraseArticles.strip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.match.Finding;
import dev.factx.match.Verdict;
import dev.factx.verify.Change;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates on real news, as phrase tables of our own writing (issue 16): what a date expression
 * allows, resolved against the article's date header; what is no date; which event a date dates;
 * which dates of two articles are one event and whether they agree; and that {@code verify}
 * compares dates the same way.
 *
 * <p>Many rows fail on the code of main d7baaae; the research note
 * (notes/issue-16-dates-roles-research.md) lists them and the rule each needs. A row is the
 * expected behaviour: never weaken one to make it pass.
 */
@Tag("issue-16")
class DatePhrasesTest {
  /** Not asserted (a bound's open end, until claims carry bounds). */
  private static final String ANY = "*";

  /**
   * The precision a claim names its time at: {@code day}, {@code days} (a few days that make no
   * calendar unit), {@code week} (Monday to Sunday), {@code part} (days 1-10, 11-20 or 21-end of a
   * month), {@code month}, {@code year}, {@code decade}; a range from one unit to another is
   * {@code days}, {@code months} or {@code years}; {@code unresolved} without days. Read from the
   * claim's precision and shape ("earlier this month" is of month precision though its days end
   * the day before the header).
   */
  static String precision(DateClaim c) {
    if (!c.resolved()) {
      return "unresolved";
    }
    String p = c.precision() == DatePrecision.MONTH_PART ? "part" : c.precision().label();
    return c.shape() == DateShape.RANGE && !p.endsWith("s") ? p + "s" : p;
  }

  /** The one date claim of a sentence, which must stand exactly on the marked words. */
  private static DateClaim only(String header, String marked) {
    List<DateClaim> claims = PhraseArticles.extract(DateClaim.class, header, strip(marked));
    assertThat(claims).as("date claims of %s", marked).extracting(DateClaim::text)
        .containsExactly(strip(marked).substring(mark(marked).start(), mark(marked).end()));
    return claims.get(0);
  }

  // 2025-03-12 is a Wednesday, 2025-03-14 a Friday, 2025-06-01 a Sunday, 2025-01-08 a Wednesday.
  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock = """
          # header  | sentence                                                        | low        | high       | precision
          # a weekday told in the past is the latest such day on or before the header
          2025-03-12 | The mayor resigned [[on Monday]].                                 | 2025-03-10 | 2025-03-10 | day
          2025-03-12 | The bridge closed [[Tuesday]] after the storm.                    | 2025-03-11 | 2025-03-11 | day
          2025-03-12 | Shares fell sharply [[on Wednesday]].                             | 2025-03-12 | 2025-03-12 | day
          2025-03-12 | The strike began [[on Thursday]].                                 | 2025-03-06 | 2025-03-06 | day
          2025-03-12 | Police arrested two men [[last Friday]].                          | 2025-03-07 | 2025-03-07 | day
          2025-03-12 | The board met [[this past Sunday]].                               | 2025-03-09 | 2025-03-09 | day
          2025-03-12 | Rescuers reached the village [[early Sunday]].                    | 2025-03-09 | 2025-03-09 | day
          2025-03-12 | Ortiz announced her bid [[Tuesday night]].                        | 2025-03-11 | 2025-03-11 | day
          2025-03-12 | The council voted [[late Monday]].                                | 2025-03-10 | 2025-03-10 | day
          2025-03-12 | The trial opened [[Monday morning]] in Dover.                     | 2025-03-10 | 2025-03-10 | day
          2025-03-12 | The governor met the families [[earlier Wednesday morning]].      | 2025-03-12 | 2025-03-12 | day
          # a weekday of something still to come is the next such day on or after the header
          2025-03-12 | The pair is scheduled to be arraigned [[Thursday morning]].       | 2025-03-13 | 2025-03-13 | day
          2025-03-12 | Ortiz is expected to announce her bid [[Thursday]].               | 2025-03-13 | 2025-03-13 | day
          2025-03-12 | The committee will vote [[on Friday]].                            | 2025-03-14 | 2025-03-14 | day
          2025-03-12 | The candidate plans to speak in Concord [[on Monday]].            | 2025-03-17 | 2025-03-17 | day
          2025-03-12 | Her lawyers are due in court [[on Tuesday]].                      | 2025-03-18 | 2025-03-18 | day
          2025-03-12 | The vote is set for [[next Tuesday]].                             | 2025-03-18 | 2025-03-18 | day
          2025-03-12 | The senator will testify [[Wednesday afternoon]].                 | 2025-03-12 | 2025-03-12 | day
          2025-06-01 | Ortiz would give a major speech in Concord [[on Monday]], aides said. | 2025-06-02 | 2025-06-02 | day
          # days counted from the header or from the event told before
          2025-03-12 | The flood peaked [[yesterday]].                                   | 2025-03-11 | 2025-03-11 | day
          2025-03-12 | The ferry sank [[last night]].                                    | 2025-03-11 | 2025-03-11 | day
          2025-03-12 | The results come out [[tomorrow]].                                | 2025-03-13 | 2025-03-13 | day
          2025-03-12 | The dam failed [[two days ago]].                                  | 2025-03-10 | 2025-03-10 | day
          2025-03-12 | The talks collapsed [[a week ago]].                               | 2025-03-04 | 2025-03-06 | days
          # a weekday with its date is one expression
          2025-03-12 | The museum reopened [[on Sunday, March 9, 2025]].                 | 2025-03-09 | 2025-03-09 | day
          2025-03-12 | The museum reopened [[on Sunday, March 9]].                       | 2025-03-09 | 2025-03-09 | day
          # absolute dates with a year
          2025-03-12 | The company filed for bankruptcy [[on Aug. 6, 2019]].             | 2019-08-06 | 2019-08-06 | day
          2025-03-12 | The treaty was signed [[on 6 August 2019]].                       | 2019-08-06 | 2019-08-06 | day
          2025-03-12 | The first complaint is dated [[2019-08-06]].                      | 2019-08-06 | 2019-08-06 | day
          2025-03-12 | Rebels entered the town [[on the 3rd of March 2024]].             | 2024-03-03 | 2024-03-03 | day
          # without a year: the header's year, or the year before or after as the tense says
          2025-03-12 | Her lawyer sent the letter [[on March 3]].                        | 2025-03-03 | 2025-03-03 | day
          2025-03-12 | The factory closed [[on Nov. 14]].                                | 2024-11-14 | 2024-11-14 | day
          2025-01-08 | Ortiz was arrested [[on Dec. 28]].                                | 2024-12-28 | 2024-12-28 | day
          2024-12-30 | The hearing is scheduled for [[Jan. 3]].                          | 2025-01-03 | 2025-01-03 | day
          2025-03-12 | Sentencing has been set for [[June 28]].                          | 2025-06-28 | 2025-06-28 | day
          2025-03-12 | The judge set the sentencing for [[June 28]] at 2 p.m.           | 2025-06-28 | 2025-06-28 | day
          2025-03-12 | The feud dates back to [[January]], when the mayor spoke.        | 2025-01-01 | 2025-01-31 | month
          2025-03-12 | The vote was pushed back to [[January]].                         | 2026-01-01 | 2026-01-31 | month
          2025-03-12 | The board scheduled a second vote for [[June 28]].               | 2025-06-28 | 2025-06-28 | day
          2025-03-12 | The judge set bail at $5,000 [[on June 28]].                      | 2024-06-28 | 2024-06-28 | day
          2025-03-12 | The council set the budget for the year [[on June 28]].          | 2024-06-28 | 2024-06-28 | day
          2025-03-12 | The special election will be held [[on June 25]].                 | 2025-06-25 | 2025-06-25 | day
          2025-03-12 | The primary would be held [[on April 30]].                        | 2025-04-30 | 2025-04-30 | day
          2025-03-12 | Voters go to the polls in the [[June 25]] runoff.                 | 2025-06-25 | 2025-06-25 | day
          # months, with their precision and year
          2025-03-12 | She resigned [[in November]].                                     | 2024-11-01 | 2024-11-30 | month
          2025-03-12 | Talks broke down [[in January]].                                  | 2025-01-01 | 2025-01-31 | month
          2025-03-12 | The trial will begin [[in April]].                                | 2025-04-01 | 2025-04-30 | month
          2025-01-08 | The bridge must reopen [[by March]].                              | *          | 2025-03-31 | month
          2025-03-12 | He had repaid the money [[by March 2017]].                        | *          | 2017-03-31 | month
          2025-03-12 | She won a special election [[in January 2010]].                   | 2010-01-01 | 2010-01-31 | month
          2025-03-12 | Sales slumped [[in early March]].                                 | 2025-03-01 | 2025-03-10 | part
          2025-03-12 | The new plant opens [[in mid-May]].                               | 2025-05-11 | 2025-05-20 | part
          2025-03-12 | The letter was sent [[this month]].                               | 2025-03-01 | 2025-03-31 | month
          2025-03-12 | The bill stalled [[earlier this month]].                          | 2025-03-01 | 2025-03-11 | month
          2025-03-12 | Exports dropped [[last month]].                                   | 2025-02-01 | 2025-02-28 | month
          2025-11-10 | Reyes faces Lind in a special election [[next month]].            | 2025-12-01 | 2025-12-31 | month
          2025-03-12 | The feud flared [[last week]].                                    | 2025-03-03 | 2025-03-09 | week
          2025-03-12 | Talks resume [[this week]].                                       | 2025-03-10 | 2025-03-16 | week
          # years, decades and ranges of years
          2025-03-12 | The law passed [[in 2017]].                                       | 2017-01-01 | 2017-12-31 | year
          2025-03-12 | He was first elected to the council [[in 1995]].                  | 1995-01-01 | 1995-12-31 | year
          2025-03-12 | Her second term ends [[in 2027]].                                 | 2027-01-01 | 2027-12-31 | year
          2025-03-12 | His surprise [[2010]] victory stunned the party.                  | 2010-01-01 | 2010-12-31 | year
          2025-03-12 | Turnout fell [[last year]].                                       | 2024-01-01 | 2024-12-31 | year
          2025-03-12 | Prices rose [[earlier this year]].                                | 2025-01-01 | 2025-03-11 | year
          2025-03-12 | She has led the agency [[since 2002]].                            | 2002-01-01 | 2025-03-12 | year
          2025-03-12 | The band was formed [[in the 1990s]].                             | 1990-01-01 | 1999-12-31 | decade
          2025-03-12 | Pike held the seat [[from 1966 to 1978]].                         | 1966-01-01 | 1978-12-31 | years
          2025-03-12 | The spending ran [[between 2009 and 2016]].                       | 2009-01-01 | 2016-12-31 | years
          2025-03-12 | The strike lasted [[from March 3 to March 7]].                    | 2025-03-03 | 2025-03-07 | days
          # without a header a date that needs one is shown unresolved, never guessed
          -          | The bridge reopened [[on March 3]].                               | -          | -          | unresolved
          -          | The council met [[on Tuesday]].                                   | -          | -          | unresolved
          -          | Turnout fell [[last year]].                                       | -          | -          | unresolved
          -          | The treaty was signed [[on 6 August 2019]].                       | 2019-08-06 | 2019-08-06 | day
          -          | The law passed [[in 2017]].                                       | 2017-01-01 | 2017-12-31 | year
          """)
  void resolvesTheDateAtItsPrecision(
      String header, String marked, String low, String high, String precision) {
    DateClaim c = only(header, marked);
    if (!ANY.equals(low)) {
      assertThat(c.low()).as("low").isEqualTo(low == null ? null : LocalDate.parse(low));
    }
    assertThat(c.high()).as("high").isEqualTo(high == null ? null : LocalDate.parse(high));
    assertThat(precision(c)).as("precision").isEqualTo(precision);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          # header  | sentences                                                                  | day
          # a day told as past counts from a day told before that is not to come
          2025-03-12 | Reyes pleaded guilty on Tuesday. A trial was set for June 28. [[Later in the day]], his wife pleaded guilty. | 2025-03-11
          2025-03-12 | Reyes was charged on Monday. [[The day before]], the police had searched his home. | 2025-03-09
          # a day to come counts from a day to come
          2025-03-12 | A trial is set for June 28. [[The day before]], the lawyers will meet the judge. | 2025-06-27
          # "started the day", "ended the day": the day told of
          2025-03-12 | Mayor Dan Ito was sworn in on Friday. He started [[the day]] with a prayer at the church. | 2025-03-07
          2025-03-12 | The strike began on Monday. The union ended [[the day]] with a rally. | 2025-03-10
          """)
  void countsFromADayToldBefore(String header, String marked, String day) {
    List<DateClaim> claims = PhraseArticles.extract(DateClaim.class, header, strip(marked));
    DateClaim c = at(claims, "a", mark(marked), marked);
    assertThat(c.low()).as("day of %s", c.text()).isEqualTo(LocalDate.parse(day));
    assertThat(c.high()).as("day of %s", c.text()).isEqualTo(LocalDate.parse(day));
  }

  @ParameterizedTest(name = "{0} | {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock = """
          # ages, counts, durations and labels are no dates
          2025-03-12 | Reyes, 43, joined the firm as a partner.
          2025-03-12 | The county employs 2,017 nurses.
          2025-03-12 | Flight 1549 landed on the river.
          2025-03-12 | Room 2017 was locked all night long.
          2025-03-12 | The motion carried 1995 to 1204.
          2025-03-12 | She served 12 years in prison.
          2025-03-12 | The results are due within 24 hours.
          2025-03-12 | He called 911 from the lobby.
          2025-03-12 | The match starts at 2 p.m. sharp.
          # month and weekday words that name something else
          2025-03-12 | She may resign if the budget fails.
          2025-03-12 | May the best candidate win, the mayor joked.
          2025-03-12 | Prime Minister Ada May spoke to reporters.
          2025-03-12 | April Banks, a teacher, testified.
          2025-03-12 | Thousands joined the march downtown.
          2025-03-12 | Protesters plan to march to the capitol.
          2025-03-12 | The Sunday Herald printed the letter.
          # "the day" only after a verb of starting or ending it, never its possessive
          2025-03-12 | Workers ended the day's shift early.
          2025-03-12 | She described the day she met the governor.
          # a year in a wish dates no event
          2025-03-12 | If only we lived in 1850, the senator joked, he would settle this with pistols.
          """)
  void findsNoDate(String header, String sentence) {
    assertThat(PhraseArticles.extract(DateClaim.class, header, sentence))
        .extracting(DateClaim::text).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock = """
          # header  | sentence                                                           | the event's words | words of no event
          # the event, not the attribution around it
          2025-03-12 | The mayor was indicted [[on Tuesday]], prosecutors said.              | indict mayor     | said prosecutors
          2025-03-12 | Prosecutors said the mayor was indicted [[Tuesday]].                  | indict mayor     | said
          2025-03-12 | The mayor was indicted on fraud charges, prosecutors announced [[Tuesday]]. | indict mayor | announc
          2025-03-12 | The mayor was indicted in May, prosecutors announced [[Tuesday]].     | announc          | indict
          2025-03-12 | The mayor was indicted, the police said [[Tuesday]] that the case was closed. | said | indict
          2025-03-12 | The pair is scheduled to be arraigned [[Thursday morning]] in Dover.  | arraign          | schedul
          2025-03-12 | Sentencing has been set for [[June 28]].                              | sentenc          | -
          2025-03-12 | The judge set the sentencing for [[June 28]].                         | sentenc          | set
          2025-03-12 | She is expected to announce her bid [[Thursday]].                     | announc          | expect
          # the subject across an appositive, a title or a date before the verb
          2025-03-12 | Treasurer Tom Reyes pleaded guilty [[on Wednesday]] to one count.     | plead tom.reyes  | -
          2025-03-12 | Tom Reyes, the former county treasurer, pleaded guilty [[on Wednesday]]. | plead tom.reyes | -
          2025-03-12 | Governor Lena Ortiz [[on Wednesday]] appointed her former aide.       | appoint lena.ortiz | -
          2025-03-12 | The governor, speaking from the capitol [[on Sunday]], said the storm had passed. | governor | -
          2025-03-12 | Ana Lind, who resigned from Congress [[in November]], was charged on Friday. | resign ana.lind | charg
          # the verb the date belongs to, not the nearest one
          2025-03-12 | Ito joined the board in 2009 and quit [[earlier this month]].         | quit             | join
          2025-03-12 | After winning re-election [[in November]], he resigned.               | election         | resign
          2025-03-12 | The fire, which killed 12 workers [[on March 11]], started in a storeroom. | kill        | start
          2025-03-12 | Court papers released [[on Friday]] described the purchases.          | releas           | describ
          2025-03-12 | Elected to Congress [[in 1995]], Ana Lind served six terms.           | elect ana.lind   | serv
          2025-03-12 | The judge hearing the case, Rosa Kim, is scheduled to sentence Dan Ito [[on June 28]]. | sentence rosa.kim | schedul
          2025-03-12 | Gov. Ana Lind (D) [[on Wednesday]] appointed her former aide.         | appoint ana.lind | -
          2025-03-12 | Appointed to the board [[in 2019]], Ana Lind chaired it for a year.  | appoint ana.lind | chair
          # an event noun dated by the date
          2025-03-12 | Voters will choose a successor in a special election [[next month]].  | election         | -
          2025-03-12 | Reyes faces Ana Lind in the [[Dec. 12]] election.                     | election         | faces
          2025-03-12 | In a letter dated [[Thursday]], the members accused the chairman of bias. | letter        | -
          2025-03-12 | In a letter dated [[Thursday]], the council members accused Mayor Dan Ito of bias. | council.members.letter | ito
          # a pronoun is the person it can stand for
          2025-03-12 | Councilman Dan Ito spoke first. He resigned from the council [[last year]]. | resign dan.ito | -
          2025-03-12 | Mayor Dan Ito met Lena Ortiz and her lawyer. He resigned [[on Friday]]. | resign dan.ito | ortiz
          2025-03-12 | Mayor Dan Ito ran the port for years. From 2001 to 2009, he worked at the firm of Tom Reyes. He also taught at night. He left the port [[last year]]. | dan.ito | reyes
          2025-03-12 | In 2019, Mayor Dan Ito was fined for a speech. That same year, a union said Ito ignored Councilman Tom Reyes. [[In January]], he said the city was broke. | dan.ito | reyes
          2025-03-12 | Dr. Lena Ortiz ran the clinic for years. She hired Dr. Dan Ito in 2019. He left the clinic [[last year]]. | dan.ito | ortiz
          2025-03-12 | Mayor Dan Ito ran the port. He hired Councilman Tom Reyes in 2019. Reyes taught at night. He left the port [[last year]]. | tom.reyes | ito
          # a noun of two nouns is no verb; a telling of its object is dated as the verb's
          2025-03-12 | Tom Reyes bid $2 million for the team [[on Friday]].                 | tom.reyes bid    | -
          2025-03-12 | Ortiz is expected to announce her bid [[Thursday]].                  | announc          | bid
          2025-03-12 | Ortiz refused to testify at a hearing [[Wednesday]].                 | hearing          | testif
          # a subject read forward past a title's period, "in", and a member named between commas
          2025-03-12 | But [[on Tuesday]], Mr. Ito's allies in the council, including the majority leader, Tom Reyes, announced that they would oppose the plan. | announc allies | -
          # an owner before the subject's head is not who acts
          2025-03-12 | Mayor Dan Ito's lawyers said [[on Friday]] that he would appeal.     | lawyers said     | -
          2025-03-12 | Lena Ortiz's final term as mayor ends [[in 2027]].                   | term             | -
          # a name between commas is passed on the way back to the verb
          2025-03-12 | Reporters obtained a letter sent from her lawyer, Ana Lind, to the state attorney general [[on Aug. 6]] asking for a delay. | sent | obtain
          2025-03-12 | Police stopped the driver, Dan Ito, and arrested him [[on Friday]].   | arrest           | stopp
          # a party tag between commas is no subject; an office after "as" is part of one
          2025-03-12 | House Speaker Ana Lind, D-Ohio, said [[on Tuesday]] that the bill was dead. | ana.lind said | ohio
          2025-03-12 | Mayor Dan Ito's second and final term as mayor officially ends [[in 2027]]. | dan.ito ends | -
          # a relative named by a given name alone is who a later pronoun of the relative's gender stands for
          2025-03-12 | Mayor Dan Ito's wife, Rosa, stood beside him. She resigned [[on Friday]]. | resign rosa.ito | dan
          2025-03-12 | Mayor Dan Ito came with his wife, Rosa, to the court. She pleaded guilty [[on Friday]]. | plead rosa.ito | dan
          2025-03-12 | Lena Ortiz's husband, Tom, waited outside. He left [[on Friday]].   | left tom.ortiz | lena
          2025-03-12 | Mayor Dan Ito arrived with his wife, Rosa. He resigned [[on Friday]]. | resign dan.ito | rosa
          2025-03-12 | Dan Ito's wife, Rosa, sat with Judge Ana Lind. She ruled [[on Friday]]. | ruled ana.lind | rosa
          # a verb after "to" and an object pronoun is the doing of the one the pronoun stands for
          2025-03-12 | Mayor Dan Ito said the criticism pushed him to muse [[on Monday]] about quitting. | muse dan.ito | push criticism
          2025-03-12 | Senator Lena Ortiz said the letters had urged her to reconsider [[last week]]. | reconsider lena.ortiz | urg
          2025-03-12 | The outcry prompted them to regroup [[on Friday]].                 | regroup          | prompt outcry
          2025-03-12 | Police took him to court [[on Friday]].                            | took             | court
          2025-03-12 | The ruling sent her to prison [[on Friday]].                       | sent             | prison
          # a relative named before by a given name is who "his wife" stands for, the same owner's only
          2025-03-12 | Mayor Dan Ito came with his wife, Rosa, to the court. He spoke first. His wife pleaded guilty [[on Friday]]. | plead rosa.ito | dan
          2025-03-12 | Mayor Dan Ito came with his daughter, Rosa. His wife pleaded guilty [[on Friday]]. | his.wife plead | rosa
          2025-03-12 | Mayor Dan Ito's wife, Rosa, spoke. Councilman Tom Reyes arrived later. His wife pleaded guilty [[on Friday]]. | his.wife plead | rosa
          # a name inside an appositive names a relative, not the subject; "Dan and Rosa Ito" is two
          2025-03-12 | Mayor Dan Ito, a lawyer who married Tom Reyes's sister, Ana, resigned [[on Friday]]. | resign dan.ito | ana
          2025-03-12 | Mayor Dan Ito's wife, Ana, resigned [[on Friday]].                 | resign ana       | dan
          2025-03-12 | Mayor Dan Ito spoke first, then Councilwoman Rosa Ito spoke. Dan and Rosa Ito left the city [[on Friday]]. | left dan.ito | rosa
          # a telling "during" or "at" an event dated is the telling, not the event
          2025-03-12 | Mayor Dan Ito defended himself during [[Tuesday]]'s hearing.      | dan.ito defended | hearing
          2025-03-12 | Mayor Dan Ito said during [[Tuesday]]'s debate that the port would stay open. | dan.ito said | debate
          2025-03-12 | Mayor Dan Ito fell asleep during [[Tuesday]]'s hearing.            | hearing          | ito
          2025-03-12 | The troops defended the city during [[Tuesday]]'s attack.          | attack           | defended
          # a telling in the passive is told by the one after "by"
          2025-03-12 | The charges were announced here [[on Friday]] by Deputy Attorney General Ana Lind. | ana.lind announc | charges
          2025-03-12 | The mayor was indicted [[on Tuesday]] by a grand jury.             | indict mayor     | jury
          # an "-ing" form after "to" is a noun of doing: the date goes back to the verb
          2025-03-12 | His wife, Rosa Ito, who left the council, is expected to plead guilty to filing false returns before the same judge [[on Friday]]. | plead rosa.ito | filing
          2025-03-12 | Lena Ortiz admitted to taking bribes from the firm [[in 2019]].    | admitt lena.ortiz | taking
          # a verb that says an event was done, or what harm it did, dates the event it is said of
          2025-03-12 | The attack was carried out [[on Sunday]] by two gunmen.             | attack           | carri
          2025-03-12 | Flags flew for the victims of the act of terror perpetrated [[on Sunday]]. | terror   | perpetrat flew
          2025-03-12 | The storm, which destroyed forty homes [[on Sunday]], moved north.   | storm            | destroy moved
          2025-03-12 | The town was shaken by violence, which wounded nine people [[early Sunday]]. | violence | wound shaken
          2025-03-12 | The shooting injured three guards [[on Sunday]].                     | shooting         | injur
          2025-03-12 | The gunman wounded nine people [[on Sunday]].                        | gunman wounded   | shooting
          2025-03-12 | The crew carried the mayor to safety [[on Sunday]].                  | crew carried     | -
          2025-03-12 | The attack drew wide condemnation [[on Monday]].                     | attack drew      | -
          """)
  void datesTheEvent(String header, String marked, String words, String notWords) {
    List<DateClaim> claims = PhraseArticles.extract(DateClaim.class, header, strip(marked));
    DateClaim c = at(claims, "a", mark(marked), marked);
    assertThat(c.event()).as("event of %s", c.text()).isNotNull();
    String event = c.event().text().toLowerCase(Locale.ROOT);
    // a dot joins the words of one name: "tom.reyes" is "tom reyes"
    for (String w : words.split(" ")) {
      assertThat(event).as("event of %s", c.text()).contains(w.replace('.', ' '));
    }
    if (notWords != null) {
      for (String w : notWords.split(" ")) {
        assertThat(event).as("event of %s", c.text()).doesNotContainPattern("\\b" + w);
      }
    }
  }

  @ParameterizedTest(name = "{1} / {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock = """
          # header A | article A                                                        | header B   | article B                                                           | verdict     | relation
          # a weekday and an absolute date for one event meet
          2025-03-12 | Twelve workers died in the warehouse fire [[on Tuesday]].             | 2025-03-12 | The fire, which killed 12 workers [[on March 11]], began in a storeroom. | agree | same
          2025-03-12 | The city council fired its manager [[on Tuesday]].                    | 2025-03-13 | The council fired the city manager [[on Tuesday]] after an audit.    | agree       | same
          2025-03-12 | Treasurer Lena Ortiz was indicted [[on Tuesday]], prosecutors said.   | 2025-03-12 | Lena Ortiz, the state treasurer, was charged [[Tuesday]] with fraud. | agree       | same
          2025-03-12 | The pair is due to be arraigned [[on Thursday morning]].              | 2025-03-12 | The Ortizes are scheduled to be arraigned [[Thursday]].             | agree       | same
          2025-03-12 | Sentencing was set for [[June 28]].                                   | 2025-03-12 | Judge Rosa Kim will sentence Ortiz [[on June 28]].                  | agree       | same
          2025-06-01 | Ortiz will give a speech in Concord [[on Monday]].                    | 2025-06-02 | Ortiz gave a speech in Concord [[on Monday]].                       | agree       | same
          2025-03-12 | Lena Ortiz chaired the meeting. She resigned [[on Monday]].           | 2025-03-12 | Treasurer Lena Ortiz stepped down [[on March 10]].                  | agree       | same
          2025-03-14 | The dam failed on Thursday. Crews had inspected it [[the day before]]. | 2025-03-14 | Crews inspected the dam [[on Wednesday]].                          | agree       | same
          # one person's doing on one day in other words, told in sentences that share a word
          2025-03-12 | Governor Lena Ortiz vetoed the budget bill [[on Tuesday]].           | 2025-03-12 | Lena Ortiz rejected the budget bill [[Tuesday]], her office said.   | agree       | same
          2025-03-12 | Mayor Dan Ito made remarks about the strike [[last Wednesday]].       | 2025-03-12 | [[Last week]], Ito tried to defend his remarks about the strike.    | agree       | same
          2025-03-12 | The agency said [[Thursday]] that the plant was safe.                | 2025-03-12 | The agency relayed [[late Thursday]] that the plant was safe.      | agree       | same
          2025-03-12 | In their remarks [[on Sunday]], both Ana Lind and Tom Ito praised the crews. | 2025-03-12 | Ana Lind said [[on Sunday]] that the crews were heroes. | agree | same
          # statements that report the same thing date one event, told in other words (agreeing only)
          2025-03-12 | Fire crews pulled two hikers from the flooded canyon [[on Sunday]].  | 2025-03-12 | The rescue freed two hikers from the flooded canyon [[on March 9]].   | agree       | same
          2025-03-12 | Mayor Dan Ito spoke about the bridge closure in a video [[on Monday night]]. | 2025-03-12 | A video released [[late Monday]] defended the bridge closure.     | agree       | same
          2025-03-12 | Builders finished a new glass wing of the museum [[in 2024]].         | 2025-03-12 | The expansion, a new glass wing of the museum, was completed [[last year]]. | agree | same
          2025-03-12 | Court papers unsealed against Ito [[on Friday]] listed the watches and furs he bought with campaign money. | 2025-03-12 | Documents released [[on Friday]] showed how Mayor Dan Ito used campaign money to buy watches and furs. | agree | same
          2025-03-12 | But [[on Tuesday]], Mr. Ito's allies in the council, including the majority leader, Councilman Tom Reyes, announced that they would oppose the plan. | 2025-03-12 | Councilman Tom Reyes said [[Tuesday night]] that he would not back the plan. | agree | same
          # a date on a telling that trails its sentence dates what was told, agreeing only
          2025-03-12 | Tom Reyes and his wife were indicted on fraud charges, prosecutors announced [[Tuesday]]. | 2025-03-12 | Tom Reyes was indicted [[on Tuesday]] in Dover. | agree | same
          2025-03-12 | Tom Reyes and his wife, Ana Reyes, were indicted [[Tuesday]] on fraud charges. | 2025-03-12 | Tom Reyes was indicted [[on Tuesday]] in Dover. | agree | same
          2025-03-12 | Mayor Dan Ito shrugged off the outcry that had prompted him to muse [[on Monday]] about quitting. | 2025-03-12 | Mayor Dan Ito mused [[on Monday]] about quitting. | agree | same
          2025-03-12 | Mayor Dan Ito came with his wife, Rosa, to the court. His wife pleaded guilty [[on Friday]]. | 2025-03-12 | Rosa Ito pleaded guilty [[on Friday]] to tax fraud. | agree | same
          2025-03-12 | His wife, Rosa Ito, is expected to plead guilty to filing false returns [[on Friday]]. | 2025-03-15 | Rosa Ito pleaded guilty [[on Friday]] to tax fraud. | agree | same
          2025-03-12 | Police arrested Dan Ito [[on Friday]] at a house that he rented. | 2025-03-12 | Dan Ito was arrested [[Friday]] in Dover. | agree | same
          2025-03-12 | Mayor Dan Ito's office said [[on Monday]] that he had met the donor. | 2025-03-12 | Mayor Dan Ito said [[on Monday]] that he had met the donor. | agree | same
          2025-03-12 | The charges were announced [[on Friday]] by Deputy Attorney General Ana Lind. | 2025-03-12 | Ana Lind announced the charges [[on Friday]] at a briefing. | agree | same
          2025-03-12 | Mayor Dan Ito defended himself during [[Tuesday]]'s hearing.    | 2025-03-12 | Mayor Dan Ito said [[on Tuesday]] that he did nothing wrong. | agree | same
          2025-03-12 | Mayor Dan Ito spoke first, then Councilwoman Rosa Ito spoke. Dan and Rosa Ito met the governor [[on Friday]] after a service at the church. | 2025-03-12 | Mayor Dan Ito was sworn in on Friday. He started [[the day]] with a service at the church. | agree | same
          # what one body of people did to one person on one day, in other words (agreeing only)
          2025-03-12 | Every Democrat on the council [[on Thursday]] demanded that Mayor Dan Ito step down. | 2025-03-12 | Democrats accused Mayor Dan Ito of lying [[on Thursday]]. | agree | same
          2025-03-12 | Every Democrat on the council [[on Thursday]] demanded that Mayor Dan Ito step down. | 2025-03-12 | In a letter dated [[Thursday]], the council members accused Mayor Dan Ito of bias. | agree | same
          # a coarser date agrees when it holds the finer one
          2025-03-12 | Her lawyer sent a letter to the attorney general [[on March 3]].      | 2025-03-12 | In a letter sent [[this month]] to the attorney general, her lawyer asked for a delay. | agree | same
          2025-11-10 | Voters will pick her successor [[on Dec. 12]].                        | 2025-11-10 | The special election to pick her successor is [[next month]].        | agree       | same
          2025-03-12 | She won a special election [[in January 2010]].                       | 2025-03-12 | She won the special election, a surprise [[2010]] victory.          | agree       | same
          2025-03-12 | The feud began [[last Wednesday]] when the governor spoke at a town hall. | 2025-03-12 | [[Last week]], the governor spoke at a town hall about the feud. | agree       | same
          2025-03-12 | Reyes resigned from the council [[in November]].                      | 2025-03-12 | Reyes resigned from the council [[last year]].                      | agree       | same
          2025-01-08 | Tom Reyes lost his re-election bid [[in November]] to Mayor Lena Ortiz. | 2025-01-08 | Reyes has money left over from his failed race [[last year]] against Ortiz. | agree | same
          # dates of one event that cannot both hold
          2025-03-12 | Mayor Dan Ito's second and final term as mayor officially ends [[in 2027]]. | 2025-03-12 | Mayor Dan Ito said he may quit before his term ends [[in 2026]]. | discrepancy | conflict
          2025-01-08 | The primary will be held [[on April 30]].                             | 2025-01-08 | Both parties will hold primaries [[in mid-May]].                    | discrepancy | conflict
          2025-03-12 | Her second term ends [[in 2027]].                                     | 2025-03-12 | She may step down before her term ends [[in 2026]].                 | discrepancy | conflict
          2025-03-12 | Pike held the seat [[from 1966 to 1978]].                             | 2025-03-12 | Pike, who served in the seat [[from 1967 to 1979]], died in May.    | discrepancy | conflict
          2025-01-08 | Ito left the agency [[last year]] to teach.                           | 2025-01-08 | Ito quit the agency [[earlier this month]] to teach.                | discrepancy | conflict
          # a date that changed between two reports differs, it does not conflict
          2025-03-12 | Sentencing is set for [[June 28]].                                    | 2025-05-20 | Sentencing was postponed to [[July 12]].                            | discrepancy | differs
          # one actor's other occasions, other events of one day or year, stay apart
          2025-03-12 | Reyes posted [[early Tuesday]] that the aide belongs in jail.         | 2025-03-12 | [[Last week]], Reyes said in an interview that he could fire the board. | apart    | -
          2025-03-12 | The mayor resigned [[on Monday]].                                     | 2025-03-12 | The council voted [[on Tuesday]] to cut the budget.                 | apart       | -
          2025-03-12 | Lena Ortiz vetoed the budget bill [[on Tuesday]].                     | 2025-03-12 | Lena Ortiz opened a new school [[on Tuesday]].                      | apart       | -
          2025-03-12 | Dan Ito vetoed the budget bill [[on Tuesday]].                        | 2025-03-12 | Lena Ortiz signed the budget bill [[on Tuesday]].                   | apart       | -
          2025-03-12 | Lena Ortiz said [[on Tuesday]] that the budget bill was dead.         | 2025-03-12 | Lena Ortiz vetoed the budget bill [[on Tuesday]].                   | apart       | -
          2025-03-12 | Lena Ortiz vetoed the budget bill [[in March]].                       | 2025-03-12 | Lena Ortiz rejected the budget bill [[in March]].                   | apart       | -
          2025-03-12 | In their remarks [[on Sunday]], the rescuers praised the crews.       | 2025-03-12 | Ana Lind said [[on Sunday]] that the crews were heroes.             | apart       | -
          2025-03-12 | Ana Lind resigned from the board, her office said [[Tuesday]].        | 2025-03-12 | Ana Lind resigned from the board [[on Monday]].                     | apart       | -
          2025-03-12 | It took the panel a week to agree [[this week]].                      | 2025-03-12 | The mayor took questions from reporters [[on Tuesday]].             | apart       | -
          2025-03-12 | Lawmakers refused to discuss the [[Friday]] vote.                    | 2025-03-12 | Leaders will lobby members before the vote [[next week]].           | apart       | -
          2025-03-12 | After a poor showing [[last week]], the pressure was on Mayor Lena Ortiz to act. | 2025-03-12 | Mayor Lena Ortiz was calm and sharp [[tonight]], her aides said. | apart       | -
          2025-03-12 | Analysts compared the night to the [[1998]] debate in Dover.          | 2025-03-12 | Mayor Dan Ito admitted he had a poor night in his debate [[last week]]. | apart       | -
          2025-03-12 | Mayor Dan Ito's term ends [[in 2027]].                              | 2025-03-12 | Governor Lena Ortiz said her term ends [[in 2026]].                  | apart       | -
          2025-03-12 | Mayor Dan Ito's brother was born [[in 1970]].                        | 2025-03-12 | Mayor Dan Ito said his wife was born [[in 1972]].                    | apart       | -
          2025-03-12 | Speaker Ana Lind said [[this week]] that the calls to fire Dan Ito were absurd. | 2025-03-12 | Mayor Dan Ito told a newspaper [[on Tuesday]] that he would stay. | apart | -
          2025-03-12 | In court papers filed against Councilman Tom Reyes [[on Friday]], prosecutors listed the watches and furs bought with campaign money. | 2025-03-12 | Documents released [[on Friday]] showed how Mayor Dan Ito used campaign money to buy watches and furs. | apart | -
          2025-03-12 | But [[on Tuesday]], Mr. Ito's allies in the council, including the majority leader, Councilman Tom Reyes, announced that they would oppose the plan. | 2025-03-12 | Mayor Lena Ortiz said [[Tuesday night]] that she would not back the plan. | apart | -
          # a year written in full is placed by the article's day as a relative date is: a year
          # gone by and one to come are two occasions of a recurring event
          2027-03-12 | Voters were angry after the [[2024]] election.                       | 2027-03-12 | He called the [[2028]] election the way to win the seat back.       | apart       | -
          2027-03-12 | The board was replaced in the vote [[in 2025]].                       | 2027-03-12 | The board will be replaced in the vote [[in 2029]].                 | apart       | -
          # statements that report the same thing, but dates that differ, two doers, or a second date
          2025-03-12 | Fire crews pulled two hikers from the flooded canyon [[on Sunday]].  | 2025-03-12 | The rescue freed two hikers from the flooded canyon [[on Saturday]].   | apart       | -
          2025-03-12 | Dan Ito spoke about the bridge closure in a video [[on Monday]].      | 2025-03-12 | Lena Ortiz defended the bridge closure in a video [[on Monday]].   | apart       | -
          2025-03-12 | Lena Ortiz wrote in a social media post [[on Friday]] that the mayor must go. | 2025-03-12 | A council aide apologized [[on Friday]] for a social media post about the mayor. | apart | -
          2025-03-12 | The union said [[on Friday]] that the new contract was a victory for nurses. | 2025-03-12 | The statement [[on Friday]] called the new contract a victory for nurses. | apart | -
          2025-03-12 | Builders finished a new glass wing of the museum, begun in 2021, [[in 2024]]. | 2025-03-12 | The expansion, a new glass wing of the museum, was completed [[last year]]. | apart | -
          2025-03-12 | Mayor Dan Ito's wife, Rosa, stood beside him. She pleaded guilty [[on Friday]]. | 2025-03-12 | Mayor Dan Ito pleaded guilty [[on Friday]]. | apart | -
          2025-03-12 | Mayor Dan Ito's wife, Rosa, came with him. She pleaded guilty [[on Friday]] to a charge that she lied while Dan Ito was mayor. | 2025-03-12 | Mayor Dan Ito pleaded guilty [[on Friday]]. | apart | -
          2025-03-12 | Mayor Dan Ito came with his wife, Rosa, to the court. His wife pleaded guilty [[on Friday]]. | 2025-03-12 | Mayor Dan Ito pleaded guilty [[on Friday]]. | apart | -
          2025-03-12 | The Ledger reported [[on Monday]] that Mayor Dan Ito had met the donor. | 2025-03-12 | Mayor Dan Ito confirmed [[on Monday]] that he had met the donor. | apart | -
          2025-03-12 | The Ledger reported [[on Monday]] that Mayor Dan Ito had met the donor. | 2025-03-12 | The Courier reported [[on Monday]] that Mayor Dan Ito had met the donor. | apart | -
          2025-03-12 | Every Democrat on the council [[on Thursday]] demanded that Mayor Dan Ito step down. | 2025-03-12 | Republicans praised Mayor Dan Ito [[on Thursday]]. | apart | -
          2025-03-12 | Democrats accused Mayor Dan Ito of lying [[on Thursday]]. | 2025-03-12 | Democrats demanded that Governor Lena Ortiz resign [[on Thursday]]. | apart | -
          2025-03-12 | Democrats accused Mayor Dan Ito of lying [[on Thursday]]. | 2025-03-12 | Democrats demanded that Mayor Dan Ito resign [[on Wednesday]]. | apart | -
          2025-03-12 | Police arrested Mayor Dan Ito [[on Thursday]]. | 2025-03-12 | Lena Ortiz criticized Mayor Dan Ito [[on Thursday]]. | apart | -
          2025-03-12 | Mayor Dan Ito defended himself during [[Tuesday]]'s hearing.    | 2025-03-12 | Governor Lena Ortiz said [[on Tuesday]] that Ito did wrong. | apart | -
          2025-03-12 | Mayor Dan Ito spoke first, then Councilwoman Rosa Ito spoke. Dan and Rosa Ito met the governor [[on Friday]] after a service at the church. | 2025-03-12 | Mayor Dan Ito was sworn in on Friday. He started [[the day]] with a talk at the port. | apart | -
          2025-03-12 | Ito wrote a memoir with his father [[in 1999]].                       | 2025-03-12 | Judge Kim appeared on his father's radio show [[in 1999]].           | apart       | -
          2025-03-12 | Mayor Dan Ito said the outcry had prompted Lena Ortiz and him to muse [[on Monday]] about quitting. | 2025-03-12 | Governor Lena Ortiz mused [[on Tuesday]] about quitting. | apart | -
          2025-03-12 | The outcry prompted Governor Lena Ortiz to muse [[on Monday]] about quitting. | 2025-03-12 | Mayor Dan Ito mused [[on Monday]] about quitting.  | apart       | -
          # nouns of one class naming nobody, on one day, name one event (agreeing only)
          2025-03-12 | Flags flew for the victims of the act of terror perpetrated [[on Sunday]] in Bayside. | 2025-03-12 | The town was shaken by violence, which wounded nine people [[early Sunday]]. | agree | same
          2025-03-12 | The town mourned after [[Sunday]]'s shooting.                        | 2025-03-13 | The attack [[on Sunday]] left nine people hurt.                     | agree       | same
          2025-03-12 | The town mourned after [[Sunday]]'s shooting.                        | 2025-03-12 | The bombing [[on Saturday]] left nine people hurt.                  | apart       | -
          2025-03-12 | The town mourned after [[Sunday]]'s shooting.                        | 2025-03-12 | Lawyers for the port argued their case at a hearing [[on Sunday]].   | apart       | -
          """)
  void groupsTheDatesOfOneEvent(String headerA, String markedA, String headerB, String markedB,
      String verdict, String relation) {
    PhraseArticles.Pair<DateClaim> p =
        PhraseArticles.pair(DateClaim.class, headerA, markedA, headerB, markedB);
    if (verdict.equals("apart")) {
      assertThat(p.both()).as("one finding for two events").isEmpty();
      assertThat(p.report().findings())
          .filteredOn(f -> f.claims().contains(p.a().id()) || f.claims().contains(p.b().id()))
          .extracting(Finding::verdict).doesNotContain(Verdict.DISCREPANCY);
      return;
    }
    assertThat(p.both()).as("one finding holding %s and %s; findings: %s", p.a().text(),
            p.b().text(), p.report().findings()).singleElement()
        .satisfies(f -> {
          assertThat(f.verdict()).isEqualTo(Verdict.valueOf(verdict.toUpperCase(Locale.ROOT)));
          assertThat(f.relation() == null ? null : f.relation().label()).isEqualTo(relation);
        });
  }

  @ParameterizedTest(name = "{1} -> {3}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          # header of the original | original                                  | header of the reprint | reprint                                   | date changed
          # the same day in other words is no change
          2025-03-12 | Twelve workers died in the fire on Tuesday.                  | 2025-03-12 | Twelve workers died in the fire on March 11.                 | no
          2025-03-12 | Twelve workers died in the fire on March 11.                 | 2025-03-12 | Twelve workers died in the fire on 11 March.                 | no
          2025-03-12 | Twelve workers died in the fire yesterday.                   | 2025-03-12 | Twelve workers died in the fire on Tuesday.                  | no
          2025-03-12 | Twelve workers died in the fire today.                       | 2025-03-13 | Twelve workers died in the fire yesterday.                   | no
          2025-03-12 | Twelve workers died in the fire on Tuesday.                  | 2025-03-13 | Twelve workers died in the fire on Tuesday.                  | no
          # another day is
          2025-03-12 | Twelve workers died in the fire on Tuesday.                  | 2025-03-12 | Twelve workers died in the fire on Monday.                   | yes
          2025-03-12 | Twelve workers died in the fire on March 11.                 | 2025-03-12 | Twelve workers died in the fire on March 10.                 | yes
          2025-03-12 | Twelve workers died in the fire on Tuesday.                  | 2025-03-12 | Twelve workers died in the fire last week.                   | yes
          """)
  void verifyComparesDatesByTheirDays(String headerO, String original, String headerR,
      String reprint, String changed) {
    List<Change> dates = PhraseArticles.changes("date", headerO, original, headerR, reprint);
    if (changed.equals("yes")) {
      assertThat(dates).as("date changes").isNotEmpty();
    } else {
      assertThat(dates).as("date changes").isEmpty();
    }
  }
}
