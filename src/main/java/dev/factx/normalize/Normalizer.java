package dev.factx.normalize;

import dev.factx.text.OffsetMap;
import dev.factx.text.Text;
import java.util.Map;
import java.util.HashMap;

/**
 * The normalized view of text that matching reads: Unicode NFKC, straight quotes and primes, one
 * hyphen for the dash family, {@code ...} for the ellipsis, no zero-width or other format
 * characters, and runs of spaces folded to one. Line ends are kept so that paragraphs survive; a
 * space run next to a line end goes. Every output character maps back to the input characters it
 * came from, and normalizing a normalized text changes nothing.
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
    return normalize(s, true);
  }

  /**
   * {@link #normalize(String)}, taking runs of plain ASCII in one step ({@link #plainRun}) or,
   * with {@code runs} false, every character on its own: the same text and map either way
   * (NormalizerTest compares them).
   */
  static Text normalize(String s, boolean runs) {
    Output out = new Output(s.length());
    Map<String, String> forms = new HashMap<>(); // this call's own memo: no state between calls
    char[] cs = s.toCharArray(); // read without String.charAt's index checks
    int n = cs.length;
    int i = 0;
    while (i < n) {
      char ch = cs[i];
      if (runs && isPlain(ch)) {
        int end = plainRun(cs, i);
        if (end > i) {
          out.addPlain(cs, i, end);
          i = end;
          continue;
        }
      }
      if (ch < 0x80 && (i + 1 == n || cs[i + 1] < FIRST_MARK)) {
        out.add(ch, i, i + 1); // ASCII without a mark after it: NFKC leaves it as it is
        i++;
        continue;
      }
      int start = i;
      int cp = Character.codePointAt(cs, i);
      i += Character.charCount(cp);
      // keep combining marks with their base so that NFKC can compose them
      while (i < n && isMark(Character.codePointAt(cs, i))) {
        i += Character.charCount(Character.codePointAt(cs, i));
      }
      String cluster = s.substring(start, i);
      String composed = cp < 0x80 && cluster.length() == 1
          ? cluster
          : SPECIAL.indexOf(cp) >= 0
              ? new String(Character.toChars(cp)) // a double prime is one '"', not NFKC's two primes
              : nfkc(cluster, forms);
      // NFKC can yield characters that need mapping too (a small em dash, a spacing diaeresis)
      for (int k = 0; k < composed.length(); ) {
        int c = composed.codePointAt(k);
        k += Character.charCount(c);
        out.add(c, start, i);
      }
    }
    return out.finish(s.length());
  }

  /**
   * A printable ASCII character that {@link Output#add} keeps as it is: not a space or control
   * character, and not the backtick (which becomes an apostrophe).
   */
  static boolean isPlain(char ch) {
    return ch > ' ' && ch < 0x7F && ch != '`';
  }

  /**
   * The end of the run from {@code from} (a plain character) that {@link Output#addPlain} may take
   * in one step: plain characters and single spaces between two of them, ending on a plain
   * character that no mark follows (a character with a mark after it goes through NFKC with it).
   * Each character of the run is then copied with its own source range, as {@link Output#add}
   * would copy it: a single space between two plain characters is the one space its run becomes.
   * Returns {@code from} when there is no such run.
   */
  static int plainRun(char[] s, int from) {
    int n = s.length;
    int j = from + 1;
    while (j < n) {
      char c = s[j];
      if (isPlain(c)) {
        j++;
      } else if (c == ' ' && j + 1 < n && isPlain(s[j + 1])) {
        j += 2;
      } else {
        break;
      }
    }
    if (j < n && s[j] >= FIRST_MARK) {
      j--; // the last plain character goes with the mark after it
      if (j > from && s[j - 1] == ' ') {
        j--; // and the space before it is left to fold as usual
      }
    }
    return j;
  }

  /** No combining mark (nor surrogate) comes before U+0300, the first combining diacritic. */
  private static final char FIRST_MARK = '\u0300';

  /**
   * NFKC forms of the characters news text is full of (curly quotes, dashes, a bullet, the
   * copyright sign, the no-break space), known before the normalizer's data is loaded at all.
   */
  static final Map<String, String> COMMON_FORMS =
      Map.of("\u2018", "\u2018", "\u2019", "\u2019", "\u201C", "\u201C", "\u201D", "\u201D",
          "\u2013", "\u2013", "\u2014", "\u2014", "\u2022", "\u2022", "\u00A9", "\u00A9",
          "\u00A0", " ");

  /**
   * The NFKC form of a cluster; a single character (curly quotes, dashes) is looked up in {@link
   * #COMMON_FORMS}, else worked out once per text ({@code forms}).
   */
  private static String nfkc(String cluster, Map<String, String> forms) {
    if (cluster.length() > 1) {
      return java.text.Normalizer.normalize(cluster, java.text.Normalizer.Form.NFKC);
    }
    String known = COMMON_FORMS.get(cluster);
    if (known == null) {
      known = forms.get(cluster);
      if (known == null) {
        known = java.text.Normalizer.normalize(cluster, java.text.Normalizer.Form.NFKC);
        forms.put(cluster, known);
      }
    }
    return known;
  }

  /** The normalized text under construction: folds spaces and drops what matching ignores. */
  private static final class Output {
    private final StringBuilder text;
    private final OffsetMap.Builder map = new OffsetMap.Builder();
    private boolean pendingSpace;
    private boolean canCarryMark;
    private int spaceStart;
    private int spaceEnd;

    Output(int capacity) {
      text = new StringBuilder(capacity);
    }

    void add(int cp, int start, int end) {
      // no ASCII character is a format character or a mark (NormalizerTest reads them all)
      boolean ascii = cp < 0x80;
      if (!ascii && isIgnorable(cp)) {
        canCarryMark = false;
        return;
      }
      if (cp != '\n' && (ascii ? isAsciiSpace(cp) : isSpace(cp))) {
        canCarryMark = false;
        if (!pendingSpace) {
          pendingSpace = true;
          spaceStart = start;
        }
        spaceEnd = end;
        return;
      }
      if (!ascii && isMark(cp) && !canCarryMark) {
        return; // a mark on a space or a dropped character has nothing to sit on
      }
      canCarryMark = cp != '\n';
      if (pendingSpace) {
        // a space run before a line end goes with it; elsewhere it becomes one space
        if (cp != '\n' && !endsWithLineBreak()) {
          text.append(' ');
          map.add(spaceStart, spaceEnd);
        }
        pendingSpace = false;
      }
      if (cp < 0x80 && cp != '`') { // map(cp) is the character itself
        text.append((char) cp);
        map.add(start, end);
        return;
      }
      String mapped = map(cp);
      for (int k = 0; k < mapped.length(); k++) {
        text.append(mapped.charAt(k));
        map.add(start, end);
      }
    }

    /**
     * Adds {@code s[from, to)}, a run that {@link #plainRun} gave: the same text and map as
     * {@link #add} of each character with its own range.
     */
    void addPlain(char[] s, int from, int to) {
      if (pendingSpace) {
        // as add() of a plain character: the pending space run becomes one space
        if (!endsWithLineBreak()) {
          text.append(' ');
          map.add(spaceStart, spaceEnd);
        }
        pendingSpace = false;
      }
      canCarryMark = true;
      text.append(s, from, to - from);
      map.addCounting(from, to - from);
    }

    private boolean endsWithLineBreak() {
      return text.length() == 0 || text.charAt(text.length() - 1) == '\n';
    }

    Text finish(int sourceLength) {
      if (pendingSpace && !endsWithLineBreak()) {
        text.append(' ');
        map.add(spaceStart, spaceEnd);
      }
      return new Text(text.toString(), map.build(sourceLength));
    }
  }

  /** Characters mapped as they stand, before NFKC could split them. */
  private static final String SPECIAL = "\u2032\u2033\u2035\u2036\u2026\u00B4\uFE58\uFE63\uFF0D";

  private static String map(int cp) {
    switch (cp) {
      case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u02BC':
      case '\u2035': case '`': case '\u00B4': case '\u2039': case '\u203A':
        return "'";
      case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033': case '\u2036':
      case '\u00AB': case '\u00BB': case '\u300C': case '\u300D': case '\u301D': case '\u301E':
        return "\"";
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
      case '\u2212': case '\u2E3A': case '\u2E3B': case '\uFE58': case '\uFE63': case '\uFF0D':
        return "-";
      case '\u2026':
        return "...";
      default:
        return new String(Character.toChars(cp));
    }
  }

  static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK
        || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK;
  }

  /** Zero-width and other format characters (soft hyphen, direction marks, BOM). */
  static boolean isIgnorable(int cp) {
    return Character.getType(cp) == Character.FORMAT;
  }

  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u0085';
  }

  /** {@link #isSpace} of an ASCII character, no tables: tab to CR, FS to US, space. */
  static boolean isAsciiSpace(int cp) {
    return cp == ' ' || cp >= '\t' && cp <= '\r' || cp >= '\u001C' && cp <= '\u001F';
  }
}
