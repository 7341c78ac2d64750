package dev.factx.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * How much text factx reads at once, set by the Java heap, so that an input too big for memory is
 * refused early with one line that names the file and the limit, rather than ending in an
 * OutOfMemoryError after minutes of garbage collection.
 *
 * <p>A sixteenth of the heap ({@code -Xmx}) bounds a line of an input (in bytes) and an
 * article's body (in characters); a fifteenth bounds the articles that {@code compare},
 * {@code claims}, {@code verify} and {@code clean} hold together (in characters; {@code bundle}
 * holds one article at a time). Measured: comparing a 32 MiB article written as one line needs a
 * heap of 512 MiB (16 times its size), 32 MiB of ordinary paragraphs 256 MiB; reading and
 * writing it again ({@code bundle}) 256 MiB. Many articles take less than one long one, since
 * each article's analysis goes once its statements are aligned: 10,000 real-length articles
 * (33.7 M characters) are compared in a heap of 512 MiB: their live heap peaks at about 12
 * bytes a character of text (401-411 MB).
 */
public final class Limits {
  /** The heap is this many times the largest line or article read. */
  static final int HEAP_SHARE = 16;
  /** The heap is this many times the articles held together. */
  static final int TOGETHER_SHARE = 15;

  private static final long HEAP = Runtime.getRuntime().maxMemory();
  // a Java array holds fewer than 2^31 elements
  private static final long MAX = Math.min(HEAP / HEAP_SHARE, Integer.MAX_VALUE - 16);
  private static final long TOGETHER = HEAP / TOGETHER_SHARE;

  private Limits() {}

  /** The most bytes in one line or characters in one article. */
  public static long max() {
    return MAX;
  }

  /** The most characters of the articles held together. */
  public static long maxTogether() {
    return TOGETHER;
  }

  /** The problem message for a line longer than {@link #max()} bytes. */
  static String line() {
    return "the line is longer than " + size(MAX) + ", factx's limit for one line "
        + because() + "; split the line, or " + moreMemory();
  }

  /** The problem message for an article body longer than {@link #max()} characters. */
  static String article(String id) {
    return "article '" + id + "' is longer than " + size(MAX) + " of text, factx's"
        + " limit for one article " + because() + "; split it into several articles, or "
        + moreMemory();
  }

  /**
   * The problem message for articles that hold more than {@link #maxTogether()} characters
   * together.
   */
  static String together() {
    return "the articles hold more than " + size(TOGETHER) + " of text together, factx's"
        + " limit for the articles it compares at once (a fifteenth of the Java heap of "
        + size(HEAP) + "); read fewer articles at once, or " + moreMemory();
  }

  /**
   * All bytes of a stream that is one article, at most {@link #max()}, closing it; the article is
   * {@code name} in the message. A plain read loop: FileInputStream's own readNBytes asks a pipe
   * for its position and fails.
   */
  static byte[] readWhole(InputStream in, String file, String name) throws IOException {
    try (in) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      byte[] buf = new byte[1 << 16];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        bytes.write(buf, 0, n);
        if (bytes.size() > MAX) {
          throw new InputException(file, 0, article(name));
        }
      }
      return bytes.toByteArray();
    }
  }

  /** The message for a run that ran out of heap all the same: a limit, and what to do. */
  public static String outOfMemory() {
    return "out of memory: the input needs more than the Java heap of " + size(HEAP)
        + "; read fewer or smaller articles at once, or " + moreMemory();
  }

  private static String because() {
    return "(a sixteenth of the Java heap of " + size(HEAP) + ")";
  }

  /** Advice: twice the heap, in whole gibibytes. */
  private static String moreMemory() {
    long gib = Math.max(1, (2 * HEAP + (1L << 30) - 1) >> 30);
    return "give Java more memory, e.g. FACTX_JAVA_OPTS=-Xmx" + gib + "g";
  }

  /**
   * {@code 64 MiB}, {@code 1.9 MiB} below 10 MiB (rounded down, so never more than the limit), or
   * {@code 512 KiB} below a mebibyte; text counts a character as a byte.
   */
  private static String size(long n) {
    if (n >= 10L << 20) {
      return String.format(Locale.ROOT, "%d MiB", n >> 20);
    }
    if (n >= 1L << 20) {
      long tenths = n * 10 >> 20;
      return String.format(Locale.ROOT, "%d.%d MiB", tenths / 10, tenths % 10);
    }
    return String.format(Locale.ROOT, "%d KiB", n >> 10);
  }
}
