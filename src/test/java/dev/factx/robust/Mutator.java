package dev.factx.robust;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Mutations of input bytes that reach the corners of the bundle format and the extractors: byte
 * flips, line edits, splices from other inputs, quote marks, delimiters, headers, long runs, hostile
 * Unicode and invalid UTF-8.
 */
final class Mutator {
  /** The number of mutation kinds; {@link #apply} takes a kind below it. */
  static final int KINDS = 16;

  /** The kinds that change bytes rather than text (and so mostly make invalid UTF-8). */
  static final List<Integer> BYTE_LEVEL = List.of(0, 1, 10, 14);

  private static final String[] QUOTES = {
    "\"", "\u201C", "\u201D", "\u2018", "\u2019", "'", "\u00AB", "\u00BB", "\u201E", "`", "\u300C"
  };

  private static final String[] DELIMITERS = {
    "===", "=== ", "=== x", "=== a1", "=== a2", "=== same", "==== ", "===\t", "=== bad id",
    "\\=== escaped", "\\\\===", "=== " + "i".repeat(64), "=== " + "j".repeat(65), "=== -x",
    "=== \u0417\u0435\u043B\u0435\u043D\u0441\u044C\u043A\u0438\u0439", "===\u00A0y"
  };

  private static final String[] HEADERS = {
    "date: 2024-12-17", "date: 2024-12-17T06:33:00+02:00", "date: 17 Dec", "date: 2024-02-30",
    "date: 9999-99-99", "source: Wire", "role: reference", "role: reprint", "role: other",
    "lang: uk", "story: s", "key:", "key", ": value", "Key-2: v", "url: http://x/\u200B",
    "#factx-bundle 1", "#factx-bundle 2", "# comment", "id: x", "title: " + "t".repeat(300)
  };

  private static final String[] UNICODE = {
    "\u202Eevil\u202C", "\u200F\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627",
    "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD83D\uDE00", "e\u0301\u0301\u0301",
    "\u0301", "\u0417\u0435\u043B\u0435\u043D\u0441\u044C\u043A\u0438\u0439 said",
    "\u200B", "\u200D", "\uFEFF", "\u00AD", "\uFDFA", "\u3371", "\uFB01", "\uFF11\uFF12\uFF13",
    "\u00B2", "\u00BD", "\u2163", "\u2026", "\u2014", "\u00A0", "\u2028", "\u2029", "\u0000",
    "\t", "\r", "\u000B", "\u001F", "\u4E2D\u6587", "\uFFFD", "\uDBFF\uDFFF", "\u0130", "\u1E9E",
    "\u0131", "\u03A3\u039F\u03A3", "\u02BC", "\u2032"
  };

  private static final String[] RUNS = {
    "9", "1,", "1.", "Word ", "\"", "\u201C", "'", " ", ".", "-", "--", "A. ", "Mr. ", "\n",
    "\n\n", "\u00A0", "e\u0301", "said ", "at least ", "per cent ", "On Monday, ", "Jan. ", "12 ",
    "\"a\" ", "( ", "\\", "=", "\u200B", "2024-12-17 ", "1/2 ", "$"
  };

  private static final String[] NAMES = {
    "John Kirby", "Matthew Miller", "\u0417\u0435\u043B\u0435\u043D\u0441\u044C\u043A\u0438\u0439",
    "Ana O'Neil-Smith", "Dr. Li Wei", "the minister", "he", "Gen. Mark A. Milley", "\u00C9lodie"
  };

  private static final String[] TEMPLATES = {
    "%s said: \"%s soldiers were killed on Monday.\"",
    "\u201C%s,\u201D said %s, \u201Cwe will not stop.\u201D",
    "According to %s, at least %s people were wounded on 16 December 2024.",
    "%s, the defence minister, said that %s troops had arrived.",
    "\"%s\" \"%s\" \"\"\"",
    "%s told reporters that \u2018%s\u2019 was \u201Cnot true.",
    "About %s%% of %s voted; between 10 and 12 million did not.",
    "On Dec. 16 %s announced %s casualties, up from 1,000 the day before.",
  };

  private Mutator() {}

