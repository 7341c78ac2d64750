package dev.factx.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A reprint that puts a term in quote marks has not added a quote; one that adds someone's words
 * has (issue 15, rule 7). Run through {@code factx verify}, as CI would.
 */
class QuotedTermsVerifyTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
      # original                                  | reprint                                                              | quote added
      Residents left the red zone on Friday.      | Residents left the so-called "red zone" on Friday.                   | false
      The army began the operation at dawn.       | The army began the operation, code-named "Clear Water", at dawn.     | false
      Residents left the red zone on Friday.      | Residents left the red zone on Friday. "We will rebuild," Anna Berg said. | true
      """)
  void aQuotedTermIsNoQuoteAdded(String original, String reprint, boolean added)
      throws IOException {
    Path o = dir.resolve("original.txt");
    Path r = dir.resolve("reprint.txt");
    Files.writeString(o, "Date: 2025-03-10\n\n" + original + "\n", StandardCharsets.UTF_8);
    Files.writeString(r, "Date: 2025-03-10\n\n" + reprint + "\n", StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new String[] {"verify", "--reference", o.toString(), r.toString()},
        new PrintWriter(out), new PrintWriter(err));
    assertThat(status).as("exit status; stderr: %s", err).isIn(0, 1);
    if (added) {
      assertThat(out.toString()).contains("quote added");
    } else {
      assertThat(out.toString()).doesNotContain("quote added");
    }
  }
}
