package dev.factx.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.analysis.WordDiff.Change;
import dev.factx.analysis.WordDiff.Segment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatEscapingTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # text                       | markdown
      plain words                  | plain words
      *bold* _it_ `code`           | \\*bold\\* \\_it\\_ \\`code\\`
      [link](x) <b>                | \\[link\\](x) &lt;b\\>
      AT&T ~~gone~~ #1             | AT&amp;T \\~\\~gone\\~\\~ \\#1
      back\\slash                  | back\\\\slash
      """)
  void markdownEscapesSyntax(String text, String markdown) {
    assertThat(MarkdownReportWriter.inline(text)).isEqualTo(markdown);
  }

  /**
   * A report posted as a pull-request comment mentions nobody: a zero-width space (written {@code
   * ^} in the table) follows an {@code @} that GitHub would read as a mention; addresses, a lone
   * {@code @} and {@code @} before punctuation stay as they are.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # text                               | markdown
      thanks @octocat                      | thanks @^octocat
      @team-lead and @org/team said        | @^team-lead and @^org/team said
      (@x) "@y" @@z                        | (@^x) "@^y" @@^z
      write to desk@example.org            | write to desk@example.org
      user_@name and 5@3                   | user\\_@^name and 5@3
      at @ noon, @! and @-                 | at @ noon, @\\! and @-
      """)
  void markdownMentionsNobody(String text, String markdown) {
    assertThat(MarkdownReportWriter.inline(text)).isEqualTo(markdown.replace('^', '\u200B'));
  }

  @Test
  void markdownShowsControlCharactersAsEscapes() {
    assertThat(MarkdownReportWriter.inline("a\u001b[2Jb \u202Ec")).isEqualTo("a\\\\e\\[2Jb &lt;U+202E\\>c");
    assertThat(MarkdownReportWriter.code("x\u0007")).isEqualTo("`x\\x07`");
  }

  @Test
  void markdownEscapesTablePipes() {
    assertThat(MarkdownReportWriter.cell("a | b")).isEqualTo("a \\| b");
    assertThat(MarkdownReportWriter.code("x|y")).isEqualTo("`x\\|y`");
    assertThat(MarkdownReportWriter.cell(null)).isEmpty();
  }

  @Test
  void markdownFoldsLineBreaksAndGuardsLineStarts() {
    assertThat(MarkdownReportWriter.inline("one\ntwo\r\n three")).isEqualTo("one two three");
    assertThat(MarkdownReportWriter.lineStart("- not a list")).isEqualTo("\\- not a list");
    assertThat(MarkdownReportWriter.lineStart("1984. Orwell")).isEqualTo("1984\\. Orwell");
    assertThat(MarkdownReportWriter.lineStart("We said - no")).isEqualTo("We said - no");
  }

  @Test
  void markdownDiffStrikesRemovedAndBoldsAddedWords() {
    assertThat(MarkdownReportWriter.diff(List.of(new Segment(Change.ADDED, "So,"),
        new Segment(Change.SAME, "the troops"), new Segment(Change.REMOVED, "are"),
        new Segment(Change.SAME, "were *here*"))))
        .isEqualTo("**+\\[So,\\]** the troops ~~-\\[are\\]~~ were \\*here\\*");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # text            | data             | property
      plain             | plain            | plain
      50%               | 50%25            | 50%25
      a:b,c             | a:b,c            | a%3Ab%2Cc
      '%0A'             | %250A            | %250A
      """)
  void githubEscapesCommandValues(String text, String data, String property) {
    assertThat(GithubReportWriter.data(text)).isEqualTo(data);
    assertThat(GithubReportWriter.property(text)).isEqualTo(property);
  }

  @Test
  void githubEscapesLineEnds() {
    assertThat(GithubReportWriter.data("a\r\nb")).isEqualTo("a%0D%0Ab");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # mode  | NO_COLOR | TERM  | terminal | colour
      auto    |          | xterm | true     | true
      auto    |          | xterm | false    | false
      auto    | 1        | xterm | true     | false
      auto    | ''       | xterm | true     | true
      auto    |          | dumb  | true     | false
      always  | 1        | dumb  | false    | true
      never   |          | xterm | true     | false
      """)
  void colourFollowsModeNoColorAndTerminal(ColorMode mode, String noColor, String term,
      boolean terminal, boolean colour) {
    Map<String, String> env = new java.util.HashMap<>();
    if (noColor != null) {
      env.put("NO_COLOR", noColor);
    }
    env.put("TERM", term);
    assertThat(mode.colour(env, terminal)).isEqualTo(colour);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # COLUMNS | width
      120       | 120
      ' 80 '    | 80
      39        | 100
      wide      | 100
      """)
  void widthComesFromColumns(String columns, int width) {
    assertThat(ColorMode.width(Map.of("COLUMNS", columns))).isEqualTo(width);
    assertThat(ColorMode.width(Map.of())).isEqualTo(100);
  }
}
