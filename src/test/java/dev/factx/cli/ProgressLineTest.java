package dev.factx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
  private static final String ERASE = "\r\u001b[K";

  @Test
  void statusNamesTheStageAndItsCounts() {
    ProgressLine p = ProgressLine.startAfter(new PrintWriter(new StringWriter()), 60_000, 1000);
    try (p) {
      for (int i = 0; i < 1234; i++) {
        p.articleRead();
      }
      assertThat(p.status()).matches("reading: 1,234 articles \\(\\d+ s\\)");
      p.readDone();
      assertThat(p.status()).startsWith("finding claims: 0 of 1,234 articles, 0 claims (");
      // four kinds of claim a document: four tasks make one article
      for (int i = 0; i < 8; i++) {
        p.claimsFound(1, 1234 * 4);
      }
      assertThat(p.status()).startsWith("finding claims: 2 of 1,234 articles, 8 claims (");
      p.matching(1);
      assertThat(p.status()).startsWith("matching 1 claim (");
    }
  }

  @Test
  void theLineIsRewrittenInPlaceAndErasedAtTheEnd() throws Exception {
    StringWriter err = new StringWriter();
    try (ProgressLine p = ProgressLine.startAfter(new PrintWriter(err), 0, 5)) {
      p.articleRead();
      Thread.sleep(100);
      p.println("dir/notes.pdf: note: skipped");
      Thread.sleep(50);
    }
    String out = err.toString();
    assertThat(out).startsWith(ERASE + "factx: reading: 1 article (0 s)")
        .contains(ERASE + "dir/notes.pdf: note: skipped" + System.lineSeparator() + ERASE
            + "factx: reading")
        .endsWith(ERASE);
    assertThat(out.replace(ERASE, "").replace("factx: reading: 1 article (0 s)", ""))
        .isEqualTo("dir/notes.pdf: note: skipped" + System.lineSeparator());
  }

  @Test
  void withoutATerminalNothingIsPrintedAndNoThreadRuns() {
    StringWriter err = new StringWriter();
    try (ProgressLine p = ProgressLine.start(new PrintWriter(err), false)) {
      p.articleRead();
      assertThat(Thread.getAllStackTraces().keySet())
          .noneMatch(t -> t.getName().equals("factx-progress"));
      p.println("a note");
    }
    assertThat(err.toString()).isEqualTo("a note" + System.lineSeparator());
  }
}
