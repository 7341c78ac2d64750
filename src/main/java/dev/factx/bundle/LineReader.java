package dev.factx.bundle;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads UTF-8 text line by line, strictly: a byte that is not valid UTF-8 is an error naming its
 * line and byte offset, a leading BOM is dropped and CRLF is read as LF. A line longer than {@link
 * Limits#max()} bytes is an error too. Reads only forward, so pipes read like files.
 */
final class LineReader implements Closeable {
  /** One line without its line end. */
  record Line(int number, String text) {}

  private final InputStream in;
  private final String file;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;
  private byte[] lineBytes = new byte[256];
  private CharBuffer chars = CharBuffer.allocate(256);
  private long offset; // file byte offset of the next unread byte
  private int number;

  /**
   * @param in the bytes, closed by {@link #close()}
   * @param file the input as the user named it, for error messages
   */
  LineReader(InputStream in, String file) {
    this.in = in;
    this.file = file;
  }

  /** The next line, or null at the end of the input. */
  Line next() {
    long lineStart = offset;
    int n = 0;
    boolean sawEnd = false;
    int high = 0; // the line's bytes or-ed together: negative when one of them is not ASCII
    // the buffer's bytes up to the line end are copied at once: most of a bundle is read before
    // this method is compiled, and in the interpreter every step per byte counts
    while (pos < limit || fill()) {
      byte[] b = buf;
      int from = pos;
      int end = from;
      while (end < limit && b[end] != '\n') {
        high |= b[end];
        end++;
      }
      int chunk = end - from;
      while (n + chunk > lineBytes.length) {
        if (lineBytes.length > Limits.max()) {
          // a size check, not an OutOfMemoryError (or a negative array size) much later
          throw new InputException(file, number + 1, Limits.line());
        }
        lineBytes = Arrays.copyOf(lineBytes,
            (int) Math.min(2L * lineBytes.length, Limits.max() + 1));
      }
      System.arraycopy(b, from, lineBytes, n, chunk);
      n += chunk;
      offset += chunk;
      pos = end;
      if (end < limit) {
        pos++;
        offset++;
        sawEnd = true;
        break;
      }
    }
    if (n == 0 && !sawEnd) {
      return null;
    }
    number++;
    int start = 0;
    if (number == 1 && n >= 3 && (lineBytes[0] & 0xff) == 0xef && (lineBytes[1] & 0xff) == 0xbb
        && (lineBytes[2] & 0xff) == 0xbf) {
      start = 3;
    }
    if (n > start && lineBytes[n - 1] == '\r' && sawEnd) {
      n--;
    }
    // ASCII is its own UTF-8 and Latin-1: the string is a copy of the bytes, with no decoder
    String text = high >= 0 ? new String(lineBytes, start, n - start, StandardCharsets.ISO_8859_1)
        : decode(start, n, lineStart);
    return new Line(number, text);
  }

  /** The number of the last line returned. */
  int lineNumber() {
    return number;
  }

  private String decode(int start, int end, long lineStart) {
    ByteBuffer bytes = ByteBuffer.wrap(lineBytes, start, end - start);
    if (chars.capacity() < end - start) {
      chars = CharBuffer.allocate(end - start);
    }
    chars.clear();
    decoder.reset();
    CoderResult r = decoder.decode(bytes, chars, true);
    if (!r.isError()) {
      r = decoder.flush(chars);
    }
    if (r.isError()) {
      int bad = bytes.position();
      throw new InputException(file, number, String.format(java.util.Locale.ROOT,
          "invalid UTF-8 byte 0x%02x at byte offset %d of the file; save the file as UTF-8",
          lineBytes[bad] & 0xff, lineStart + bad));
    }
    chars.flip();
    return chars.toString();
  }

  private boolean fill() {
    if (eof) {
      return false;
    }
    try {
      int r = in.read(buf);
      if (r <= 0) {
        eof = r < 0;
        if (r == 0) {
          int one = in.read();
          if (one < 0) {
            eof = true;
            return false;
          }
          buf[0] = (byte) one;
          pos = 0;
          limit = 1;
          return true;
        }
        return false;
      }
      pos = 0;
      limit = r;
      return true;
    } catch (IOException e) {
      throw new InputException(file, number + 1, "cannot read the input (" + e.getMessage()
          + "); check that the file is readable");
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
