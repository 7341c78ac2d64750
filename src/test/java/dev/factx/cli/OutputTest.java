package dev.factx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where output goes and what happens when it cannot go there. */
class OutputTest {
  private static final String SEED = "testdata/kursk-2024-12-16.bundle";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A writer that fails every write with {@code message}, as a full disk or a closed pipe does. */
  private static Writer failing(String message) {
    return new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) throws IOException {
        throw new IOException(message);
      }

      @Override
      public void flush() throws IOException {
        throw new IOException(message);
      }

      @Override
      public void close() {}
    };
  }

  private static MainTest.Run runInto(Writer stdout, String... args) {
    StringWriter err = new StringWriter();
    int status = Main.run(args, new ByteArrayInputStream(new byte[0]), StandardOutput.of(stdout),
        new PrintWriter(err));
    return new MainTest.Run(status, "", err.toString());
  }

  @Test
  void aFullDiskIsExitTwoWithOneLine() {
    MainTest.Run r = runInto(failing("No space left on device"), "compare", SEED);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("factx: error: cannot write to standard output (no space left"
        + " on device); check the disk or the file it goes to" + System.lineSeparator());
  }

  @Test
  void aReaderThatWentAwayEndsQuietly() {
    MainTest.Run r = runInto(failing("Broken pipe"), "compare", SEED);
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void outputToDevFullIsExitTwoWithOneLine() {
    MainTest.Run r = MainTest.run("compare", "--output", "/dev/full", SEED);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("factx: error: cannot write /dev/full (no space left on device)"
        + System.lineSeparator());
  }

  @Test
  void outputWritesTheFileAndNothingToStandardOutput(@TempDir Path dir) throws IOException {
    Path report = dir.resolve("report.json");
    MainTest.Run r = MainTest.run("compare", "--format", "json", "-o", report.toString(), SEED);
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    assertThat(JSON.readTree(report.toFile()).get("summary").get("articles").asInt()).isEqualTo(5);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(report);
    }
  }

  @Test
  void aFailedRunLeavesTheOldFileAsItWas(@TempDir Path dir) throws IOException {
    Path report = dir.resolve("report.json");
    Files.writeString(report, "the old report\n");
    MainTest.Run r = MainTest.run("compare", "-o", report.toString(),
        "testdata/bad/duplicate-id.bundle");
    assertThat(r.status()).isEqualTo(2);
    assertThat(Files.readString(report)).isEqualTo("the old report\n");
    // a bundle streams: the bad article comes after a good one was written
    r = MainTest.run("bundle", "-o", report.toString(), "testdata/bad/duplicate-id.bundle");
    assertThat(r.status()).isEqualTo(2);
    assertThat(Files.readString(report)).isEqualTo("the old report\n");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(report);
    }
  }

  @Test
  void anOutputInAMissingDirectoryIsExitTwo(@TempDir Path dir) {
    String file = dir.resolve("no/such/report.txt").toString();
    MainTest.Run r = MainTest.run("claims", "--output", file, SEED);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("factx: error: cannot write " + file + " (no such directory);"
        + " check that its directory exists and is writable" + System.lineSeparator());
  }

  @Test
  void everyWritingCommandTakesOutput(@TempDir Path dir) throws IOException {
    for (String command : new String[] {"bundle", "clean", "claims", "compare", "verify"}) {
      Path file = dir.resolve(command + ".out");
      MainTest.Run r = command.equals("verify")
          ? MainTest.run("verify", "-o", file.toString(), "--reference",
              "testdata/verify/original.txt", "testdata/verify/changed.md")
          : MainTest.run(command, "-o", file.toString(), SEED);
      assertThat(r.status()).as(command + ": " + r.err()).isBetween(0, 1);
      assertThat(r.out()).isEmpty();
      assertThat(file).isNotEmptyFile();
    }
  }

  @Test
  void claimsJsonAndNdjsonNameTheFileOfEachClaim() throws IOException {
    JsonNode array = JSON.readTree(MainTest.run("claims", "--format", "json", SEED).out());
    assertThat(array.size()).isGreaterThan(10);
    array.forEach(c -> assertThat(c.get("file").asText()).isEqualTo(SEED));
    String ndjson = MainTest.run("claims", "--format", "ndjson", SEED).out();
    assertThat(ndjson.lines()).hasSize(array.size())
        .allSatisfy(l -> assertThat(l).contains("\"file\":\"" + SEED + "\""));
  }

  @Test
  void schemaPrintsTheReportSchema() throws IOException {
    MainTest.Run r = MainTest.run("schema");
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo(Files.readString(
        Path.of("src/main/resources/dev/factx/report/report.schema.json")));
    assertThat(JSON.readTree(r.out()).get("title").asText()).isEqualTo("factx report, version 1");
  }
}
