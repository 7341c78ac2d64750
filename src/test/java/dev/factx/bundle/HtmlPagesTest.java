package dev.factx.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every test page in {@code testdata/html/} (pages of our own writing shaped like real news
 * pages: site chrome, JSON-LD, Open Graph, a cookie banner, a live blog, an AMP page, a print
 * page, a page with no article) read as a user reads it: the extracted article whole
 * ({@code factx bundle}) and every block of furniture removed, with its line and reason
 * ({@code factx clean --show-removed}). The expected transcripts are in
 * {@code testdata/html/expected/}; after an intended change run
 * {@code mvn test -Dtest=HtmlPagesTest -Dfactx.updateGoldens=true} and review the diff.
 */
class HtmlPagesTest {
  static final Path DIR = Path.of("testdata", "html");
  private static final Path EXPECTED = DIR.resolve("expected");
  private static final boolean UPDATE = Boolean.getBoolean("factx.updateGoldens");

  static List<String> pages() throws IOException {
    try (Stream<Path> s = Files.walk(DIR)) {
      return s.filter(p -> p.toString().endsWith(".html")).map(p -> DIR.relativize(p).toString())
          .sorted().toList();
    }
  }

  private static Path expected(String page) {
    return EXPECTED.resolve(page.replace('/', '_').replace(".html", ".txt"));
  }

  /** What a terminal shows for one command: its output, its error lines and its exit status. */
  private static String transcript(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    StringBuilder t = new StringBuilder("$ factx ").append(String.join(" ", args)).append('\n');
    t.append(out);
    err.toString().lines().forEach(l -> t.append("stderr: ").append(l).append('\n'));
    return t.append("exit ").append(status).append('\n').toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void extractedTextAndRemovedBlocks(String page) throws IOException {
    String file = DIR.resolve(page).toString();
    String actual = transcript("bundle", file) + "\n"
        + transcript("clean", "--show-removed", file);
    Path golden = expected(page);
    if (UPDATE) {
      Files.createDirectories(EXPECTED);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden).as("expected transcript missing; run with -Dfactx.updateGoldens=true")
        .exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void everyTranscriptHasAPage() throws IOException {
    Set<String> known = pages().stream().map(p -> expected(p).getFileName().toString())
        .collect(Collectors.toSet());
    Set<String> orphans = new TreeSet<>();
    try (Stream<Path> files = Files.list(EXPECTED)) {
      files.map(p -> p.getFileName().toString()).filter(n -> !known.contains(n))
          .forEach(orphans::add);
    }
    assertThat(orphans).as("transcripts without a page").isEmpty();
  }
}
