package dev.factx.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factx.text.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SourceMapTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> inputs() throws IOException {
    List<String> all = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("testdata/format"))) {
      s.map(Path::toString).sorted().forEach(all::add);
    }
    all.add("testdata/kursk-2024-12-16.bundle");
    return all.stream();
  }

  /** The lines of a file as the readers see them: BOM dropped, CRLF read as LF. */
  static List<String> fileLines(String file) throws IOException {
    String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
    if (text.startsWith("\ufeff")) {
      text = text.substring(1);
    }
    List<String> lines = new ArrayList<>();
    for (String l : text.split("\n", -1)) {
      lines.add(l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
    }
    return lines;
  }

  /** The file text at a location: {@code length} code points from line and column, LF between. */
  static String at(List<String> lines, Location loc) {
    String rest = String.join("\n", lines.subList(loc.line() - 1, lines.size()));
    int start = rest.offsetByCodePoints(0, loc.column() - 1);
    return rest.substring(start, rest.offsetByCodePoints(start, loc.length()));
  }

  /** What body text reads as, given the file text its source map points at. */
  static String read(String fileText, boolean json) throws IOException {
    return json ? JSON.readValue("\"" + fileText + "\"", String.class) : fileText;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void everyBodyLinePointsAtItsTextInTheFile(String input) throws IOException {
    Bundle b = TestInputs.files(new ArrayList<>(), input);
    boolean json = input.endsWith(".jsonl");
    for (Article a : b.articles()) {
      List<String> lines = fileLines(a.file());
      String body = a.body();
      int start = 0;
      for (String line : body.split("\n", -1)) {
        Span span = new Span(start, start + line.length());
        Location loc = a.sourceMap().locate(span);
        assertThat(read(at(lines, loc), json)).as("%s %s", a.id(), loc).isEqualTo(line);
        start = span.end() + 1;
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void aWholeBodySpanCoversItsLinesWithOneCharacterPerLineEnd(String input) throws IOException {
    Bundle b = TestInputs.files(new ArrayList<>(), input);
    for (Article a : b.articles()) {
      Location loc = a.sourceMap().locate(new Span(0, a.body().length()));
      String text = at(fileLines(a.file()), loc);
      if (input.endsWith(".jsonl")) {
        assertThat(JSON.readValue("\"" + text + "\"", String.class).replace("\r\n", "\n"))
            .isEqualTo(a.body());
      } else {
        // The first line starts after any removed backslash; later lines start with it.
        List<String> read = new ArrayList<>();
        for (String l : text.split("\n", -1)) {
          boolean escaped = !read.isEmpty() && DelimitedBundleReader.isEscaped(l);
          read.add(escaped ? l.substring(1) : l);
        }
        assertThat(String.join("\n", read)).isEqualTo(a.body());
      }
    }
  }

  @Test
  void everyJsonBodyCharacterPointsAtItsEscape() throws IOException {
    String input = "testdata/format/articles.jsonl";
    List<String> lines = fileLines(input);
    for (Article a : TestInputs.files(new ArrayList<>(), input).articles()) {
      String body = a.body();
      for (int i = 0; i < body.length(); i += Character.charCount(body.codePointAt(i))) {
        int end = i + Character.charCount(body.codePointAt(i));
        String text = at(lines, a.sourceMap().locate(new Span(i, end)));
        String expected = body.substring(i, end);
        assertThat(JSON.readValue("\"" + text + "\"", String.class))
            .as("char %d of %s", i, a.id())
            .isIn(expected, "\r" + expected);
      }
    }
  }

  @Test
  void jsonColumnsCountCodePointsAndEscapes() {
    // {"text": "\u00e9😀x\n"}
    // 123456789012345678 9 0 1  (columns; 😀 is one column, \u00e9 six)
    Bundle b = TestInputs.jsonl("{\"text\": \"\\u00e9\ud83d\ude00x\\ny\"}");
    SourceMap map = b.articles().get(0).sourceMap();
    assertThat(map.locate(new Span(0, 1))).isEqualTo(new Location(1, 11, 6));
    assertThat(map.locate(new Span(1, 3))).isEqualTo(new Location(1, 17, 1));
    assertThat(map.locate(new Span(3, 4))).isEqualTo(new Location(1, 18, 1));
    assertThat(map.locate(new Span(4, 5))).isEqualTo(new Location(1, 19, 2));
    assertThat(map.locate(new Span(5, 6))).isEqualTo(new Location(1, 21, 1));
    assertThat(map.locate(new Span(6, 6))).isEqualTo(new Location(1, 22, 0));
  }

  @Test
  void escapedDelimiterLinesShiftByOneColumn() {
    // line 3: \===x      body: ===x
    //         12345            1234
    Bundle b = TestInputs.bundle("=== a\n\n\\===x\nab\n");
    SourceMap map = b.articles().get(0).sourceMap();
    assertThat(map.locate(new Span(0, 4))).isEqualTo(new Location(3, 2, 4));
    assertThat(map.locate(new Span(3, 6))).isEqualTo(new Location(3, 5, 3));
    assertThat(map.locate(new Span(5, 7))).isEqualTo(new Location(4, 1, 2));
  }

  @Test
  void aSpanAcrossAnEscapedLineCountsItsBackslash() {
    Bundle b = TestInputs.bundle("=== a\n\nab\n\\===\n");
    // body "ab\n===": the span covers b, LF, \, ===
    assertThat(b.articles().get(0).sourceMap().locate(new Span(1, 6)))
        .isEqualTo(new Location(3, 2, 6));
  }

  @Test
  void crlfAndBomDoNotMoveColumns() {
    Bundle b = TestInputs.read("\ufeff=== a\r\n\r\ncafé\r\nx\r\n".getBytes(StandardCharsets.UTF_8),
        InputFormat.BUNDLE);
    SourceMap map = b.articles().get(0).sourceMap();
    assertThat(map.locate(new Span(3, 6))).isEqualTo(new Location(3, 4, 3));
  }

  @Test
  void directoryBodiesWithoutHeadersStartAtLineOne() throws IOException {
    Bundle b = TestInputs.files(new ArrayList<>(), "testdata/format/directory");
    assertThat(b.articles().get(0).sourceMap().locate(new Span(0, 1)).line()).isEqualTo(4);
    assertThat(b.articles().get(1).sourceMap().locate(new Span(0, 3)))
        .isEqualTo(new Location(1, 1, 3));
  }
}
