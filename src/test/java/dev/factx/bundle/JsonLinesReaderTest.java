package dev.factx.bundle;

import static dev.factx.bundle.TestInputs.ids;
import static dev.factx.bundle.TestInputs.jsonl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLinesReaderTest {
  @Test
  void firstLineMayHoldBundleHeaders() {
    Bundle b = jsonl("""
        {"bundle": {"Story": "Bridge", "date": "2025-03-02"}}

        {"id": "h", "source": "Herald", "text": "One."}
        {"text": "Two."}
        """);
    assertThat(b.headers()).containsExactly(entry("story", "Bridge"), entry("date", "2025-03-02"));
    assertThat(ids(b)).containsExactly("h", "a2");
    assertThat(b.articles().get(1).generatedId()).isTrue();
    assertThat(b.articles().get(1).date()).isEqualTo("2025-03-02");
    assertThat(b.articles().get(0).source()).isEqualTo("Herald");
  }

  @Test
  void unknownFieldsAreMetadataInOrder() {
    Article a = jsonl("""
        {"desk": "metro", "Words": 120, "checked": false, "title": " T ", "text": "B"}
        """).articles().get(0);
    assertThat(a.headers()).containsExactly(entry("desk", "metro"), entry("words", "120"),
        entry("checked", "false"), entry("title", "T"));
    assertThat(a.metadata()).containsOnlyKeys("desk", "words", "checked");
  }

  @Test
  void numbersInHeadersKeepTheFormTheyAreWrittenIn() {
    Bundle b = jsonl("""
        {"bundle": {"edition": 2.50}}
        {"price": 1.50, "big": 1e10, "zero": -0.0, "n": 12345678901234567890123, "f": 0.1000000000000000055511151231257827, "count": 3, "text": "x"}
        """);
    assertThat(b.headers()).containsExactly(entry("edition", "2.50"));
    assertThat(b.articles().get(0).headers()).containsExactly(entry("price", "1.50"),
        entry("big", "1e10"), entry("zero", "-0.0"), entry("n", "12345678901234567890123"),
        entry("f", "0.1000000000000000055511151231257827"), entry("count", "3"));
  }

  @Test
  void textIsTheBodyWithCrlfAsLfAndTrailingBlankLinesDropped() {
    Article a = jsonl("{\"text\": \"\\nA\\r\\nB\\rC\\n\\n \\n\"}").articles().get(0);
    assertThat(a.body()).isEqualTo("\nA\nB\rC");
  }

  @Test
  void limitsOfTheJsonLibraryAreSaidWithoutItsInternals() {
    String deep = "{\"text\": \"a\", \"x\": " + "[".repeat(1200) + "]".repeat(1200) + "}";
    assertThatThrownBy(() -> jsonl(deep)).hasMessage("-:1: error: bad JSON: document nesting depth"
        + " (1001) exceeds the maximum allowed (1000); write one JSON object per line");
    String longNumber = "{\"text\": \"a\", \"x\": " + "1".repeat(1200) + "}";
    assertThatThrownBy(() -> jsonl(longNumber)).hasMessage("-:1: error: bad JSON: number value"
        + " length (1200) exceeds the maximum allowed (1000); write one JSON object per line");
  }

  @Test
  void blankLinesAreSkipped() {
    assertThat(ids(jsonl("\n  \n{\"text\": \"a\"}\n\n{\"text\": \"b\"}\n"))).containsExactly(
        "a1", "a2");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # not an object
      [1, 2]                        | -:1: error: the line is not a JSON object but an array; write one object per line, like {"id": "a", "text": "..."}
      "text"                        | -:1: error: the line is not a JSON object but a string; write one object per line, like {"id": "a", "text": "..."}
      # bad JSON
      {"text": "a",}                | -:1: error: bad JSON at column 14: unexpected character ('}' (code 125)): was expecting double-quote to start field name; write one JSON object per line
      {"text": "a"} x               | -:1: error: bad JSON at column 16: unrecognized token 'x': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false'); write one JSON object per line
      # no names of the JSON library's classes and settings
      {"text": "a"} {"b": 1}        | -:1: error: bad JSON at column 15: more after the end of the object; write one JSON object per line
      {"text": "a", "n": NaN}       | -:1: error: bad JSON at column 23: non-standard token 'NaN'; write one JSON object per line
      {"text": "é",}                | -:1: error: bad JSON at column 14: unexpected character ('}' (code 125)): was expecting double-quote to start field name; write one JSON object per line
      {"text": "😀",}               | -:1: error: bad JSON at column 14: unexpected character ('}' (code 125)): was expecting double-quote to start field name; write one JSON object per line
      {"text": "a", "text": "b"}    | -:1: error: bad JSON at column 21: duplicate field 'text'; write one JSON object per line
      # text
      {"id": "x"}                   | -:1: error: the object has no "text" field; give the article body as "text"
      {"text": null}                | -:1: error: field "text" must be a string, found null; give the article body as one JSON string
      {"text": 5}                   | -:1: error: field "text" must be a string, found a number; give the article body as one JSON string
      # fields
      {"id": 5, "text": "a"}        | -:1: error: field "id" must be a string, found a number; write the id in double quotes
      {"id": "a b", "text": "a"}    | -:1: error: article id 'a b' is not valid; use letters, digits, '.', '_' and '-', starting with a letter or digit
      {"date": "soon", "text": "a"} | -:1: error: date 'soon' is not an ISO 8601 date; write 2024-12-17, 2024-12-17T06:33 or 2024-12-17T13:46+05:30
      {"url": true, "text": "a"}    | -:1: error: field "url" must be a string, found a boolean; write the value in double quotes
      {"tags": ["a"], "text": "a"}  | -:1: error: field "tags" must be a string, number or boolean, found an array; write the value in double quotes
      {"x y": "1", "text": "a"}     | -:1: error: field name 'x y' cannot be a header; use letters, digits, '_' and '-', starting with a letter
      {"Desk": "1", "desk": "2", "text": "a"} | -:1: error: header 'desk' is given twice; keep one of them
      # bundle line
      {"bundle": {"date": 1}}       | -:1: error: field "date" must be a string, found a number; write the value in double quotes
      {"bundle": [], "x": "1"}      | -:1: error: a bundle line holds only the field "bundle"; move the other fields to an article line
      """)
  void errorsNameTheLine(String line, String message) {
    assertThatThrownBy(() -> jsonl(line + "\n")).hasMessage(message);
  }

  /**
   * A lone surrogate escape would become {@code ?} in every UTF-8 output (bundle --to jsonl
   * included): refused, naming the line and the escape's column, wherever it stands.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # in the text, alone, before a character, at the end
      {"text": "a \\ud800 b"}            | -:1: error: the escape \\ud800 at column 13 is half of a UTF-16 surrogate pair without its other half, not a character; write the character itself, or both halves (as in \\ud83d\\ude00)
      {"text": "\\ud83dx"}               | -:1: error: the escape \\ud83d at column 11 is half of a UTF-16 surrogate pair without its other half, not a character; write the character itself, or both halves (as in \\ud83d\\ude00)
      {"text": "x\\uDE00"}               | -:1: error: the escape \\uDE00 at column 12 is half of a UTF-16 surrogate pair without its other half, not a character; write the character itself, or both halves (as in \\ud83d\\ude00)
      # halves in the wrong order; a high half before another escape
      {"text": "\\ude00\\ud83d"}         | -:1: error: the escape \\ude00 at column 11 is half of a UTF-16 surrogate pair without its other half, not a character; write the character itself, or both halves (as in \\ud83d\\ude00)
      {"text": "\\ud83d\\n"}             | -:1: error: the escape \\ud83d at column 11 is half of a UTF-16 surrogate pair without its other half, not a character; write the character itself, or both halves (as in \\ud83d\\ude00)
      # in an id, a header, a field name, the bundle line (column counts code points)
      {"id": "\\udbff", "text": "a"}     | -:1: error: the escape \\udbff at column 9 is half of a UTF-16 surrogate pair without its other half, not a character; write the character itself, or both halves (as in \\ud83d\\ude00)
      {"source": "😀\\udc00", "text": "a"} | -:1: error: the escape \\udc00 at column 14 is half of a UTF-16 surrogate pair without its other half, not a character; write the character itself, or both halves (as in \\ud83d\\ude00)
      {"k\\ud800": "v", "text": "a"}     | -:1: error: the escape \\ud800 at column 4 is half of a UTF-16 surrogate pair without its other half, not a character; write the character itself, or both halves (as in \\ud83d\\ude00)
      {"bundle": {"story": "\\ud800"}}   | -:1: error: the escape \\ud800 at column 23 is half of a UTF-16 surrogate pair without its other half, not a character; write the character itself, or both halves (as in \\ud83d\\ude00)
      """)
  void aLoneSurrogateIsRefusedNotReplaced(String line, String message) {
    assertThatThrownBy(() -> jsonl(line + "\n")).hasMessage(message);
  }

  /**
   * Jackson reads a non-ASCII character among the four digits of a backslash-u escape by its low
   * byte (U+0130 as 0x30, the digit 0): refused, as the invalid JSON it is, not read as another
   * character.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      {"text": "a \\u2\u013001 b"}    | -:1: error: bad JSON at column 13: '\\u2\u013001' is not \\u and four hex digits; write one JSON object per line
      {"id": "\\u\u0141\u0131\u0142\u0143", "text": "a"} | -:1: error: bad JSON at column 9: '\\u\u0141\u0131\u0142\u0143' is not \\u and four hex digits; write one JSON object per line
      {"text": "\\u00\u0e34\u0e31"}  | -:1: error: bad JSON at column 11: '\\u00\u0e34\u0e31' is not \\u and four hex digits; write one JSON object per line
      {"text": "\\ud83d\\uDe0\u0130"} | -:1: error: bad JSON at column 17: '\\uDe0\u0130' is not \\u and four hex digits; write one JSON object per line
      """)
  void aBackslashUEscapeWithANonAsciiDigitIsRefused(String line, String message) {
    assertThatThrownBy(() -> jsonl(line + "\n")).hasMessage(message);
  }

  @Test
  void surrogatePairsEscapedOrNotAndEscapedBackslashesAreRead() {
    Bundle b = jsonl("""
        {"text": "\\ud83d\\ude00 and \uD83D\uDE00"}
        {"text": "\\\\ud800 is six characters"}
        """);
    assertThat(b.articles()).extracting(Article::body)
        .containsExactly("\uD83D\uDE00 and \uD83D\uDE00", "\\ud800 is six characters");
  }

  @Test
  void bundleLineAfterTheFirstIsAnError() {
    assertThatThrownBy(() -> jsonl("{\"text\": \"a\"}\n{\"bundle\": {}}\n"))
        .hasMessage("-:2: error: bundle headers must be on the first line; move this line to the"
            + " top");
  }

  @Test
  void badLinesAreAllReported() {
    assertThatThrownBy(() -> jsonl("{\"text\": \"a\"}\nnope\n{\"text\": 1}\n{\"text\": \"b\"}\n"))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
            .extracting(Problem::line).containsExactly(2, 3));
  }

  @Test
  void sniffsJsonLinesFromTheFirstCharacter() {
    Bundle b = TestInputs.read("\ufeff\n  {\"text\": \"a\"}\n", InputFormat.AUTO);
    assertThat(b.articles()).extracting(Article::body).containsExactly("a");
    Bundle d = TestInputs.read("\n=== x\n\n{\"text\": \"a\"}\n", InputFormat.AUTO);
    assertThat(d.articles()).extracting(Article::body).containsExactly("{\"text\": \"a\"}");
  }
}
