package dev.factx.bundle;

import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Reads back what a claim location points at in an HTML file, independently of the reader: the
 * characters at line, column and length (code points, a CRLF counting as one), and their text as
 * a browser shows it (tags dropped, entities decoded, whitespace folded).
 */
public final class HtmlText {
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern SPACE = Pattern.compile("[ \\t\\n\\r\\f]+");

  private HtmlText() {}

  /** The source characters a location covers. */
  public static String at(String file, int line, int column, int length) {
    int i = 0;
    for (int l = 1; l < line; l++) {
      i = file.indexOf('\n', i) + 1;
    }
    i = file.offsetByCodePoints(i, column - 1);
    int start = i;
    for (int n = 0; n < length; n++) {
      i = file.startsWith("\r\n", i) ? i + 2 : file.offsetByCodePoints(i, 1);
    }
    return file.substring(start, i);
  }

  /** The text a browser shows for a span of HTML source. */
  public static String decode(String html) {
    String s = html.replaceAll("<q\\b[^>]*>", "\u201C").replace("</q>", "\u201D");
    s = TAG.matcher(s).replaceAll("");
    return collapse(Parser.unescapeEntities(s, false));
  }

  /** Text with HTML whitespace runs folded to one space and the ends trimmed. */
  public static String collapse(String text) {
    return SPACE.matcher(text).replaceAll(" ").strip();
  }
}
