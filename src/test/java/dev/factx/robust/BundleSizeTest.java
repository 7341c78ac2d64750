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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A bundle does not lose a finding because it is big: the same statement, carried by many
 * articles each with a word of its own changed, is one finding at 300 articles and at 1,300.
 *
 * <p>Today the quote matcher takes a content-word pair found in more than {@code
 * QuoteMatcher.COMMON_PAIR} (500) distinct sentences as too common to suggest a match. Here each
 * pair of the statement's words is missing from 4 or 5 in 12 copies, so from about 750 copies
 * the pairs become too common one after the other: 740 copies are one finding, 760 are 317, and
 * from about 860 on no two copies are compared and each is reported alone. The test of 1,300
 * copies carries the tag {@value #CUTOFF_TODAY}, left out of the normal run, until the second
 * phase of issue 18 removes the cut-off.
 */
class BundleSizeTest {
  /** Tests of a finding that depends on the bundle's size today. */
  static final String CUTOFF_TODAY = "cutoff-today";

  private static final String[] STATEMENT =
      ("We will rebuild the old bridge before the winter so that the children of the valley can"
          + " walk to school safely again").split(" ");

  @Test
  void threeHundredCopiesOfAStatementAreOneFinding() {
    copiesAreOneFinding(300);
  }

  @Test
  @Tag(CUTOFF_TODAY)
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