  /** Applies mutation {@code kind} at a place and with values drawn from {@code seed}. */
  static byte[] apply(byte[] in, int kind, long seed, List<byte[]> others) {
    Random r = new Random(seed);
    List<byte[]> lines = lines(in);
    switch (kind) {
      case 0 -> { // flip one bit
        if (in.length == 0) {
          return in;
        }
        byte[] out = in.clone();
        out[r.nextInt(in.length)] ^= (byte) (1 << r.nextInt(8));
        return out;
      }
      case 1 -> { // one byte becomes a meaningful one
        if (in.length == 0) {
          return in;
        }
        byte[] bytes = {0, (byte) 0xff, (byte) 0xc3, (byte) 0xe2, '\n', '\r', '"', '=', ':', '\\',
            '{', '}', ' ', '#'};
        byte[] out = in.clone();
        out[r.nextInt(in.length)] = bytes[r.nextInt(bytes.length)];
        return out;
      }
      case 2 -> { // duplicate a line
        if (!lines.isEmpty()) {
          int i = r.nextInt(lines.size());
          lines.add(i, lines.get(i));
        }
      }
      case 3 -> { // delete a line
        if (!lines.isEmpty()) {
          lines.remove(r.nextInt(lines.size()));
        }
      }
      case 4 -> { // splice lines of another input
        byte[] other = others.get(r.nextInt(others.size()));
        List<byte[]> from = lines(other);
        if (!from.isEmpty()) {
          int a = r.nextInt(from.size());
          int b = Math.min(from.size(), a + 1 + r.nextInt(20));
          lines.addAll(r.nextInt(lines.size() + 1), from.subList(a, b));
        }
      }
      case 5 -> { // swap two lines
        if (lines.size() > 1) {
          java.util.Collections.swap(lines, r.nextInt(lines.size()), r.nextInt(lines.size()));
        }
      }
      case 6 -> {
        return insertText(in, r, pick(r, QUOTES));
      }
      case 7 -> lines.add(r.nextInt(lines.size() + 1), utf8(pick(r, DELIMITERS)));
      case 8 -> lines.add(r.nextInt(lines.size() + 1), utf8(pick(r, HEADERS)));
      case 9 -> { // a long run of what patterns loop on
        return insertText(in, r, pick(r, RUNS).repeat(1 + r.nextInt(r.nextBoolean() ? 50 : 3000)));
      }
      case 10 -> { // invalid UTF-8
        byte[][] bad = {{(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xc0, (byte) 0xaf},
            {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xf0, (byte) 0x9f, (byte) 0x98},
            {(byte) 0x80}, {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
        return insert(in, r.nextInt(in.length + 1), bad[r.nextInt(bad.length)]);
      }
      case 11 -> {
        return insertText(in, r, pick(r, UNICODE));
      }
      case 12 -> { // a sentence that holds claims
        String t = String.format(pick(r, TEMPLATES), pick(r, NAMES),
            r.nextBoolean() ? String.valueOf(r.nextInt(100_000)) : pick(r, NAMES));
        return insertText(in, r, r.nextBoolean() ? t : "\n" + t + "\n");
      }
      case 13 -> { // line ends: CRLF, lone CR, missing final line end
        if (!lines.isEmpty()) {
          int i = r.nextInt(lines.size());
          lines.set(i, concat(lines.get(i), r.nextBoolean() ? new byte[] {'\r'} : new byte[0]));
        }
        if (r.nextBoolean()) {
          return join(lines, r.nextBoolean() ? "\r\n" : "\n", false);
        }
      }
      case 14 -> { // truncate
        return java.util.Arrays.copyOf(in, in.length == 0 ? 0 : r.nextInt(in.length));
      }
      case 15 -> { // JSON escapes and structure
        String[] json = {"\\n", "\\\"", "\\\\", "\\u00e9", "\\ud83d\\ude00", "\\ud83d", "\\u0000",
            "\\t", "\"text\": \"x\", ", "{}", "{\"bundle\": {}}", "[1]", "\\/", "\\u2028"};
        return insertText(in, r, pick(r, json));
      }
      default -> throw new IllegalArgumentException("no mutation " + kind);
    }
    return join(lines, "\n", in.length > 0 && in[in.length - 1] == '\n');
  }

  private static String pick(Random r, String[] choices) {
    return choices[r.nextInt(choices.length)];
  }

  /** Inserts text at a character boundary, so that it stays valid UTF-8 when the input was. */
  private static byte[] insertText(byte[] in, Random r, String text) {
    int at = in.length == 0 ? 0 : r.nextInt(in.length + 1);
    while (at < in.length && (in[at] & 0xc0) == 0x80) {
      at++;
    }
    return insert(in, at, utf8(text));
  }

  private static byte[] insert(byte[] in, int at, byte[] what) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + what.length);
    out.write(in, 0, at);
    out.writeBytes(what);
    out.write(in, at, in.length - at);
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    return insert(a, a.length, b);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Lines without their {@code \n}. */
  static List<byte[]> lines(byte[] in) {
    List<byte[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < in.length; i++) {
      if (in[i] == '\n') {
        out.add(java.util.Arrays.copyOfRange(in, start, i));
        start = i + 1;
      }
    }
    if (start < in.length) {
      out.add(java.util.Arrays.copyOfRange(in, start, in.length));
    }
    return out;
  }

  private static byte[] join(List<byte[]> lines, String end, boolean finalEnd) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < lines.size(); i++) {
      out.writeBytes(lines.get(i));
      if (i < lines.size() - 1 || finalEnd) {
        out.writeBytes(utf8(end));
      }
    }
    return out.toByteArray();
  }
}
