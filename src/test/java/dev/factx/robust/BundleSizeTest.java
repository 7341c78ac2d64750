package dev.factx.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.CrossReferencer;
import dev.factx.Report;
import dev.factx.bundle.Article;
import dev.factx.extract.Kind;
import dev.factx.match.Finding;
import dev.factx.match.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bundle does not lose a finding because it is big: the same statement, carried by many
 * articles each with a word of its own changed, is one finding at 300 articles and at 1,300.
 *
 * <p>Here each pair of the statement's content words is missing from 4 or 5 in 12 copies, so
 * from about 750 copies every pair stands in more than {@code QuoteMatcher.COMMON_PAIR} (500)
 * distinct sentences. The quote matcher once took such a pair as too common to suggest a match:
 * 740 copies were one finding, 760 were 317, and from about 860 on each copy was reported alone.
 * Now a sentence is tried against the next 500 sentences holding a common pair, so the copies
 * still meet.
 */
class BundleSizeTest {
  private static final String[] STATEMENT =
      ("We will rebuild the old bridge before the winter so that the children of the valley can"
          + " walk to school safely again").split(" ");

  @Test
  void threeHundredCopiesOfAStatementAreOneFinding() {
    copiesAreOneFinding(300);
  }

  @Test
  void thirteenHundredCopiesOfAStatementAreOneFinding() {
    copiesAreOneFinding(1300);
  }

  /**
   * Article i quotes the statement with word {@code 5 + i % 12} (a content word: bridge, winter,
   * children, valley ...) replaced by a word of its own, as copies of a widely carried quote
   * differ (a typo, a translation, a reworded word).
   */
  private static void copiesAreOneFinding(int copies) {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < copies; i++) {
      String[] words = STATEMENT.clone();
      int at = 5 + i % 12;
      words[at] = LinearTimeTest.word(i);
      articles.add(LinearTimeTest.article("s" + i, "Residents gathered by the river.\n\n"
          + "Mayor Jane Doe said: \u201c" + String.join(" ", words) + ".\u201d"));
    }
    Report report = CrossReferencer.run(null, articles);
    List<Finding> quotes =
        report.findings().stream().filter(f -> f.kind() == Kind.QUOTE).toList();
    assertThat(quotes).as("quote findings of %d copies", copies).singleElement()
        .satisfies(f -> {
          assertThat(f.claims()).hasSize(copies);
          assertThat(f.verdict()).isEqualTo(Verdict.DISCREPANCY);
        });
  }
}
