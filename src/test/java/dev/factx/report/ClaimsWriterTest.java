package dev.factx.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ClaimsWriterTest {
  private static String text(boolean colour) throws Exception {
    StringWriter out = new StringWriter();
    new ClaimsWriter(ClaimsWriter.Format.text, colour).write(SampleReport.report(), out);
    return out.toString();
  }

  @Test
  void textLinesAreGrepStyleAndColouredOnlyWhenAsked() throws Exception {
    String plain = text(false);
    assertThat(plain).startsWith("testdata/town.bundle:10:37: town-news:q1 quote: the bridge");
    // the emoji before the quote is one code point: column 42, not 43
    assertThat(plain).contains("radio dir/r,1:x.txt:1:42: radio-1:q1 quote: the bridge will reopen");
    assertThat(plain).doesNotContain("\u001b[");
    String coloured = text(true);
    assertThat(coloured).contains("\u001b[1mtestdata/town.bundle\u001b[0m:\u001b[32m10\u001b[0m:");
    assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
  }
}
