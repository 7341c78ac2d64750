package dev.factx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BundleCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String stdin, String... args) {
    return Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void writesACanonicalBundleByDefault() throws IOException {
    assertThat(run("", "bundle", "testdata/kursk-2024-12-16.bundle")).isEqualTo(0);
    assertThat(out.toString()).isEqualTo(
        Files.readString(Path.of("testdata/kursk-2024-12-16.bundle")).replaceAll("(?m)^# .*\n", ""));
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void toJsonlWritesOneObjectPerArticle() {
    assertThat(run("", "bundle", "--to", "jsonl", "testdata/format/generated-ids.bundle"))
        .isEqualTo(0);
    assertThat(out.toString()).isEqualTo("""
        {"source":"First Paper","text":"No id: this article is a1."}
        {"id":"named","text":"This one is named."}
        {"text":"No id and no headers: this article is a3."}
        """);
  }

  @Test
  void readsStandardInputAndSniffsJsonLines() {
    assertThat(run("{\"id\": \"x\", \"text\": \"Hello.\"}\n", "bundle", "-")).isEqualTo(0);
    assertThat(out.toString()).isEqualTo("#factx-bundle 1\n\n=== x\n\nHello.\n");
  }

  @Test
  void inputFormatOverridesSniffing() {
    assertThat(run("{\"text\": \"x\"}\n", "bundle", "--input-format", "bundle", "-"))
        .isEqualTo(2);
    assertThat(err.toString()).startsWith("-:1: error: line '{\"text\": \"x\"}' before the first"
        + " article is not a comment");
  }

  @Test
  void directoryNotesGoToStandardError() {
    assertThat(run("", "bundle", "testdata/format/directory")).isEqualTo(0);
    assertThat(err.toString()).isEqualTo("testdata/format/directory/notes.pdf: note: skipped;"
        + " only regular .txt, .md and .html files are read as articles" + System.lineSeparator());
    assertThat(out.toString()).contains("=== 01-herald\n", "=== 02-courier\n");
  }

  @Test
  void errorsPrintOneLineAndExit2WithoutStackTrace() {
    assertThat(run("", "bundle", "testdata/bad/duplicate-id.bundle")).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("testdata/bad/duplicate-id.bundle:4: error: article id"
        + " 'same' is used twice (first at testdata/bad/duplicate-id.bundle:1); give each article"
        + " its own id" + System.lineSeparator());
  }

  @Test
  void debugAddsTheStackTrace() {
    assertThat(run("", "bundle", "--debug", "testdata/bad/bad-date.bundle")).isEqualTo(2);
    assertThat(err.toString()).startsWith("testdata/bad/bad-date.bundle:2: error: date")
        .contains("InputException", "\tat ");
  }

  @Test
  void badTargetIsAUsageError() {
    assertThat(run("", "bundle", "--to", "xml", "testdata/format/crlf.bundle")).isEqualTo(2);
    assertThat(err.toString()).startsWith("factx: invalid value for option '--to'");
  }

  @Test
  void missingInputIsAUsageError() {
    assertThat(run("", "bundle")).isEqualTo(2);
    assertThat(err.toString()).contains("try 'factx bundle --help' for usage");
  }
}
