package dev.factx.bundle;

import static dev.factx.bundle.TestInputs.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoundTripTest {
  static Stream<String> inputs() throws IOException {
    return SourceMapTest.inputs();
  }

  private static Bundle file(String input) {
    return TestInputs.files(new ArrayList<>(), input);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void aWrittenBundleReadsBackToTheSameBytes(String input) {
    String canonical = write(file(input), false);
    assertThat(write(TestInputs.bundle(canonical), false)).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void bundleToJsonLinesToBundleKeepsEverything(String input) {
    Bundle original = file(input);
    String jsonl = write(original, true);
    Bundle back = TestInputs.jsonl(jsonl);
    assertThat(back.headers()).containsExactlyEntriesOf(original.headers());
    assertThat(back.articles()).hasSameSizeAs(original.articles());
    for (int i = 0; i < back.articles().size(); i++) {
      Article a = original.articles().get(i);
      Article b = back.articles().get(i);
      assertThat(b.id()).isEqualTo(a.id());
      assertThat(b.generatedId()).isEqualTo(a.generatedId());
      assertThat(b.headers()).containsExactlyEntriesOf(a.headers());
      assertThat(b.defaults()).containsExactlyEntriesOf(a.defaults());
      assertThat(b.metadata()).containsExactlyEntriesOf(a.metadata());
      assertThat(b.body()).isEqualTo(a.body());
    }
    assertThat(write(back, false)).isEqualTo(write(original, false));
    assertThat(write(back, true)).isEqualTo(jsonl);
  }

  /**
   * A body line that ends in CR would read back as half of a CRLF line end; the writer gives it a
   * CRLF of its own, so the canonical bundle is a fixed point for every body.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"x\\r", "a\\r\\nb\\r", "\\r", "a\\r\\r", "\\r\\n\\rend\\r",
      "=== x\\r", "\\\\=== y\\r"})
  void aBodyEndingInCarriageReturnReadsBack(String escaped) {
    Bundle read = TestInputs.jsonl("{\"id\": \"x\", \"text\": \"" + escaped + "\"}\n");
    String body = read.articles().get(0).body();
    assertThat(body).endsWith("\r");
    String canonical = write(read, false);
    Bundle back = TestInputs.bundle(canonical);
    assertThat(back.articles().get(0).body()).isEqualTo(body);
    assertThat(write(back, false)).isEqualTo(canonical);
    assertThat(write(back, true)).isEqualTo(write(read, true));
  }

  @Test
  void aCarriageReturnBeforeACrlfLineEndIsKept() {
    Bundle read = TestInputs.bundle("=== x\r\n\r\nA\r\r\nB\r\n");
    assertThat(read.articles().get(0).body()).isEqualTo("A\r\nB");
    String canonical = write(read, false);
    assertThat(canonical).isEqualTo("#factx-bundle 1\n\n=== x\n\nA\r\r\nB\n");
    assertThat(write(TestInputs.bundle(canonical), false)).isEqualTo(canonical);
  }

  /**
   * Any body that JSON Lines can carry, made of the characters the format gives a meaning to,
   * comes back from the canonical bundle as it was, and the canonical bundle is a fixed point.
   */
  @Property(tries = 300, seed = "20")
  void everyBodyIsAFixedPoint(@ForAll("bodies") String text) {
    String line = "{\"id\": \"x\", \"text\": " + quoteJson(text) + "}\n";
    Bundle read = TestInputs.jsonl(line);
    String canonical = write(read, false);
    Bundle back = TestInputs.bundle(canonical);
    assertThat(back.articles().get(0).body()).isEqualTo(read.articles().get(0).body());
    assertThat(write(back, false)).isEqualTo(canonical);
  }

  @Provide
  Arbitrary<String> bodies() {
    return Arbitraries.of("a", " ", "\t", "\r", "\n", "=", "===", "\\", "#", ":", "k: v", "\uFEFF")
        .list().ofMaxSize(30).map(parts -> String.join("", parts));
  }

  private static String quoteJson(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  @Test
  void theSeedBundleIsAlreadyCanonicalButForItsComments() throws IOException {
    String file = Files.readString(Path.of("testdata/kursk-2024-12-16.bundle"));
    String withoutComments = file.replaceAll("(?m)^# .*\n", "");
    assertThat(write(file("testdata/kursk-2024-12-16.bundle"), false)).isEqualTo(withoutComments);
  }

  @Test
  void seedBodiesAreTheSeedArticlesCharacterForCharacter() throws IOException {
    List<Article> articles = file("testdata/kursk-2024-12-16.bundle").articles();
    List<Path> seeds;
    try (Stream<Path> s = Files.list(Path.of("testdata/seeds"))) {
      seeds = s.sorted().toList();
    }
    assertThat(seeds).hasSameSizeAs(articles);
    for (int i = 0; i < seeds.size(); i++) {
      String seed = Files.readString(seeds.get(i), StandardCharsets.UTF_8);
      assertThat(articles.get(i).body()).isNotBlank();
      assertThat(seed).as(seeds.get(i).toString()).contains(articles.get(i).body());
    }
  }

  @Test
  void writerEscapesBodyLinesThatLookLikeDelimiters() {
    Bundle b = TestInputs.jsonl("{\"id\": \"x\", \"text\": \"===\\n\\\\=== a\\n=== b\\nx===\"}");
    String out = write(b, false);
    assertThat(out).isEqualTo("#factx-bundle 1\n\n=== x\n\n\\===\n\\\\=== a\n\\=== b\nx===\n");
    assertThat(TestInputs.bundle(out).articles().get(0).body()).isEqualTo(b.articles().get(0).body());
  }

  @Test
  void writerLeavesOutGeneratedIdsAndBlankLinesOfEmptyBodies() {
    Bundle b = TestInputs.jsonl("""
        {"bundle": {"story": "S"}}
        {"text": ""}
        {"id": "h", "source": "Herald", "empty": "", "text": "\\nLead."}
        {"id": "e", "source": "E", "text": ""}
        """);
    assertThat(write(b, false)).isEqualTo("""
        #factx-bundle 1
        story: S

        ===
        === h
        source: Herald
        empty:


        Lead.
        === e
        source: E
        """);
    assertThat(write(b, true)).isEqualTo("""
        {"bundle":{"story":"S"}}
        {"text":""}
        {"id":"h","source":"Herald","empty":"","text":"\\nLead."}
        {"id":"e","source":"E","text":""}
        """);
  }
}
