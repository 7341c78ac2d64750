package dev.factx.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.factx.text.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading one web page: offsets into the page, headers, charsets and pages without an article. */
class HtmlPageReaderTest {
  @TempDir Path dir;

  /** A paragraph of prose long enough to be an article on its own. */
  private static final String MORE = "<p>The hall had stood on the square since 1911, and the"
      + " council had planned to repair its roof over the summer, the report said.</p>";

  private static Article page(String html) {
    Bundle b = TestInputs.read(html, InputFormat.HTML);
    assertThat(b.articles()).hasSize(1);
    return b.articles().get(0);
  }

  private static Location locate(Article a, String text) {
    int at = a.body().indexOf(text);
    assertThat(at).as(text).isNotNegative();
    return a.sourceMap().locate(new Span(at, at + text.length()));
  }

  @Test
  void entitiesAndMarkupInsideASpanAreCountedInTheFile() {
    //          1         2         3         4         5         6
    // 1234567890123456789012345678901234567890123456789012345678901234567
    // <p>It&rsquo;s <em>on</em>&nbsp;now, &#8220;they said&#8221; twice.</p>
    //    ^ It’s: col 4, 10 code points
    //      ^ ’: col 6, the whole &rsquo;, 7
    //                   ^ on now: col 19, over </em> and &nbsp;, 16
    //                                     ^ “they said”: col 37, both references, 23
    String html = "<p>It&rsquo;s <em>on</em>&nbsp;now, &#8220;they said&#8221; twice.</p>\n"
        + MORE;
    Article a = page(html);
    assertThat(a.body()).startsWith("It\u2019s on\u00A0now, \u201Cthey said\u201D twice.\n\n"
        + "The hall had stood");
    assertThat(locate(a, "It\u2019s")).isEqualTo(new Location(1, 4, 10));
    assertThat(locate(a, "\u2019")).isEqualTo(new Location(1, 6, 7));
    assertThat(locate(a, "on\u00A0now")).isEqualTo(new Location(1, 19, 16));
    assertThat(locate(a, "\u201Cthey said\u201D")).isEqualTo(new Location(1, 37, 23));
    assertThat(locate(a, "The hall")).isEqualTo(new Location(2, 4, 8));
  }

  @Test
  void whitespaceAcrossLinesFoldsAndCrlfCountsAsOneCharacter() {
    Article a = page("<article>\r\n<p>Fourteen people\r\n   were hurt <br>in the fire,"
        + " officials said on Monday.</p>" + MORE + "</article>");
    assertThat(a.body()).startsWith("Fourteen people were hurt\nin the fire, officials said on"
        + " Monday.\n\nThe hall");
    // from "people" on line 2 to "were" on line 3: 6 + CRLF (one) + 3 spaces + 4
    assertThat(locate(a, "people were")).isEqualTo(new Location(2, 13, 14));
  }

  @Test
  void qShowsItsQuoteMarksReadFromItsTags() {
    Article a = page("<p>The mayor said <q>we will rebuild the hall</q> on Monday, and the"
        + " council agreed to pay for it.</p>" + MORE);
    assertThat(a.body()).startsWith("The mayor said \u201Cwe will rebuild the hall\u201D on");
    // the quote runs from <q> to </q>: 3 + 24 + 4 code points
    assertThat(locate(a, "\u201Cwe will rebuild the hall\u201D"))
        .isEqualTo(new Location(1, 19, 31));
  }

