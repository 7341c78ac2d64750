package dev.factx.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.CrossReferencer;
import dev.factx.Report;
import dev.factx.bundle.Article;
import dev.factx.bundle.BundleInputs;
import dev.factx.bundle.InputFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real-length benchmark corpus has the shape the benchmark claims: articles of about 3,400
 * characters and 17 claims, paragraphs that repeat only where one article is another's copy, and
 * the same bytes for the same seed.
 */
class RealLengthCorpusTest {
  @TempDir Path dir;

  private static String bundle(int n, long seed) throws IOException {
    StringWriter w = new StringWriter();
    RealLengthCorpus.write(n, new Random(seed), w);
    return w.toString();
  }

  @Test
  void theSameSeedGivesTheSameBytes() throws IOException {
    assertThat(bundle(50, 7)).isEqualTo(bundle(50, 7)).isNotEqualTo(bundle(50, 8));
  }

  @Test
  void articlesAreRealLengthWithRealClaimCounts() throws IOException {
    int n = 150;
    Path p = dir.resolve("real.bundle");
    try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
      RealLengthCorpus.write(n, new Random(42), w);
    }
    List<Article> articles =
        BundleInputs.readAll(List.of(p.toString()), InputFormat.AUTO, System.in, x -> {})
            .articles();
    assertThat(articles).hasSize(n);
    double chars = articles.stream().mapToInt(a -> a.body().length()).average().orElse(0);
    assertThat(chars).isBetween(3000.0, 3800.0);
    Report report = CrossReferencer.extract(null, articles);
    double claims = (double) report.claims().size() / n;
    // 17.7 before issue 16; counts in words ("several roads") are figures since, 20.2
    assertThat(claims).isBetween(15.0, 22.0);
  }

  @Test
  void paragraphsRepeatOnlyInCopies() throws IOException {
    // an original article never repeats a paragraph of its own; across the bundle, a paragraph
    // stands in few articles (a story's copies), never in a large share of them
    String text = bundle(500, 42);
    Map<String, Set<String>> articlesOf = new HashMap<>();
    String id = null;
    for (String line : text.split("\n")) {
      if (line.startsWith("=== ")) {
        id = line.substring(4);
      } else if (id != null && line.length() > 100) {
        assertThat(articlesOf.computeIfAbsent(line, k -> new HashSet<>()).add(id))
            .as("%s repeats a paragraph of its own", id).isTrue();
      }
    }
    int widest = articlesOf.values().stream().mapToInt(Set::size).max().orElse(0);
    assertThat(widest).isLessThanOrEqualTo(40);
    long once = articlesOf.values().stream().filter(s -> s.size() == 1).count();
    assertThat((double) once / articlesOf.size()).isGreaterThan(0.5);
  }

  @Test
  void madeUpNamesAreDistinct() {
    Set<String> surnames = new HashSet<>();
    Set<String> places = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      surnames.add(MadeUpNames.surname(i));
      places.add(MadeUpNames.place(i));
    }
    assertThat(surnames).hasSize(200_000);
    assertThat(places).hasSize(200_000);
    assertThat(MadeUpNames.person(0)).matches("\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+");
  }
}
