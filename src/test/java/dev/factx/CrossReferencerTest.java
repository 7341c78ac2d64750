package dev.factx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.bundle.Article;
import dev.factx.bundle.BundleInputs;
import dev.factx.bundle.InputFormat;
import dev.factx.bundle.LineSourceMap;
import dev.factx.report.JsonReportWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A run is a function of its input: nothing one run learns changes the next. */
class CrossReferencerTest {
  private static List<Article> seed() {
    return BundleInputs.readAll(List.of("testdata/kursk-2024-12-16.bundle"), InputFormat.AUTO,
        System.in, n -> {}).articles();
  }

  private static String json(List<Article> articles) throws IOException {
    StringWriter out = new StringWriter();
    new JsonReportWriter(true).write(CrossReferencer.run(null, articles), out);
    return out.toString();
  }

  @Test
  void aRunDependsOnItsInputAlone() throws IOException {
    String first = json(seed());
    // another bundle in between that repeats the seed's lines and names its people otherwise
    String body = "Matthew Miller, the State Department spokesman, said so.\n\n"
        + "Pentagon spokeswoman Major General Pat Ryder said \"legitimate targets\" again.\n";
    json(List.of(new Article("other", false, Map.of("date", "2024-12-17"), Map.of(), body,
        "test", new LineSourceMap(body, 1, null))));
    assertThat(json(seed())).isEqualTo(first);
  }
}
