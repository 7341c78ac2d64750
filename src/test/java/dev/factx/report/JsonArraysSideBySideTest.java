package dev.factx.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values written side by side and copied in are the bytes of writing them one by one. */
class JsonArraysSideBySideTest {
  /** A value with the shapes a report has: nested objects and arrays, nulls, escapes. */
  private static void value(JsonGenerator g, Integer i) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", "c" + i);
    g.writeStringField("text", i % 7 == 0 ? "say \"no\"\n\ttab \u00e9 \u2014 \ud83d\ude00" : "plain");
    g.writeStringField("none", null);
    g.writeObjectFieldStart("value");
    g.writeNumberField("low", i);
    g.writeArrayFieldStart("words");
    for (int k = 0; k < i % 4; k++) {
      g.writeString("w" + k);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeArrayFieldStart("empty");
    g.writeEndArray();
    g.writeEndObject();
  }

  private static String write(boolean pretty, int n, boolean sideBySide) throws IOException {
    List<Integer> values = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      values.add(i);
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonReportWriter.FACTORY.createGenerator(out)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      g.writeStartObject();
      g.writeStringField("format", "x");
      g.writeArrayFieldStart("claims");
      if (sideBySide) {
        new JsonReportWriter(pretty).writeAll(g, "claims", values, JsonArraysSideBySideTest::value);
      } else {
        for (Integer v : values) {
          value(g, v);
        }
      }
      g.writeEndArray();
      g.writeNumberField("after", 1);
      g.writeEndObject();
    }
    return out.toString();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, JsonReportWriter.SLICE, JsonReportWriter.SLICE + 1,
      2 * JsonReportWriter.SLICE + 7, JsonReportWriter.CHUNK - 1, JsonReportWriter.CHUNK,
      JsonReportWriter.CHUNK + 1, 2 * JsonReportWriter.CHUNK + 5})
  void theBytesAreThoseOfWritingInTurn(int n) throws IOException {
    for (boolean pretty : new boolean[] {true, false}) {
      assertThat(write(pretty, n, true)).as("pretty %s, %d values", pretty, n)
          .isEqualTo(write(pretty, n, false));
    }
  }

  @Test
  void aFailureInAValueIsThrownAsItWas() {
    StringWriter out = new StringWriter();
    assertThatThrownBy(() -> {
      try (JsonGenerator g = JsonReportWriter.FACTORY.createGenerator(out)) {
        g.writeStartObject();
        g.writeArrayFieldStart("claims");
        new JsonReportWriter(true).writeAll(g, "claims", java.util.stream.IntStream.range(0, 3 * JsonReportWriter.SLICE).boxed().toList(), (h, v) -> {
          if (v == JsonReportWriter.SLICE + 2) {
            throw new IOException("value two");
          }
          value(h, v);
        });
      }
    }).isInstanceOf(IOException.class).hasMessage("value two");
  }
}
