package dev.factx.normalize;

import dev.factx.text.OffsetMap;
import dev.factx.text.Text;

/**
 * The normalized view of text that matching reads: Unicode NFKC, straight quotes and primes, one
 * hyphen for the dash family, {@code ...} for the ellipsis, no zero-width characters, and runs of
 * spaces folded to one. Line ends are kept so that paragraphs survive. Every output character maps
 * back to the input characters it came from.
 */
public final class Normalizer {
  private Normalizer() {}

  /** Normalizes {@code in}; the result's offset map leads to {@code in}'s own source. */
  public static Text normalize(Text in) {
    Text own = normalize(in.value());
    return new Text(own.value(), own.toSource().andThen(in.toSource()));
  }

  /** Normalizes a string; the result's offset map leads back to {@code s}. */
  public static Text normalize(String s) {
    StringBuilder out = new StringBuilder(s.length());
    OffsetMap.Builder map = new OffsetMap.Builder();
    int i = 0;
    boolean pendingSpace = false;
    int spaceStart = 0;
    int spaceEnd = 0;
    while (i < s.length()) {
      int start = i;
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      // keep combining marks with their base so that NFKC can compose them
      while (i < s.length() && isMark(s.codePointAt(i))) {
        i += Character.charCount(s.codePointAt(i));
      }
      if (isZeroWidth(cp)) {
        continue;
      }
      if (cp != '\n' && isSpace(cp)) {
        if (!pendingSpace) {
          pendingSpace = true;
          spaceStart = start;
        }
        spaceEnd = i;
        continue;
      }
      if (pendingSpace) {
        // a space run right before a line end is dropped with it; elsewhere it becomes one space
        if (cp != '\n') {
          out.append(' ');
          map.add(spaceStart, spaceEnd);
        }
        pendingSpace = false;
      }
      String mapped = map(s.substring(start, i), cp);
      for (int k = 0; k < mapped.length(); k++) {
        out.append(mapped.charAt(k));
        map.add(start, i);
      }
    }
    if (pendingSpace) {
      out.append(' ');
      map.add(spaceStart, spaceEnd);
    }
    return new Text(out.toString(), map.build(s.length()));
  }

  private static String map(String cluster, int cp) {
    switch (cp) {
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u02BC':
      case '\u2035': case '`': case '\u00B4':
        return "'";
      case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033': case '\u2036':
      case '\u00AB': case '\u00BB': case '\u300C': case '\u300D':
        return "\"";
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
      case '\u2212': case '\uFE58': case '\uFE63': case '\uFF0D':
        return "-";
      case '\u2026':
        return "...";
      default:
        break;
    }
    if (cp < 0x80) {
      return cluster;
    }
    return java.text.Normalizer.normalize(cluster, java.text.Normalizer.Form.NFKC);
  }

  private static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK
        || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK;
  }

  private static boolean isZeroWidth(int cp) {
    return cp == '\u200B' || cp == '\u200C' || cp == '\u200D' || cp == '\u2060' || cp == '\uFEFF'
        || cp == '\u00AD';
  }

  private static boolean isSpace(int cp) {
    return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\u00A0' || cp == '\u202F'
        || cp == '\u2007' || cp == '\u000B' || cp == '\u000C' || Character.isSpaceChar(cp);
  }
}
