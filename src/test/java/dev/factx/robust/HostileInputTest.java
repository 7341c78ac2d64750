package dev.factx.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile inputs named one by one: each ends in a report or in error lines naming the file. */
class HostileInputTest {
  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void binaryFileIsAnErrorNamingTheFile() throws IOException {
    byte[] bytes = new byte[4096];
    new java.util.Random(1).nextBytes(bytes);
    Path p = write("random.bundle", bytes);
    assertThat(Invariants.check(List.of(p), true).status()).isEqualTo(2);
  }

  @Test
  void nulBytesInABodyAreRead() throws IOException {
    Path p = write("nul.bundle", "=== a\n\nHe said \"x\u0000y\" on Monday.\u0000\n");
    assertThat(Invariants.check(List.of(p), true).status()).isZero();
  }

  @Test
  void scriptsMarksAndDirectionsKeepClaimsInPlace() throws IOException {
    Path p = write("scripts.bundle", "=== uk\n\n\u202EЗеленський\u202C said: \u201C\u0417\u0435"
        + "\u0301\u200B 12 000 \uD83D\uDE00 soldiers\u201D on 16 December 2024.\n"
        + "=== en\n\nZelensky said 12,000 soldiers \u200Dwere sent.\n");
    assertThat(Invariants.check(List.of(p), true).status()).isZero();
  }

  @Test
  void idOf64CharactersIsReadAnd65IsAnError() throws IOException {
    Path ok = write("ok.bundle", "=== " + "i".repeat(64) + "\n\nBody.\n");
    Path bad = write("bad.bundle", "=== " + "i".repeat(65) + "\n\nBody.\n");
    assertThat(Invariants.check(List.of(ok), false).status()).isZero();
    assertThat(Invariants.check(List.of(bad), false).err()).startsWith(bad + ":1: error:");
  }

  @Test
  void duplicateIdsAcrossFilesAreAnError() throws IOException {
    Path a = write("a.bundle", "=== same\n\nOne.\n");
    Path b = write("b.bundle", "=== same\n\nTwo.\n");
    assertThat(Invariants.check(List.of(a, b), false).err()).startsWith(b + ":1: error:");
  }

  @Test
  void directoryIsReadAsArticles() throws IOException {
    Path d = Files.createDirectory(dir.resolve("articles"));
    Files.writeString(d.resolve("one.txt"), "The mayor said \"all is well\" on Monday.\n");
    Files.writeString(d.resolve("two.md"), "source: Wire\n\nThe mayor said 3 people died.\n");
    Invariants.Run run = Invariants.run(60, "compare", "--format", "json", d.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("\"id\" : \"one\"", "\"id\" : \"two\"");
  }

  @Test
  void closedStandardOutputEndsQuietly() throws IOException {
    Path p = write("seed.bundle", Files.readAllBytes(Path.of("testdata/kursk-2024-12-16.bundle")));
    OutputStream closed = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    StringWriter err = new StringWriter();
    int status = Main.run(new String[] {"compare", p.toString()},
        new ByteArrayInputStream(new byte[0]), new PrintWriter(closed), new PrintWriter(err));
    assertThat(status).isZero();
    assertThat(err.toString()).isEmpty();
  }
}
