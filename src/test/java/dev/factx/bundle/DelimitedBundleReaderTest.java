package dev.factx.bundle;

import static dev.factx.bundle.TestInputs.bundle;
import static dev.factx.bundle.TestInputs.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DelimitedBundleReaderTest {
  // Rule 1: preamble.

  @Test
  void preambleHoldsVersionCommentsAndBundleHeadersAsDefaults() {
    Bundle b = bundle("#factx-bundle 1\n# note\n\nStory: Bridge\ndate: 2025-03-02\n"
        + "=== x\ndate: 2025-03-03\n\nBody.\n=== y\n\nOther.\n");
    assertThat(b.headers()).containsExactly(entry("story", "Bridge"), entry("date", "2025-03-02"));
    assertThat(b.story()).isEqualTo("Bridge");
    assertThat(b.articles().get(0).date()).isEqualTo("2025-03-03");
    assertThat(b.articles().get(1).date()).isEqualTo("2025-03-02");
    assertThat(b.articles().get(1).headers()).isEmpty();
    assertThat(b.articles().get(1).defaults()).containsKeys("story", "date");
  }

  @Test
  void versionLineIsOptional() {
    assertThat(ids(bundle("story: s\n=== x\n\nBody.\n"))).containsExactly("x");
  }

  @Test
  void otherPreambleTextIsAnError() {
    assertThatThrownBy(() -> bundle("#factx-bundle 1\nhello world\n=== x\n\nBody.\n"))
        .hasMessage("-:2: error: line 'hello world' before the first article is not a comment"
            + " ('#'), a bundle header ('key: value') or an article line ('=== ID'); start"
            + " comments with '#'");
  }

  @Test
  void otherVersionIsAnError() {
    assertThatThrownBy(() -> bundle("#factx-bundle 2\n=== x\n\nBody.\n"))
        .hasMessage("-:1: error: unsupported version line '#factx-bundle 2'; this reader knows"
            + " '#factx-bundle 1'");
  }

  // Rule 2: delimiter and ids.

  @Test
  void articlesWithoutIdGetTheirPosition() {
    Bundle b = bundle("===\n\nOne.\n=== named\n\nTwo.\n===   \n\nThree.\n");
    assertThat(ids(b)).containsExactly("a1", "named", "a3");
    assertThat(b.articles()).extracting(Article::generatedId).containsExactly(true, false, true);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      # articles (=== ID, or === alone)  | ids
      === a1,=== a2,===                  | a1 a2 a3
      ===,=== a1                         | a2 a1
      ===,=== a1,=== a2,===              | a3 a1 a2 a4
      === a3,===,===,===                 | a3 a2 a4 a5
      ===,=== a2,===                     | a1 a2 a3
      ===,===,=== a1,=== a2,=== a3       | a4 a5 a1 a2 a3
      """)
  void generatedIdsSkipIdsTakenBeforeOrAfterThem(String articles, String ids) {
    StringBuilder b = new StringBuilder();
    for (String delimiter : articles.split(",")) {
      b.append(delimiter).append("\n\nBody.\n");
    }
    Bundle bundle = bundle(b.toString());
    assertThat(ids(bundle)).containsExactly(ids.split(" "));
    assertThat(bundle.articles()).extracting(Article::generatedId)
        .containsExactlyElementsOf(java.util.Arrays.stream(articles.split(","))
            .map(d -> d.equals("===")).toList());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # valid ids
      === x                | x
      ===x                 | x
      === 2024.12-b_c      | 2024.12-b_c
      '=== id  '           | id
      === A1               | A1
      === a0               | a0
      # the form of generated ids is anyone's to use
      === a1               | a1
      === a12              | a12
      """)
  void idsFollowTheIdRule(String delimiter, String id) {
    assertThat(ids(bundle(delimiter + "\n\nBody.\n"))).containsExactly(id);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # not an id
      === two words      | -:1: error: an article line holds '===' and an optional id, found '=== two words'; write '=== ID' with letters, digits, '.', '_' and '-' in the id, or write a body line that starts with '===' as '\\==='
      ====               | -:1: error: an article line holds '===' and an optional id, found '===='; write '=== ID' with letters, digits, '.', '_' and '-' in the id, or write a body line that starts with '===' as '\\==='
      === -x             | -:1: error: an article line holds '===' and an optional id, found '=== -x'; write '=== ID' with letters, digits, '.', '_' and '-' in the id, or write a body line that starts with '===' as '\\==='
      """)
  void badIdsAreErrors(String delimiter, String message) {
    assertThatThrownBy(() -> bundle(delimiter + "\n\nBody.\n")).hasMessage(message);
  }

  @Test
  void idsAreAtMost64Characters() {
    String ok = "x".repeat(64);
    assertThat(ids(bundle("=== " + ok + "\n\nBody.\n"))).containsExactly(ok);
    assertThatThrownBy(() -> bundle("=== " + ok + "y\n\nBody.\n"))
        .hasMessage("-:1: error: article id 'xxxxxxxxxxxxxxxxxxxx...' is 65 characters long;"
            + " use at most 64");
  }

  @Test
  void idsAreUnique() {
    assertThatThrownBy(() -> bundle("=== x\n\nOne.\n=== x\n\nTwo.\n"))
        .hasMessage("-:4: error: article id 'x' is used twice (first at -:1); give each article"
            + " its own id");
  }

  @Test
  void severalProblemsOfOneInputAreReportedTogether() {
    assertThatThrownBy(() -> bundle("=== x\ndate: soon\n\nOne.\n=== x\n\nTwo.\n"))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
            .extracting(Problem::line).containsExactly(2, 5));
  }

  // Rule 3: headers.

  @Test
  void headersKeepOrderWithLowercaseKeys() {
    Article a = bundle("=== x\nTitle: T\nSOURCE: S\nx-Desk_2: metro\nurl:https://e.org/a:b\n\nB.\n")
        .articles().get(0);
    assertThat(a.headers()).containsExactly(entry("title", "T"), entry("source", "S"),
        entry("x-desk_2", "metro"), entry("url", "https://e.org/a:b"));
    assertThat(a.metadata()).containsExactly(entry("x-desk_2", "metro"));
    assertThat(a.source()).isEqualTo("S");
  }

  @Test
  void headerBlockNeedsABlankLineBeforeTheBody() {
    assertThatThrownBy(() -> bundle("=== x\nsource: S\nThe body.\n"))
        .hasMessage("-:3: error: line 'The body.' in the header block of article 'x' is not a"
            + " header 'key: value'; put a blank line before the body");
  }

  @Test
  void keyGivenTwiceIsAnErrorWhateverItsCase() {
    assertThatThrownBy(() -> bundle("=== x\nsource: S\nSource: T\n\nB.\n"))
        .hasMessage("-:3: error: header 'source' is given twice; keep one of them");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # positive
      2024-12-17                | true
      2024-12-17T06:33          | true
      2024-12-17T13:46+05:30    | true
      2024-12-17T06:33:00+02:00 | true
      2024-12-17T06:33Z         | true
      # negative
      17 Dec 2024               | false
      2024-12-17 06:33          | false
      2024-13-01                | false
      2024-02-30                | false
      2024-12-17T25:00          | false
      20241217                  | false
      2024-12-17T06:33+0530     | false
      """)
  void datesAreIso8601(String date, boolean valid) {
    String text = "=== x\ndate: " + date + "\n\nB.\n";
    if (valid) {
      assertThat(bundle(text).articles().get(0).date()).isEqualTo(date);
    } else {
      assertThatThrownBy(() -> bundle(text)).hasMessage("-:2: error: date '" + date + "' is not"
          + " an ISO 8601 date; write 2024-12-17, 2024-12-17T06:33 or 2024-12-17T13:46+05:30");
    }
  }

  @Test
  void roleIsReferenceOrReprint() {
    assertThat(bundle("=== x\nrole: reprint\n\nB.\n").articles().get(0).role())
        .isEqualTo("reprint");
    assertThatThrownBy(() -> bundle("=== x\nrole: copy\n\nB.\n"))
        .hasMessage("-:2: error: role 'copy' is unknown; write 'role: reference' for the"
            + " original, 'role: reprint' for a copy, or leave the header out for a peer report");
  }

  @Test
  void idAndTextAreNotHeaders() {
    assertThatThrownBy(() -> bundle("=== x\nid: y\n\nB.\n"))
        .hasMessage("-:2: error: 'id' is not a header; write the id on the '===' line, as"
            + " '=== ID'");
    assertThatThrownBy(() -> bundle("=== x\ntext: y\n\nB.\n"))
        .hasMessage("-:2: error: 'text' is a reserved word and not a header key; rename the"
            + " header");
  }

  @Test
  void articleWithoutHeadersStartsWithABlankLine() {
    Article a = bundle("=== x\n\nsource: not a header\n").articles().get(0);
    assertThat(a.headers()).isEmpty();
    assertThat(a.body()).isEqualTo("source: not a header");
  }

  // Rule 4: body.

  @Test
  void bodyRunsToTheNextDelimiterWithTrailingBlankLinesDropped() {
    Bundle b = bundle("=== x\n\n\nLead.\n\n  \nNext.\n\n \t\n=== y\n\nLast.\n\n");
    assertThat(b.articles()).extracting(Article::body)
        .containsExactly("\nLead.\n\n  \nNext.", "Last.");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # escaped: one backslash goes
      \\===            | ===
      \\=== x          | === x
      \\\\===          | \\===
      \\\\\\===a       | \\\\===a
      # not escaped
      \\==             | \\==
      x\\===           | x\\===
      \\ ===           | \\ ===
      """)
  void escapedDelimiterLoseOneBackslash(String line, String body) {
    assertThat(bundle("=== x\n\n" + line + "\n").articles().get(0).body()).isEqualTo(body);
  }

  @Test
  void emptyBodiesAreKept() {
    Bundle b = bundle("=== x\nsource: S\n=== y\n===\n\n\n=== z\n\nZ.\n");
    assertThat(ids(b)).containsExactly("x", "y", "a3", "z");
    assertThat(b.articles()).extracting(Article::body).containsExactly("", "", "", "Z.");
    assertThat(b.articles().get(0).source()).isEqualTo("S");
  }

  @Test
  void noArticlesIsAnError() {
    assertThatThrownBy(() -> bundle("#factx-bundle 1\nstory: s\n"))
        .hasMessage("-:1: error: no articles found; start each article with a line '=== ID'");
    assertThatThrownBy(() -> bundle(""))
        .hasMessage("-:1: error: no articles found; start each article with a line '=== ID'");
  }

  // Rule 5: encoding.

  @Test
  void bomAndCrlfAreRead() {
    Bundle b = TestInputs.read(
        "\ufeff#factx-bundle 1\r\nstory: s\r\n=== x\r\n\r\nOne\r\nTwo\rthree\r\n"
            .getBytes(StandardCharsets.UTF_8), InputFormat.BUNDLE);
    assertThat(b.story()).isEqualTo("s");
    assertThat(b.articles().get(0).body()).isEqualTo("One\nTwo\rthree");
  }

  @Test
  void invalidUtf8NamesLineAndByteOffset() {
    byte[] bytes = {'=', '=', '=', ' ', 'x', '\n', '\n', 'o', 'k', '\n', 'a', (byte) 0xc3, '(',
        '\n'};
    assertThatThrownBy(() -> TestInputs.read(bytes, InputFormat.BUNDLE))
        .hasMessage("-:4: error: invalid UTF-8 byte 0xc3 at byte offset 11 of the file; save the"
            + " file as UTF-8");
  }

  @Test
  void truncatedSequenceAtEndOfFileIsAnError() {
    byte[] bytes = {'=', '=', '=', '\n', '\n', (byte) 0xe2, (byte) 0x80};
    assertThatThrownBy(() -> TestInputs.read(bytes, InputFormat.BUNDLE))
        .hasMessage("-:3: error: invalid UTF-8 byte 0xe2 at byte offset 5 of the file; save the"
            + " file as UTF-8");
  }

  @Test
  void readsTheSeedBundle() {
    Bundle b = TestInputs.files(new java.util.ArrayList<>(), "testdata/kursk-2024-12-16.bundle");
    assertThat(ids(b)).containsExactly(
        "pravda", "outlet-b", "outlet-c", "kyiv-independent", "devdiscourse");
    assertThat(b.articles()).allSatisfy(a -> {
      assertThat(a.date()).isNotNull();
      assertThat(a.file()).isEqualTo("testdata/kursk-2024-12-16.bundle");
    });
    assertThat(b.story()).startsWith("US calls North Korean troops");
    assertThat(List.copyOf(b.headers().keySet())).containsExactly("story", "date");
  }
}
