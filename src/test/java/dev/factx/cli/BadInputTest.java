package dev.factx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each entry of testdata/bad makes {@code factx bundle} print exactly one error line, exit 2. */
class BadInputTest {
  private static final String DIR = "testdata/bad/";

  /** Entry name, then the one line on standard error. */
  private static final String EXPECTED = """
      bad-date.bundle | 2: error: date '17 March 2025' is not an ISO 8601 date; write 2024-12-17, 2024-12-17T06:33 or 2024-12-17T13:46+05:30
      bad-delimiter.bundle | 1: error: an article line holds '===' and an optional id, found '=== first article'; write '=== ID' with letters, digits, '.', '_' and '-' in the id, or write a body line that starts with '===' as '\\==='
      bad-field-name.jsonl | 1: error: field name 'word count' cannot be a header; use letters, digits, '_' and '-', starting with a letter
      bad-json.jsonl | 1: error: bad JSON at column 35: unexpected end-of-input: was expecting closing quote for a string value; write one JSON object per line
      bad-role.bundle | 2: error: role 'original' is unknown; write 'role: reference' for the original, 'role: reprint' for a copy, or leave the header out for a peer report
      bundle-not-object.jsonl | 1: error: field "bundle" must be an object of bundle headers, found a string; write {"bundle": {"story": "..."}}
      directory-bad-date | /a.txt:1: error: date 'yesterday' is not an ISO 8601 date; write 2024-12-17, 2024-12-17T06:33 or 2024-12-17T13:46+05:30
      duplicate-bundle-header.bundle | 2: error: header 'story' is given twice; keep one of them
      duplicate-field.jsonl | 1: error: bad JSON at column 34: duplicate field 'text'; write one JSON object per line
      duplicate-header.bundle | 3: error: header 'source' is given twice; keep one of them
      duplicate-id.bundle | 4: error: article id 'same' is used twice (first at testdata/bad/duplicate-id.bundle:1); give each article its own id
      empty-directory | : error: the directory holds no articles; put one .txt, .md or .html file per article in it
      field-wrong-type.jsonl | 1: error: field "date" must be a string, found a number; write the value in double quotes
      header-line-break.jsonl | 1: error: field "title" holds a line break; a header value is one line
      id-too-long.bundle | 1: error: article id 'xxxxxxxxxxxxxxxxxxxx...' is 65 characters long; use at most 64
      invalid-utf8.bundle | 3: error: invalid UTF-8 byte 0xe9 at byte offset 10 of the file; save the file as UTF-8
      invalid-utf8.jsonl | 2: error: invalid UTF-8 byte 0xc3 at byte offset 50 of the file; save the file as UTF-8
      late-bundle-line.jsonl | 2: error: bundle headers must be on the first line; move this line to the top
      missing-blank-line.bundle | 3: error: line 'The body starts without a blank line.' in the header block of article 'a' is not a header 'key: value'; put a blank line before the body
      missing-file.bundle | : error: no such file or directory; check the name
      missing-text.jsonl | 1: error: the object has no "text" field; give the article body as "text"
      no-articles.bundle | 1: error: no articles found; start each article with a line '=== ID'
      no-articles.jsonl | 1: error: no articles found; write one JSON object with a "text" field per line
      not-an-object.jsonl | 1: error: the line is not a JSON object but an array; write one object per line, like {"id": "a", "text": "..."}
      preamble-text.bundle | 2: error: line 'This sentence is not a comment or a header.' before the first article is not a comment ('#'), a bundle header ('key: value') or an article line ('=== ID'); start comments with '#'
      reserved-header.bundle | 2: error: 'id' is not a header; write the id on the '===' line, as '=== ID'
      text-not-string.jsonl | 1: error: field "text" must be a string, found an array; give the article body as one JSON string
      unsupported-version.bundle | 1: error: unsupported version line '#factx-bundle 2'; this reader knows '#factx-bundle 1'
      """;

  private static Map<String, String> expected() {
    Map<String, String> m = new TreeMap<>();
    EXPECTED.lines().forEach(l -> {
      int bar = l.indexOf(" | ");
      String name = l.substring(0, bar);
      String rest = l.substring(bar + 3);
      String sep = rest.startsWith("/") || rest.startsWith(":") ? "" : ":";
      m.put(name, DIR + name + sep + rest);
    });
    return m;
  }

  static Stream<Arguments> cases() {
    return expected().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void printsOneErrorLineAndExits2(String name, String line) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new String[] {"bundle", DIR + name}, new PrintWriter(out),
        new PrintWriter(err));
    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).isEqualTo(line + System.lineSeparator());
    assertThat(err.toString()).doesNotContain("Exception");
  }

  @Test
  void everyBadEntryHasAnExpectation() throws IOException {
    try (Stream<Path> s = Files.list(Path.of(DIR))) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted())
          .containsExactlyElementsOf(expected().keySet());
    }
  }

  @Test
  void atMostTwentyProblemsArePrintedThenHowManyMore() {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= 25; i++) {
      b.append("=== a").append(i).append("\ndate: soon\n\nBody.\n");
    }
    MainTest.Run r = InputsTest.run(b.toString(), "bundle", "-");
    assertThat(r.status()).isEqualTo(2);
    List<String> lines = r.err().lines().toList();
    assertThat(lines).hasSize(21);
    assertThat(lines.get(0)).startsWith("-:2: error: date 'soon' is not an ISO 8601 date");
    assertThat(lines.get(19)).startsWith("-:78: error: date 'soon'");
    assertThat(lines.get(20)).isEqualTo("-: and 5 more problems not shown; fix these and run again");
  }

  @Test
  void oneMoreProblemIsSingular() {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= 21; i++) {
      b.append("=== a").append(i).append("\ndate: soon\n\nBody.\n");
    }
    assertThat(InputsTest.run(b.toString(), "bundle", "-").err().lines().toList())
        .hasSize(21).last().isEqualTo("-: and 1 more problem not shown; fix these and run again");
  }
}