  @Test
  void headersAtTheTopOfTheFileWinOverThePage() throws IOException {
    Path file = dir.resolve("hall.html");
    Files.writeString(file, "date: 2025-01-02\nsource: My Notes\n\n<!DOCTYPE html>\n<html><head>"
        + "<meta property=\"og:site_name\" content=\"The Paper\">"
        + "<meta property=\"og:title\" content=\"Hall roof falls in\">"
        + "<meta property=\"article:published_time\" content=\"2025-03-04T10:00:00Z\">"
        + "</head><body>\n" + MORE + "\n</body></html>\n");
    Article a = TestInputs.files(new ArrayList<>(), file.toString()).articles().get(0);
    assertThat(a.id()).isEqualTo("hall");
    assertThat(a.headers()).containsExactly(entry("date", "2025-01-02"),
        entry("source", "My Notes"), entry("title", "Hall roof falls in"));
    assertThat(locate(a, "The hall")).isEqualTo(new Location(6, 4, 8));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # as pages write it                 | as a header
      # positive: ISO 8601, with what pages add
      2025-03-12                          | 2025-03-12
      2025-03-12T07:40:00.000Z            | 2025-03-12T07:40:00Z
      2025-03-12T07:40:00+0100            | 2025-03-12T07:40:00+01:00
      2025-03-12T07:40:00.5-05:00         | 2025-03-12T07:40:00-05:00
      2025-03-12 07:40                    | 2025-03-12T07:40
      ' 2025-03-12T07:40 '                | 2025-03-12T07:40
      # negative: not ISO 8601, or no such day
      'March 12, 2025'                    |
      12/03/2025                          |
      2025-13-40                          |
      Tuesday                             |
      """)
  void pageDatesBecomeIsoHeaders(String page, String header) {
    assertThat(HtmlHeaders.isoDate(page)).isEqualTo(header);
  }

  @Test
  void aDateThatIsNoIsoDateIsLeftOutWithANote() throws IOException {
    Path file = dir.resolve("dated.html");
    Files.writeString(file, "<html><head>\n<meta property=\"article:published_time\""
        + " content=\"Tuesday 4 March\">\n</head><body>" + MORE + "</body></html>");
    List<String> notes = new ArrayList<>();
    Article a = TestInputs.files(notes, file.toString()).articles().get(0);
    assertThat(a.date()).isNull();
    assertThat(notes).containsExactly(file + ":2: note: the page's date 'Tuesday 4 March'"
        + " (article:published_time) is not an ISO 8601 date; it is left out (write"
        + " 'date: 2024-12-17' at the top of the file to give one)");
  }

  @Test
  void aDeclaredCharsetIsHonouredAndBadBytesAreNamed() throws IOException {
    Path latin = dir.resolve("latin.html");
    byte[] head = "<meta charset=\"windows-1252\"><p>The council\u0092s plan".getBytes(
        StandardCharsets.ISO_8859_1);
    Files.write(latin, concat(head, (" will cost about 40,000 pounds a year, the mayor told"
        + " reporters on Monday.</p>" + MORE).getBytes(StandardCharsets.US_ASCII)));
    Article a = TestInputs.files(new ArrayList<>(), latin.toString()).articles().get(0);
    assertThat(a.body()).startsWith("The council\u2019s plan will cost");
    Path bad = dir.resolve("bad.html");
    Files.write(bad, concat("<p>One\n<p>Caf".getBytes(StandardCharsets.US_ASCII),
        new byte[] {(byte) 0xe9, '\n'}));
    assertThatThrownBy(() -> TestInputs.files(new ArrayList<>(), bad.toString()))
        .hasMessage(bad + ":2: error: invalid UTF-8 byte 0xe9 at byte offset 13 of the file;"
            + " save the page as UTF-8 or declare its charset in <meta charset>");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void scriptsStylesAndTemplatesAreNoText() {
    Article a = page("<style>p::before{content:\"Style text that is long enough to read.\"}"
        + "</style><script>document.write('<p>\u201CA fake quote,\u201D said Nobody.</p>');"
        + "</script><template><p>Template text, never shown to a reader at all.</p></template>"
        + MORE + "<noscript>Please enable JavaScript to see the comments.</noscript>");
    assertThat(a.body()).isEqualTo("The hall had stood on the square since 1911, and the"
        + " council had planned to repair its roof over the summer, the report said.");
    assertThat(a.furniture()).extracting(Furniture::reason, Furniture::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple("noscript",
            "Please enable JavaScript to see the comments."));
  }

  @Test
  void aPageOnStandardInputIsKnownByItsFirstCharacter() {
    Bundle b = TestInputs.read("\n  <html><body>" + MORE + "</body></html>", InputFormat.AUTO);
    assertThat(b.articles()).extracting(Article::id).containsExactly("a1");
  }

  private static final String MENU = "<html><body><nav><a href=\"/\">Home</a></nav><ul>"
      + "<li><a href=\"/1\">One story</a></li><li><a href=\"/2\">Another story</a></li></ul>"
      + "</body></html>";

  @Test
  void aPageWithoutAnArticleAmongGoodOnesIsANote() throws IOException {
    Files.writeString(dir.resolve("good.html"), MORE);
    Files.writeString(dir.resolve("menu.html"), MENU);
    Files.writeString(dir.resolve("notes.txt"), "A plain article.\n");
    List<String> notes = new ArrayList<>();
    Bundle b = TestInputs.files(notes, dir.toString());
    assertThat(b.articles()).extracting(Article::id).containsExactly("good", "notes");
    assertThat(notes).containsExactly(dir + "/menu.html: note: skipped; no article text found"
        + " in the page (3 blocks of text, all page furniture); save the article's own page, or"
        + " copy its text into a .txt file");
  }

  @Test
  void aPageWithoutAnArticleIsAnErrorWhenNothingElseIsReadable() throws IOException {
    Path menu = dir.resolve("menu.html");
    Files.writeString(menu, MENU);
    Path other = dir.resolve("other.htm");
    Files.writeString(other, MENU);
    List<String> notes = new ArrayList<>();
    assertThatThrownBy(() -> TestInputs.files(notes, menu.toString(), other.toString()))
        .isInstanceOf(InputException.class)
        .hasMessage(menu + ": error: no article text found in the page (3 blocks of text, all"
            + " page furniture); save the article's own page, or copy its text into a .txt file\n"
            + other + ": error: no article text found in the page (3 blocks of text, all page"
            + " furniture); save the article's own page, or copy its text into a .txt file");
    assertThat(notes).isEmpty();
  }
}
