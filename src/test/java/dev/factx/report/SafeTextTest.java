package dev.factx.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeTextTest {
  /** Test tables spell control characters as {@code {XX}}, the hex of one char. */
  private static String unmark(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '{' && s.indexOf('}', i) > i) {
        int close = s.indexOf('}', i);
        b.append((char) Integer.parseInt(s.substring(i + 1, close), 16));
        i = close;
      } else {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # input                                   | one line                                | lines
      # escape sequences: ESC and BEL, CSI, OSC title, OSC 8 link, OSC 52 clipboard
      we will win {1b}]0;pwned{07} the war        | we will win \\e]0;pwned\\x07 the war        | we will win \\e]0;pwned\\x07 the war
      {1b}[2J{1b}[31mred                          | \\e[2J\\e[31mred                            | \\e[2J\\e[31mred
      {1b}]8;;http://x.test/{1b}\\click{1b}]8;;{07} | \\e]8;;http://x.test/\\e\\click\\e]8;;\\x07 | \\e]8;;http://x.test/\\e\\click\\e]8;;\\x07
      {1b}]52;c;cm0gLXJmIH4={07}                  | \\e]52;c;cm0gLXJmIH4=\\x07                  | \\e]52;c;cm0gLXJmIH4=\\x07
      # CSI as one C1 character, and the other C1 controls
      {9b}2J and {85}next                         | <U+009B>2J and <U+0085>next               | <U+009B>2J and <U+0085>next
      # overwrites: carriage return, backspace; NUL, DEL, vertical tab
      safe{0d}EVIL                                | safe\\rEVIL                                | safe\\rEVIL
      no{08}{08}yes                               | no\\x08\\x08yes                             | no\\x08\\x08yes
      a{00}b{7f}c{0b}d                            | a\\x00b\\x7fc\\x0bd                         | a\\x00b\\x7fc\\x0bd
      # line ends: escaped on one line, kept in lines; tab always kept
      one{0a}two{09}three                         | one\\ntwo{09}three                         | one{0a}two{09}three
      x{0a}::error file=README.md::INJECTED       | x\\n::error file=README.md::INJECTED       | x{0a}::error file=README.md::INJECTED
      line{2028}para{2029}end                     | line<U+2028>para<U+2029>end               | line<U+2028>para<U+2029>end
      # bidi embedding, override and isolate controls
      {202e}evil{202c}                            | <U+202E>evil<U+202C>                      | <U+202E>evil<U+202C>
      {202a}{202b}{202d}{2066}{2067}{2068}{2069}  | <U+202A><U+202B><U+202D><U+2066><U+2067><U+2068><U+2069> | <U+202A><U+202B><U+202D><U+2066><U+2067><U+2068><U+2069>
      # kept: zero-width joiner and non-joiner, zero-width space, bidi marks, emoji, scripts
      {d83d}{dc69}{200d}{d83d}{dc67} z{200c}w{200b}x | {d83d}{dc69}{200d}{d83d}{dc67} z{200c}w{200b}x | {d83d}{dc69}{200d}{d83d}{dc67} z{200c}w{200b}x
      {200f}{05e9}{05dc}{05d5}{05dd} {200e}ok      | {200f}{05e9}{05dc}{05d5}{05dd} {200e}ok   | {200f}{05e9}{05dc}{05d5}{05dd} {200e}ok
      C:\\path\\e is text                          | C:\\path\\e is text                        | C:\\path\\e is text
      # lone surrogates, which no UTF-8 output can hold
      a{d800}b{dc00}c                             | a<U+D800>b<U+DC00>c                       | a<U+D800>b<U+DC00>c
      end{d83d}                                   | end<U+D83D>                               | end<U+D83D>
      """)
  void showsWhatATerminalWouldObey(String input, String line, String lines) {
    String in = unmark(input);
    assertThat(SafeText.line(in)).isEqualTo(unmark(line));
    assertThat(SafeText.lines(in)).isEqualTo(unmark(lines));
    String out = SafeText.line(in);
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      assertThat(!Character.isSurrogate(c) && SafeText.escapes(c, true)).as("char %d", i).isFalse();
    }
  }

  @Test
  void textWithNothingToEscapeIsTheSameString() {
    String s = "Mayor Ana Ruiz said \u201Cwe will rebuild\u201D \uD83D\uDE00\t\u0417\u0435.";
    assertThat(SafeText.line(s)).isSameAs(s);
  }

  @Test
  void aFileNameNeverStartsAWorkflowCommand() {
    assertThat(SafeText.file("::error file=README.md::x.txt"))
        .isEqualTo("./::error file=README.md::x.txt");
    assertThat(SafeText.file("\n::add-mask::x")).isEqualTo("\\n::add-mask::x");
    assertThat(SafeText.file("dir/::x.txt")).isEqualTo("dir/::x.txt");
    assertThat(SafeText.file(":x.txt")).isEqualTo(":x.txt");
  }

  @Test
  void theWriterEscapesAsLinesAndKeepsAPairSplitAcrossWrites() throws IOException {
    StringWriter sink = new StringWriter();
    Writer w = SafeText.lines(sink);
    w.write("a\u001b[2J\n");
    w.write("smile \uD83D");
    w.write("\uDE00 ok\n");
    w.write('\u009b');
    w.write("x\u202Ey".toCharArray(), 1, 1);
    w.write("alone \uD800");
    w.flush();
    assertThat(sink.toString())
        .isEqualTo("a\\e[2J\nsmile \uD83D\uDE00 ok\n<U+009B><U+202E>alone <U+D800>");
  }
}
