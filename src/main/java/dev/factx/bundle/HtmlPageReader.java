package dev.factx.bundle;

import dev.factx.bundle.HtmlBlocks.Block;
import dev.factx.bundle.HtmlHeaders.BadDate;
import dev.factx.bundle.HtmlHeaders.JsonLd;
import dev.factx.text.OffsetMap;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Reads a saved web page as an article: decodes it, parses it with jsoup (source positions
 * tracked), finds the article ({@link HtmlMainText}) and its headers ({@link HtmlHeaders}), and
 * builds the body with a map from every body character back to the page.
 *
 * <p>This is the one class the other readers call to read a page, and its methods name no jsoup
 * type, so that jsoup is loaded only when a page is read.
 */
final class HtmlPageReader {
  /** A charset the page declares, as the HTML standard looks for it: in its first 1024 bytes. */
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)");

  private HtmlPageReader() {}

  /**
   * Reads one page.
   *
   * @param bytes the file's bytes
   * @param file the page as the user named it, for messages
   * @throws InputException when the bytes are not text in the page's charset, or a header block
   *     at the top of the file is wrong
   */
  static HtmlPage read(byte[] bytes, String file) {
    String page = decode(bytes, file);
    Map<String, String> explicit = new LinkedHashMap<>();
    int base = headerBlock(page, file, explicit);
    Document doc = Jsoup.parse(page.substring(base), "",
        Parser.htmlParser().setTrackPosition(true));
    JsonLd ld = HtmlHeaders.jsonLd(doc);
    String ldBody = ld == null ? null : ld.body();
    HtmlBlocks blocks = HtmlBlocks.of(doc.body(), page, base);
    HtmlMainText.Result found = HtmlMainText.find(doc, blocks, ldBody);
    List<Block> kept = found.kept;
    if (!found.hasArticle() && ldBody != null && ldBody.strip().length() >= HtmlMainText.MIN_PROSE
        && ldBody.indexOf('<') < 0) {
      kept = jsonLdBlocks(ld, ldBody, page, base);
    }
    StringBuilder body = new StringBuilder();
    OffsetMap.Builder map = new OffsetMap.Builder();
    int end = 0;
    for (Block b : kept) {
      if (body.length() > 0) {
        body.append("\n\n");
        map.add(end, end).add(end, end);
      }
      for (int i = 0; i < b.text.length(); i++) {
        body.append(b.text.charAt(i));
        map.add(b.starts[i], b.ends[i]);
        end = b.ends[i];
      }
    }
    HtmlSourceMap sourceMap = new HtmlSourceMap(page, map.build(end));
    List<Furniture> furniture = new ArrayList<>();
    for (int i = 0; i < found.removed.size(); i++) {
      Block b = found.removed.get(i);
      furniture.add(new Furniture(sourceMap.lineOf(b.starts[0]), found.reasons.get(i),
          b.oneLine()));
    }
    List<BadDate> badDates = new ArrayList<>();
    Map<String, String> headers = new LinkedHashMap<>(explicit);
    HtmlHeaders.of(doc, ld, found.roots, badDates).forEach((k, v) -> {
      if (!headers.containsKey(k) && Headers.check(k, v, headers) == null) {
        headers.put(k, v);
      }
    });
    List<String> notes = new ArrayList<>();
    if (!headers.containsKey("date")) {
      for (BadDate d : badDates) {
        int line = d.pageOffset() < 0 ? 0 : sourceMap.lineOf(base + d.pageOffset());
        notes.add(file + (line > 0 ? ":" + line : "") + ": note: the page's date "
            + Headers.quote(d.value()) + " (" + d.where() + ") is not an ISO 8601 date; it is"
            + " left out (write 'date: 2024-12-17' at the top of the file to give one)");
      }
    }
    return new HtmlPage(body.toString(), sourceMap, headers, furniture, notes);
  }

  /**
   * Reads a header block at the top of the file (lines {@code key: value} up to a blank line,
   * before any markup) into {@code into}; returns where the page's markup starts.
   */
  private static int headerBlock(String page, String file, Map<String, String> into) {
    List<Problem> problems = new ArrayList<>();
    Map<String, String> read = new LinkedHashMap<>();
    int at = 0;
    int line = 1;
    while (at < page.length()) {
      int nl = page.indexOf('\n', at);
      int lineEnd = nl < 0 ? page.length() : nl;
      String text = page.substring(at, lineEnd);
      if (text.endsWith("\r")) {
        text = text.substring(0, text.length() - 1);
      }
      if (Headers.isBlank(text)) {
        if (read.isEmpty()) {
          return 0;
        }
        if (!problems.isEmpty()) {
          throw new InputException(problems);
        }
        into.putAll(read);
        return nl < 0 ? page.length() : nl + 1;
      }
      Headers.Entry e = Headers.parse(text);
      if (e == null) {
        return 0; // markup: the whole file is the page
      }
      String wrong = Headers.check(e.key(), e.value(), read);
      if (wrong != null) {
        problems.add(new Problem(file, line, wrong));
      } else {
        read.put(e.key(), e.value());
      }
      if (nl < 0) {
        return 0;
      }
      at = nl + 1;
      line++;
    }
    return 0;
  }

  /** The JSON-LD body as blocks, one a line, each character mapped into the script's text. */
  private static List<Block> jsonLdBlocks(JsonLd ld, String body, String page, int base) {
    int[] offsets = HtmlHeaders.bodyOffsets(ld, body);
    if (offsets == null) {
      return List.of();
    }
    int data = base + ((DataNode) ld.script().childNode(0)).sourceRange().startPos();
    List<Block> out = new ArrayList<>();
    Block b = null;
    boolean space = false;
    int spaceStart = 0;
    int spaceEnd = 0;
    for (int i = 0; i <= body.length(); i++) {
      char c = i < body.length() ? body.charAt(i) : '\n';
      if (c == '\n' || c == '\r') {
        if (b != null) {
          b.words = HtmlBlocks.words(b.text);
          out.add(b);
        }
        b = null;
        space = false;
        continue;
      }
      int s = data + offsets[2 * i];
      int e = data + offsets[2 * i + 1];
      if (Character.isWhitespace(c)) {
        if (b != null && !space) {
          space = true;
          spaceStart = s;
        }
        spaceEnd = e;
        continue;
      }
      if (b == null) {
        b = new Block(ld.script());
      } else if (space) {
        b.add(' ', spaceStart, spaceEnd);
      }
      space = false;
      b.add(c, s, e);
    }
    return out;
  }

  /**
   * The page as text: UTF-8 (a BOM may say so, or UTF-16), or the charset the page declares in a
   * {@code <meta>} tag. Bytes that are not text in that charset are an error naming line and
   * byte offset; nothing is silently replaced.
   */
  static String decode(byte[] bytes, String file) {
    int skip = 0;
    Charset charset = StandardCharsets.UTF_8;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      skip = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      skip = 2;
      charset = StandardCharsets.UTF_16BE;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      skip = 2;
      charset = StandardCharsets.UTF_16LE;
    } else {
      Charset declared = declared(bytes);
      if (declared != null) {
        charset = declared;
      }
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate(bytes.length - skip + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int bad = in.position();
      int line = 1;
      for (int i = 0; i < bad; i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      String name = charset.name().equals("UTF-8") ? "UTF-8" : charset.name();
      throw new InputException(file, line, String.format(
          "invalid %s byte 0x%02x at byte offset %d of the file; save the page as UTF-8 or"
              + " declare its charset in <meta charset>", name, bytes[bad] & 0xff, bad));
    }
    out.flip();
    return out.toString();
  }

  /** The charset a page declares in its first 1024 bytes, when Java knows it. */
  private static Charset declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    // as browsers do: these labels all mean windows-1252
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")
        || name.equals("ascii") || name.equals("iso8859-1")) {
      name = "windows-1252";
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null; // an unknown label: read as UTF-8, which names any bad byte
    }
  }
}
