package dev.factx.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two dates read from sentences of our own writing, compared as date matching and verify do. */
class DateComparisonTest {
  /** The one date claim of a sentence. */
  private static DateClaim date(String header, String sentence) {
    List<DateClaim> claims = Docs.extract(new DateExtractor(), Docs.doc("a", header, sentence));
    assertThat(claims).as("dates of %s", sentence).hasSize(1);
    return claims.get(0);
  }

  @ParameterizedTest(name = "{1} / {3}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          # header  | sentence                                  | header     | sentence                                       | relation | at
          # equal at the coarser precision: a coarser date holding the finer one
          2025-03-12 | The fire broke out on Tuesday.            | 2025-03-12 | The fire broke out on March 11.                 | SAME     | DAY
          2025-08-20 | She sent the letter on Aug. 6.            | 2025-08-20 | She sent the letter this month.                 | SAME     | MONTH
          2025-03-12 | He resigned in November.                  | 2025-03-12 | He resigned last year.                          | SAME     | YEAR
          2025-03-12 | The feud began last Wednesday.            | 2025-03-12 | The feud began last week.                       | SAME     | WEEK
          2025-03-12 | The talks collapsed a week ago.           | 2025-03-12 | The talks collapsed last week.                  | SAME     | WEEK
          2025-03-12 | She won the seat in January 2010.         | 2025-03-12 | She won the seat in 2010.                       | SAME     | YEAR
          2025-03-12 | The band was formed in 1994.              | 2025-03-12 | The band was formed in the 1990s.               | SAME     | DECADE
          # a bound holds what falls within it
          2025-03-12 | He had repaid the money by March 2017.    | 2025-03-12 | He repaid the money in 2017.                    | SAME     | YEAR
          2025-03-12 | He had repaid the money by March 2017.    | 2025-03-12 | He repaid the money in 2016.                    | SAME     | YEAR
          2025-03-12 | He had repaid the money by March 2017.    | 2025-03-12 | He repaid the money in 2018.                    | CONFLICT | YEAR
          2025-03-12 | She has led the agency since 2002.        | 2025-03-12 | She took over the agency in 2002.               | SAME     | YEAR
          2025-03-12 | She has led the agency since 2002.        | 2025-03-12 | She has led the agency since 2004.              | CONFLICT | YEAR
          # disjoint at the coarser precision
          2025-01-08 | The primary will be held on April 30.     | 2025-01-08 | The primaries will be held in mid-May.          | CONFLICT | MONTH_PART
          2025-03-12 | Her term ends in 2027.                    | 2025-03-12 | Her term ends in 2026.                          | CONFLICT | YEAR
          2025-01-08 | Ito left the agency last year.            | 2025-01-08 | Ito quit the agency earlier this month.         | CONFLICT | YEAR
          2024-12-17 | Troops attacked on 14 December 2024.      | 2024-12-17 | A little more than a week ago, troops attacked. | CONFLICT | DAYS
          # ranges end by end
          2025-03-12 | Pike held the seat from 1966 to 1978.     | 2025-03-12 | Pike held the seat from 1966 to 1978.           | SAME     | YEAR
          2025-03-12 | Pike held the seat from 1966 to 1978.     | 2025-03-12 | Pike held the seat from 1967 to 1979.           | CONFLICT | YEAR
          # a date of something still to come that moved between two reports
          2025-03-12 | Sentencing is set for June 28.            | 2025-05-20 | Sentencing was postponed to July 12.            | DIFFERS  | DAY
          2025-03-12 | Sentencing is set for June 28.            | 2025-05-20 | Sentencing is set for July 12.                  | DIFFERS  | DAY
          2025-03-12 | Sentencing is set for June 28.            | 2025-03-12 | Sentencing is set for July 12.                  | CONFLICT | DAY
          """)
  void comparesAtTheCoarserPrecision(String headerA, String a, String headerB, String b,
      DateComparison.Relation relation, DatePrecision at) {
    DateComparison.Result r = DateComparison.compare(date(headerA, a), date(headerB, b));
    assertThat(r).isNotNull();
    assertThat(r.relation()).as("relation").isEqualTo(relation);
    assertThat(r.precision()).as("precision").isEqualTo(at);
    // the comparison is symmetric
    assertThat(DateComparison.compare(date(headerB, b), date(headerA, a))).isEqualTo(r);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          The council met on Tuesday.
          The bridge reopened on March 3.
          """)
  void leavesAnUnresolvedDateUncompared(String sentence) {
    assertThat(DateComparison.compare(date(null, sentence), date("2025-03-12", sentence)))
        .isNull();
  }
}
