package dev.factx.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Input text made safe to show a person: a character that a terminal, a CI log or a browser would
 * obey rather than show is written as a visible escape, so that an article can neither control the
 * reader's terminal (colours, titles, clearing the screen, the clipboard through OSC 52, lines
 * hidden by carriage returns or backspaces) nor display differently from what it says (bidi
 * overrides), nor start a line of its own in a message (so no GitHub workflow command).
 *
 * <p>Escaped: C0 controls except tab ({@code \e} for ESC, {@code \n}, {@code \r}, else
 * {@code \xHH}: {@code \x07}, {@code \x00}), DEL ({@code \x7f}), C1 controls U+0080-U+009F (a CSI
 * as one character is U+009B) as {@code <U+009B>}, the bidi embedding, override and isolate
 * controls U+202A-U+202E and U+2066-U+2069, the line and paragraph separators U+2028 and U+2029,
 * and lone surrogates, all as {@code <U+XXXX>}. Kept: tab, every other character, the zero-width
 * space, joiner and non-joiner (emoji sequences and scripts need them) and the bidi marks LRM, RLM
 * and ALM (they steer only the neutral characters next to them and belong in right-to-left text).
 * A backslash is not escaped: the escapes are for reading, and the JSON report holds the exact text.
 *
 * <p>Escaping never moves a claim: line, column and length are worked out on the input, and only
 * the text shown is escaped.
 */
public final class SafeText {
  private static final String HEX = "0123456789abcdef";

  private SafeText() {}

  /** Text on one line: every escaped character shown, line ends included. */
  public static String line(String s) {
    return escape(s, false);
  }

  /** Lines of text: as {@link #line}, but a line feed is kept as the line end it is. */
  public static String lines(String s) {
    return escape(s, true);
  }

  /**
   * A file name as the first thing on a line: as {@link #line}, and {@code ./} before a name that
   * starts with {@code ::}, so that a file named {@code ::error ::x.txt} cannot start a GitHub
   * workflow command; {@code ./} names the same file.
   */
  public static String file(String name) {
    String s = line(name);
    return s.startsWith("::") ? "./" + s : s;
  }

  /** Whether a character is shown as an escape; {@code lineFeed} says whether LF is too. */
  static boolean escapes(char c, boolean lineFeed) {
    if (c < 0x20) {
      return c != '\t' && (lineFeed || c != '\n');
    }
    if (c < 0x7f) {
      return false;
    }
    return c <= 0x9f
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x2028
        || c == 0x2029
        || Character.isSurrogate(c);
  }

  private static String escape(String s, boolean keepLineFeeds) {
    int i = 0;
    int n = s.length();
    while (i < n && !needsEscape(s, i, keepLineFeeds)) {
      i += Character.isHighSurrogate(s.charAt(i)) && i + 1 < n ? 2 : 1;
    }
    if (i >= n) {
      return s;
    }
    StringBuilder b = new StringBuilder(n + 16).append(s, 0, i);
    while (i < n) {
      char c = s.charAt(i);
      if (needsEscape(s, i, keepLineFeeds)) {
        appendEscape(b, c);
        i++;
      } else if (Character.isHighSurrogate(c)) {
        b.append(c).append(s.charAt(i + 1)); // a pair: needsEscape saw its low half
        i += 2;
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }

  /** Whether the char at {@code i} is escaped: a surrogate only when it is not half of a pair. */
  private static boolean needsEscape(String s, int i, boolean keepLineFeeds) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return true; // a low half not after a high one (pairs are skipped whole)
    }
    return escapes(c, !keepLineFeeds);
  }

  private static void appendEscape(StringBuilder b, char c) {
    switch (c) {
      case 0x1b -> b.append("\\e");
      case '\n' -> b.append("\\n");
      case '\r' -> b.append("\\r");
      default -> {
        if (c < 0x80) {
          b.append("\\x").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
        } else {
          // upper-case hex, as Unicode writes code points
          b.append("<U+");
          for (int shift = 12; shift >= 0; shift -= 4) {
            b.append(Character.toUpperCase(HEX.charAt(c >> shift & 0xf)));
          }
          b.append('>');
        }
      }
    }
  }

  /**
   * A writer that shows what passes through it as {@link #lines} does: for data ({@code clean},
   * {@code bundle}) printed to a terminal. A surrogate pair split across two writes stays a pair.
   */
  public static Writer lines(Writer out) {
    return new LinesWriter(out);
  }

  /** Escapes as {@link #lines}, holding a high surrogate until the char after it arrives. */
  private static final class LinesWriter extends FilterWriter {
    private char pendingHigh;

    LinesWriter(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      StringBuilder b = new StringBuilder(len + 1);
      if (pendingHigh != 0) {
        b.append(pendingHigh);
        pendingHigh = 0;
      }
      b.append(s, off, off + len);
      if (b.length() > 0 && Character.isHighSurrogate(b.charAt(b.length() - 1))) {
        pendingHigh = b.charAt(b.length() - 1);
        b.setLength(b.length() - 1);
      }
      out.write(lines(b.toString()));
    }

    @Override
    public void flush() throws IOException {
      if (pendingHigh != 0) {
        // nothing followed it before the flush: it stands alone
        out.write(lines(String.valueOf(pendingHigh)));
        pendingHigh = 0;
      }
      out.flush();
    }
  }
}
