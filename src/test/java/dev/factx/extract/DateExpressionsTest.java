package dev.factx.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateExpressionsTest {
  /** Finds the one date in {@code text}; {@code [[...]]} marks its expected span. */
  @ParameterizedTest(name = "{0} @ {1}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          # absolute dates in news forms
          Miller spoke [[on Dec. 16]].                         | 2024-12-17 | 2024-12-16
          It began [[on December 16, 2024]].                   | 2025-03-01 | 2024-12-16
          Troops attacked [[on 14 December 2024]].             | 2024-12-17 | 2024-12-14
          It was signed [[2024-12-16]] in Kyiv.                | 2024-12-17 | 2024-12-16
          Seoul, [[17-12-2024]] - Officials met.               | 2024-12-17 | 2024-12-17
          The vote was [[on 12/05/2024]].                      | 2024-12-17 | 2024-12-05
          The law passed [[on 25.11.2024]].                    | 2024-12-17 | 2024-11-25
          Talks ended [[Sept. 3]].                             | 2024-12-17 | 2024-09-03
          The deal was struck [[on the 3rd of May]].           | 2024-12-17 | 2024-05-03
          Officials met [[on Dec 20]].                         | 2024-12-17 | 2024-12-20
          # a year-less date after anchor + 7 days is last year
          The storm hit [[on Dec. 29]].                        | 2024-12-17 | 2023-12-29
          The storm hit [[on Jan. 5]].                         | 2025-01-02 | 2025-01-05
          The storm hit [[on Dec. 30]].                        | 2025-01-02 | 2024-12-30
          # months
          They signed a treaty [[in June]].                    | 2024-12-17 | 2024-06-01..2024-06-30
          # "since" holds from the first day it names to the anchor
          It has gone on [[since February 2022]].              | 2024-12-17 | 2022-02-01..2024-12-17
          Troops landed [[in early November]].                 | 2024-12-17 | 2024-11-01..2024-11-10
          Fighting peaked [[in late March]].                   | 2024-12-17 | 2024-03-21..2024-03-31
          Rates rose [[last December]].                        | 2024-12-17 | 2023-12-01..2023-12-31
          Prices fell [[in December]].                         | 2025-01-03 | 2024-12-01..2024-12-31
          # weekdays: the latest such day on or before the anchor; same day counts
          Miller spoke [[on Monday (local time)]].             | 2024-12-17 | 2024-12-16
          Miller spoke [[on Monday]].                          | 2024-12-16 | 2024-12-16
          A drone unit posted a video [[on Sunday]].           | 2024-12-17 | 2024-12-15
          The minister resigned [[Friday]].                    | 2024-12-17 | 2024-12-13
          He arrived [[last Tuesday]].                         | 2024-12-17 | 2024-12-10
          Talks resume [[next Monday]].                        | 2024-12-17 | 2024-12-23
          Shelling began [[Monday morning]].                   | 2024-12-18 | 2024-12-16
          # relative to the anchor
          The ministry said so [[yesterday]].                  | 2024-12-17 | 2024-12-16
          Sanctions were imposed [[today]].                    | 2024-12-17 | 2024-12-17
          It rained [[last night]].                            | 2024-12-17 | 2024-12-16
          Troops withdrew [[last week]].                       | 2024-12-17 | 2024-12-09..2024-12-15
          Talks continue [[this week]].                        | 2024-12-17 | 2024-12-16..2024-12-22
          Strikes hit [[earlier this month]].                  | 2024-12-17 | 2024-12-01..2024-12-16
          Attacks took place [[over the weekend]].             | 2024-12-17 | 2024-12-14..2024-12-15
          Attacks took place [[over the weekend]].             | 2024-12-14 | 2024-12-14..2024-12-15
          We released a statement [[a few days ago]].          | 2024-12-17 | 2024-12-12..2024-12-15
          [[A little more than a week ago]], troops began.     | 2024-12-17 | 2024-12-06..2024-12-09
          It started [[more than a week ago]].                 | 2024-12-17 | 2024-12-03..2024-12-09
          It started [[about a week ago]].                     | 2024-12-17 | 2024-12-08..2024-12-12
          It started [[three days ago]].                       | 2024-12-17 | 2024-12-14
          It started [[two weeks ago]].                        | 2024-12-17 | 2024-12-02..2024-12-04
          It started [[nearly a month ago]].                   | 2024-12-17 | 2024-11-18..2024-11-25
          It happened [[last month]].                          | 2024-12-17 | 2024-11-01..2024-11-30
          It happened [[earlier this year]].                   | 2024-12-17 | 2024-01-01..2024-12-16
          It happened [[in the past week]].                    | 2024-12-17 | 2024-12-10..2024-12-17
          # a year after a preposition is a date of year precision
          Russia sets a goal to occupy four regions [[in 2025]]. | 2024-12-17 | 2025-01-01..2025-12-31
          # no anchor: relative expressions stay unresolved, full dates do not need one
          Miller spoke [[on Monday]].                          |            | unresolved
          Miller spoke [[yesterday]].                          |            | unresolved
          Miller spoke [[on Dec. 16]].                         |            | unresolved
          Miller spoke [[on December 16, 2024]].               |            | 2024-12-16
          """)
  void resolvesDateExpressions(String marked, String anchor, String expected) {
    int open = marked.indexOf("[[");
    int close = marked.indexOf("]]");
    String text = marked.replace("[[", "").replace("]]", "");
    List<DateMention> found =
        DateExpressions.find(text, anchor == null ? null : LocalDate.parse(anchor));
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.span().of(text)).isEqualTo(marked.substring(open + 2, close));
      assertThat(d.value() == null ? "unresolved" : d.value()).isEqualTo(expected);
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          # bylines, timestamps and photo captions are page furniture
          by Abbey Fenbert December 17, 2024 6:33 AM 2 min read
          Updated: 17-12-2024 13:46 IST
          Miller speaks to reporters in Washington, D.C., June 3, 2024. (Jane Doe/Agency via Getty Images)
          # a heading that introduces a list
          Key developments on Dec. 16: Russia sets a goal
          # years without a preposition or an event noun, clock times, numbers and ordinals are not dates
          Copyright 2024
          7:04 PM
          at least 30 soldiers were wounded
          the 14th Chervona Kalyna Brigade
          # "may" and "march" as words, a weekday-less "day before" a noun
          Troops may march on the capital.
          Talks were held the day before the vote.
          """)
  void findsNoDateIn(String text) {
    assertThat(DateExpressions.find(text, LocalDate.parse("2024-12-17"))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          # counted from the event told before: days after its date
          The remarks came [[the same day]] that the Pentagon confirmed it. | 0  | 0
          [[The day before]], the army released photos.                    | -1 | -1
          [[The next day]], talks resumed.                                 | 1  | 1
          He had left [[a week earlier]].                                  | -8 | -6
          They met again [[two days later]].                               | 2  | 2
          """)
  void leavesPreviousEventExpressionsToTheCaller(String marked, int from, int to) {
    String text = marked.replace("[[", "").replace("]]", "");
    assertThat(DateExpressions.find(text, LocalDate.parse("2024-12-17")))
        .singleElement()
        .satisfies(d -> {
          assertThat(d.span().of(text))
              .isEqualTo(marked.substring(marked.indexOf("[[") + 2, marked.indexOf("]]")));
          assertThat(d.fromPrevious()).isTrue();
          assertThat(d.value()).isNull();
          assertThat(d.resolve(LocalDate.parse("2024-12-16"), LocalDate.parse("2024-12-16")).value())
              .isEqualTo(from == to ? LocalDate.parse("2024-12-16").plusDays(from).toString()
                  : LocalDate.parse("2024-12-16").plusDays(from) + ".."
                      + LocalDate.parse("2024-12-16").plusDays(to));
        });
  }
}
