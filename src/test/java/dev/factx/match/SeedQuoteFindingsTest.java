package dev.factx.match;

import dev.factx.extract.Docs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.analysis.Document;
import dev.factx.analysis.Analyzer;
import dev.factx.extract.Quote;
import dev.factx.extract.QuoteExtractor;
import dev.factx.extract.SeedArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed bundle's quote findings: one per statement, cuts and joins aligned per sentence. */
class SeedQuoteFindingsTest {
  @Test
  void seedStatementsAreGroupedPerSentence() {
    List<Document> docs = Analyzer.analyze(SeedArticles.read());
    List<Quote> quotes = Docs.extract(new QuoteExtractor(), docs);
    List<Finding> findings = new QuoteMatcher().match(quotes);
    assertThat(findings).filteredOn(f -> f.verdict() == Verdict.AGREE).extracting(Finding::claims)
        .contains(
            List.of("pravda:q1", "outlet-b:q1", "outlet-c:q4", "kyiv-independent:q2"),
            List.of("pravda:q4", "outlet-b:q3", "kyiv-independent:q5"));
    assertThat(findings).filteredOn(f -> f.claims().contains("pravda:q2")).singleElement()
        .satisfies(f -> assertThat(f.claims()).contains("outlet-b:q1", "kyiv-independent:q3"));
    assertThat(findings).noneMatch(f -> f.verdict() == Verdict.DISCREPANCY);
    assertThat(findings).filteredOn(f -> f.claims().contains("outlet-c:q9")).singleElement()
        .satisfies(f -> assertThat(f.verdict()).isEqualTo(Verdict.UNIQUE));
    assertThat(Oracles.quotesComparingAllPairs().match(quotes)).isEqualTo(findings);
  }
}
