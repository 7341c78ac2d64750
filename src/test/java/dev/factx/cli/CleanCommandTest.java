package dev.factx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.bundle.Article;
import dev.factx.bundle.BundleInputs;
import dev.factx.bundle.InputFormat;
import dev.factx.clean.BoilerplateCleaner;
import dev.factx.clean.CleanedArticle;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CleanCommandTest {
  private static final String SEED = "testdata/kursk-2024-12-16.bundle";
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String stdin, String... args) {
    return Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out), new PrintWriter(err));
  }

  private static List<Article> read(String stdin) {
    return BundleInputs.readAll(List.of("-"), InputFormat.BUNDLE,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), note -> {}).articles();
  }

  @Test
  void showRemovedListsFileLineReasonAndText() {
    assertThat(run("", "clean", "--show-removed", SEED)).isEqualTo(0);
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(1 + 44 + 46);
    assertThat(lines[0]).isEqualTo(SEED + ":56: other-story teaser: Related:");
    assertThat(lines[2]).isEqualTo(SEED + ":82: navigation: Skip to content");
    assertThat(lines[lines.length - 1]).isEqualTo(SEED + ":253: copyright: \u00a9 Copyright 2024");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void writesAValidBundleWithTheFurnitureLeftOut() {
    assertThat(run("", "clean", SEED)).isEqualTo(0);
    List<Article> cleaned = read(out.toString());
    List<Article> raw = BundleInputs.readAll(List.of(SEED), InputFormat.AUTO,
        java.io.InputStream.nullInputStream(), note -> {}).articles();
    assertThat(cleaned).extracting(Article::id)
        .containsExactly("pravda", "outlet-b", "outlet-c", "kyiv-independent", "devdiscourse");
    for (int i = 0; i < raw.size(); i++) {
      assertThat(cleaned.get(i).headers()).isEqualTo(raw.get(i).headers());
      assertThat(cleaned.get(i).body())
          .isEqualTo(BoilerplateCleaner.clean(raw).get(i).storyBody());
    }
    assertThat(cleaned.get(0).body()).isEqualTo(raw.get(0).body());
    assertThat(out.toString()).doesNotContain("Skip to content", "TRENDING", "Related:")
        .contains("story: US calls North Korean troops in Kursk legitimate targets");
  }

  @Test
  void cleaningTheCleanedBundleRemovesNothingMore() {
    run("", "clean", SEED);
    List<CleanedArticle> again = BoilerplateCleaner.clean(read(out.toString()));
    assertThat(again).allSatisfy(c -> assertThat(c.removed()).isEmpty());
  }

  @Test
  void readsStandardInput() {
    String bundle = "#factx-bundle 1\n\n=== a\n\nSkip to content\n\nThe mayor resigned on Friday.\n";
    assertThat(run(bundle, "clean", "--show-removed", "-")).isEqualTo(0);
    assertThat(out.toString()).isEqualTo("-:5: navigation: Skip to content\n");
  }
}
