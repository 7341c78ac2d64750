package dev.factx.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.analysis.Document;
import dev.factx.analysis.Analyzer;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Date expressions found from trigger places are the ones a scan of every place finds. */
class DateTriggersTest {
  private static final LocalDate ANCHOR = LocalDate.parse("2024-12-17");

  /** Texts at the edges of the rules' reach; \n stands for a newline, \t for a tab. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          It began on December 16, 2024, in Bon December 12 weather.           | 2
          Signed throughout   \\n\\n  the 3rd of May, then as of 2024-12-16.  | 2
          Seen this past\\t\\tMonday and ON Mondays, not Mondayish.            | 1
          A LITTLE MORE THAN A COUPLE OF  weeks  ago, they met.                | 1
          slightly less than several days earlier; the preceding   DAY.        | 2
          In the past year, TODAY and last night, over the weekend.            | 4
          Updated: Dec. 16, 2024 10:30 and (17-12-2024) via Getty Images)      | 1
          mid-June and late-March 2024 and early December, Sept. 3.            | 4
          no dates here at all, only 42 cats and a Mark of May's mayor.        | 0
          """)
  void triggersFindWhatEveryPlaceFinds(String text, int count) {
    String t = text.replace("\\n", "\n").replace("\\t", "\t");
    assertThat(DateExpressions.find(t, ANCHOR))
        .hasSize(count)
        .isEqualTo(everyPlace(t, ANCHOR));
    assertThat(DateExpressions.find(t, null))
        .isEqualTo(everyPlace(t, null));
  }

  @Test
  void seedArticlesGiveTheSameExpressions() {
    int found = 0;
    for (var article : SeedArticles.read()) {
      Document d = Analyzer.analyze(article);
      String text = d.text().value();
      List<DateMention> dates = DateExpressions.find(text, ANCHOR);
      assertThat(dates).isEqualTo(everyPlace(text, ANCHOR));
      found += dates.size();
    }
    assertThat(found).isGreaterThan(10);
  }

  @Property(tries = 1500)
  void generatedTextsGiveTheSameExpressions(@ForAll("texts") String text) {
    assertThat(DateExpressions.find(text, ANCHOR))
        .isEqualTo(everyPlace(text, ANCHOR));
  }

  /** The oracle: every rule's pattern tried at every place of the text, as find() tries it. */
  private static List<DateMention> everyPlace(String text, LocalDate anchor) {
    return DateExpressions.find(text, anchor, (pattern, t) -> {
      List<java.util.regex.MatchResult> out = new java.util.ArrayList<>();
      java.util.regex.Matcher m = pattern.matcher(t);
      while (m.find()) {
        out.add(m.toMatchResult());
      }
      return out;
    });
  }

  /** Words of every rule, near misses of them and white space runs, joined at random. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> word =
        Arbitraries.of(
            "on", "On", "ON", "Bon", "as of", "throughout", "this past", "the past", "in the past",
            "earlier this", "later this", "a little more than", "slightly less than", "a couple of",
            "a few", "several", "an", "12", "3rd", "31st", "2024", "1999", "12/05/2024",
            "2024-12-16", "25.11.2024", "17-12-2024", "7", "123", "the", "THE", "of", "December",
            "Dec.", "Sept", "Sep", "May", "Mark", "early", "mid", "late", "Monday", "Mondays",
            "yesterday", "TODAY", "last night", "tonight", "weekend", "week", "weeks", "Day",
            "days", "month", "year", "YEARS", "ago", "earlier", "later", "before", "after",
            "prior", "that", "same", "previous", "when", "Updated:", "10:30", "(local time)",
            "morning", "via Getty Images)", ",", ".", ";", ")", "(", "x", "_",
            // inside words (the triggers skip a place between two letters or digits for a
            // pattern that opens with \\b) and letters that case folding maps onto ASCII
            "within", "A380", "xMay", "b2024", "Toronto", "\u0130n", "\u212Aey", "Dayton");
    Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "  ", "\n", "\n\n", "", "\t \n", "-", "/");
    return Joined.texts(word, gap, 40);
  }
}
