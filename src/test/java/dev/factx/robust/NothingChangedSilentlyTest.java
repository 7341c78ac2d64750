package dev.factx.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factx.bundle.Limits;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input is never changed without a word: pipes read like files, an input too big is refused with
 * one line that names the file and the limit, and the output does not depend on the JVM's locale.
 * (Lone surrogates: JsonLinesReaderTest; the canonical bundle as a fixed point: RoundTripTest.)
 */
class NothingChangedSilentlyTest {
  private static final Path SEED = Path.of("testdata/kursk-2024-12-16.bundle");

  @TempDir Path dir;

  private static String bundleOf(String... inputs) {
    List<String> args = new ArrayList<>(List.of("bundle"));
    args.addAll(List.of(inputs));
    Invariants.Run r = Invariants.run(60, args.toArray(String[]::new));
    assertThat(r.status()).as(r.err()).isZero();
    return r.out();
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aNamedPipeReadsLikeAFile() throws Exception {
    Assumptions.assumeTrue(new ProcessBuilder("mkfifo", "--version").start().waitFor() == 0);
    byte[] note = "source: Desk\n\nThe mayor said \"all is well\" on Monday.\n"
        .getBytes(StandardCharsets.UTF_8);
    Path files = Files.createDirectory(dir.resolve("files"));
    Files.write(files.resolve("note.txt"), note);
    String expected = bundleOf(SEED.toString(), files.resolve("note.txt").toString());
    Path bundle = mkfifo("story.bundle");
    Path article = mkfifo("note.txt");
    // one writer each: factx opens both before it reads either to the end
    CompletableFuture<Void> writing = CompletableFuture.allOf(
        CompletableFuture.runAsync(() -> feed(bundle, readAll(SEED))),
        CompletableFuture.runAsync(() -> feed(article, note)));
    Invariants.Run r = Invariants.run(60, "bundle", bundle.toString(), article.toString());
    writing.get(60, TimeUnit.SECONDS);
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    // the pipe named .txt is one plain article, as the same file is
    assertThat(r.out()).isEqualTo(expected).contains("=== note\nsource: Desk\n");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void standardInputByNameAndProcessSubstitutionReadLikeFiles() throws Exception {
    byte[] seed = readAll(SEED);
    String expected = bundleOf(SEED.toString());
    Invariants.Run stdin = Subprocess.run(Path.of("."), List.of(), seed, 60, "bundle",
        "/dev/stdin");
    assertThat(stdin.err()).isEmpty();
    assertThat(stdin.out()).isEqualTo(expected);
    Assumptions.assumeTrue(new ProcessBuilder("bash", "--version").start().waitFor() == 0);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder("bash", "-c", "'" + java + "' -cp '"
        + System.getProperty("java.class.path") + "' dev.factx.cli.Main compare --format json"
        + " <(cat " + SEED + ") && echo ok >&2")
        .redirectOutput(ProcessBuilder.Redirect.PIPE).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(err).isEqualTo("ok\n");
    JsonNode report = new ObjectMapper().readTree(out);
    assertThat(report.get("summary").get("claims").asInt()).isEqualTo(63);
    assertThat(report.get("articles").findValuesAsText("file")).hasSize(5)
        .allMatch(f -> f.startsWith("/dev/fd/"));
  }

  /**
   * A line of 2 GiB (a sparse file: no disk used) is refused after reading the limit, a sixteenth
   * of the heap (64 MiB under surefire's 1 GiB), not after minutes: one line, worded as a limit.
   */
  @Test
  void aTwoGibibyteLineIsRefusedAtTheLimit() throws IOException {
    Path big = dir.resolve("big.bundle");
    Files.writeString(big, "=== big\n\n");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength((2L << 30) + 100); // NUL bytes: valid UTF-8, one line
    }
    for (String command : List.of("bundle", "compare")) {
      long start = System.nanoTime();
      Invariants.Run r = Invariants.run(60, command, big.toString());
      long seconds = (System.nanoTime() - start) / 1_000_000_000L;
      assertThat(r.status()).isEqualTo(2);
      assertThat(r.err().lines()).singleElement().asString()
          .startsWith(big + ":3: error: the line is longer than " + (Limits.max() >> 20)
              + " MiB, factx's limit for one line (a sixteenth of the Java heap of ")
          .contains("; split the line, or give Java more memory, e.g. FACTX_JAVA_OPTS=-Xmx")
          .doesNotContain("bug", "Exception");
      // bundle streams: it has written the version line when it meets the article
      assertThat(r.out()).isIn("", "#factx-bundle 1\n\n");
      assertThat(seconds).as("seconds to refuse").isLessThan(30);
    }
  }

  /**
   * With a 32 MiB heap the limit is 2 MiB: a longer article is refused by every command at the line
   * that crosses it; three articles of 0.9 MiB stream through {@code bundle} but are too much for
   * {@code compare} to hold together (its limit is a fifteenth of the heap, 2 MiB).
   */
  @Test
  void articlesTooBigForTheHeapAreRefusedWithTheLimit() throws Exception {
    List<String> small = List.of("-Xmx32m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    String paragraph = "The council said the old bridge over the river would stay closed. "
        .repeat(15) + "\n\n";
    Path one = dir.resolve("one.bundle");
    Files.writeString(one, "=== big\n\n" + paragraph.repeat((3 << 20) / paragraph.length()));
    for (String command : List.of("bundle", "compare", "claims", "clean")) {
      Invariants.Run r = Subprocess.run(dir, small, new byte[0], 60, command, "one.bundle");
      assertThat(r.status()).as(r.err()).isEqualTo(2);
      assertThat(r.err()).matches("one\\.bundle:\\d+: error: article 'big' is longer than 1\\.9 MiB"
          + " of text, factx's limit for one article \\(a sixteenth of the Java heap of \\d+ MiB\\);"
          + " split it into several articles, or give Java more memory, e.g."
          + " FACTX_JAVA_OPTS=-Xmx1g\n");
    }
    Path three = dir.resolve("three.bundle");
    String body = paragraph.repeat((9 << 20) / 10 / paragraph.length());
    Files.writeString(three, "=== a\n\n" + body + "=== b\n\n" + body + "=== c\n\n" + body);
    Invariants.Run streamed = Subprocess.run(dir, small, new byte[0], 60, "bundle", "three.bundle");
    assertThat(streamed.status()).as(streamed.err()).isZero();
    Invariants.Run held = Subprocess.run(dir, small, new byte[0], 60, "compare", "three.bundle");
    assertThat(held.status()).isEqualTo(2);
    assertThat(held.err()).startsWith("three.bundle:").contains(": error: the articles hold more"
        + " than 2.0 MiB of text together, factx's limit for the articles it compares at once"
        + " (a fifteenth of the Java heap of ");
  }

  /**
   * Every subcommand and format writes the same bytes whatever the default locale: digits
   * (Arabic-Indic, Devanagari, Thai), case (Turkish dotless i) and number formats.
   */
  @Test
  void outputIsTheSameInEveryLocale() throws IOException {
    Path turkish = dir.resolve("case.bundle");
    Files.writeString(turkish, "=== ISTANBUL\nSOURCE: Ilk Haber\nDate: 2025-03-04\n\n"
        + "Mayor Ilhan Idris said: \"It is 1,234.5 IN TOTAL.\" At least 12,000 people were hurt"
        + " on Monday.\n=== izmir\n\nIlhan Idris said 12,000 people were hurt.\n");
    String seed = SEED.toString();
    String tr = turkish.toString();
    List<List<String>> runs = new ArrayList<>();
    // the seed's report as text and JSON; every format of a small bundle
    runs.add(List.of("compare", "--all", "--color", "always", seed));
    runs.add(List.of("compare", "--format", "json", seed));
    for (String format : List.of("text", "json", "markdown", "ndjson", "sarif", "github")) {
      runs.add(List.of("compare", "--all", "--color", "always", "--format", format, tr));
    }
    runs.add(List.of("verify", "--reference", tr, tr));
    runs.add(List.of("verify", "--reference", tr, "--format", "json", tr));
    runs.add(List.of("compare", "--quiet", seed));
    runs.add(List.of("claims", tr));
    runs.add(List.of("clean", "--show-removed", seed));
    runs.add(List.of("bundle", "--to", "jsonl", tr));
    List<String> expected = outputs(runs, Locale.ROOT);
    for (Locale l : List.of(Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("tr-TR"),
        Locale.forLanguageTag("hi-IN-u-nu-deva"), Locale.forLanguageTag("th-TH-u-nu-thai"))) {
      List<String> got = outputs(runs, l);
      for (int i = 0; i < runs.size(); i++) {
        assertThat(got.get(i)).as(l + ": " + String.join(" ", runs.get(i)))
            .isEqualTo(expected.get(i));
      }
    }
    assertThat(expected.get(runs.indexOf(List.of("compare", "--quiet", seed))))
        .isEqualTo("0\n5 articles, 63 claims: 3 discrepancies, 10 agreements, 22 unique\n");
  }

  /** Each run's stdout and stderr with {@code locale} as the default, restored after. */
  private static List<String> outputs(List<List<String>> runs, Locale locale) {
    Locale before = Locale.getDefault();
    Locale.setDefault(locale);
    try {
      List<String> out = new ArrayList<>();
      for (List<String> args : runs) {
        Invariants.Run r = Invariants.run(60, args.toArray(String[]::new));
        out.add(r.status() + "\n" + r.out() + r.err());
      }
      return out;
    } finally {
      Locale.setDefault(before);
    }
  }

  private Path mkfifo(String name) throws IOException, InterruptedException {
    Path p = dir.resolve(name);
    assertThat(new ProcessBuilder("mkfifo", p.toString()).start().waitFor()).isZero();
    return p;
  }

  private static void feed(Path fifo, byte[] bytes) {
    try (OutputStream out = Files.newOutputStream(fifo)) {
      out.write(bytes);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] readAll(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
