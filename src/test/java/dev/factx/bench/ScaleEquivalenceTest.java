package dev.factx.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.CrossReferencer;
import dev.factx.Report;
import dev.factx.bundle.Article;
import dev.factx.bundle.BundleInputs;
import dev.factx.bundle.InputFormat;
import dev.factx.analysis.Document;
import dev.factx.extract.DateClaim;
import dev.factx.extract.Quote;
import dev.factx.extract.RoleClaim;
import dev.factx.match.DateMatcher;
import dev.factx.match.Oracles;
import dev.factx.match.QuoteMatcher;
import dev.factx.match.RoleMatcher;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast matchers (classes of identical sentences, keyed grouping, shared people and roles)
 * find exactly what the plain all-pairs matchers find, on generated bundles of 200 articles.
 */
class ScaleEquivalenceTest {
  @TempDir Path dir;

  @Test
  void indexedMatchersFindWhatAllPairsFind() throws IOException {
    long seed = 7L;
    List<String> paragraphs =
        SyntheticCorpus.paragraphs(Files.readString(Path.of("testdata", "kursk-2024-12-16.bundle")));
    Path bundle = dir.resolve("synthetic.bundle");
    try (Writer w = Files.newBufferedWriter(bundle, StandardCharsets.UTF_8)) {
      SyntheticCorpus.write(paragraphs, 200, new Random(seed), w);
    }
    List<Article> articles =
        BundleInputs.readAll(List.of(bundle.toString()), InputFormat.AUTO, System.in, n -> {})
            .articles();
    Report extracted = CrossReferencer.extract(null, articles);
    List<Document> docs = extracted.documents();
    List<Quote> quotes = CrossReferencer.only(extracted.claims(), Quote.class);
    List<DateClaim> dates = CrossReferencer.only(extracted.claims(), DateClaim.class);
    List<RoleClaim> roles = CrossReferencer.only(extracted.claims(), RoleClaim.class);
    assertThat(quotes).hasSizeGreaterThan(400);
    assertThat(dates).hasSizeGreaterThan(200);
    assertThat(roles).hasSizeGreaterThan(200);

    assertThat(new QuoteMatcher().match(quotes))
        .isEqualTo(Oracles.quotesComparingAllPairs().match(quotes));
    assertThat(new DateMatcher(roles).match(dates))
        .isEqualTo(Oracles.datesComparingAllPairs(roles).match(dates));
    assertThat(new RoleMatcher().match(roles))
        .isEqualTo(Oracles.rolesComparingAllPairs().match(roles));
  }

  @Test
  void indexedDateGroupingFindsWhatAllPairsFindOnRealLengthArticles() throws IOException {
    // most of these dates name nobody, and groups of one speaker's or one event's dates grow
    // with the stories' outlets: the blocks and kins of DateMatcher's grouping at work
    Path bundle = dir.resolve("real.bundle");
    try (Writer w = Files.newBufferedWriter(bundle, StandardCharsets.UTF_8)) {
      RealLengthCorpus.write(300, new Random(3), w);
    }
    List<Article> articles =
        BundleInputs.readAll(List.of(bundle.toString()), InputFormat.AUTO, System.in, n -> {})
            .articles();
    Report extracted = CrossReferencer.extract(null, articles);
    List<DateClaim> dates = CrossReferencer.only(extracted.claims(), DateClaim.class);
    List<RoleClaim> roles = CrossReferencer.only(extracted.claims(), RoleClaim.class);
    assertThat(dates).hasSizeGreaterThan(1000);
    assertThat(new DateMatcher(roles).match(dates))
        .isEqualTo(Oracles.datesComparingAllPairs(roles).match(dates));
  }
}
