package dev.factx.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.factx.bundle.LineReader.Line;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Reads JSON Lines: one article object per line, the first line optionally bundle headers. */
final class JsonLinesReader extends ArticleReader {
  private static final ObjectMapper JSON =
      JsonMapper.builder(JsonFactory.builder()
              // a line is at most Limits.max() bytes already; that is the one limit to meet
              .streamReadConstraints(
                  StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
              .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** How deep the fields of an article object and of a bundle line's headers stand. */
  private static final int ARTICLE_DEPTH = 1;

  private static final int BUNDLE_DEPTH = 2;

  private final LineReader lines;
  private Line pending; // the first article line, read while looking for bundle headers

  JsonLinesReader(LineReader lines, String file, Ids ids) {
    super(file, ids);
    this.lines = lines;
    Line first = nextNonBlank();
    JsonNode node = first == null ? null : parse(first);
    if (node != null && node.has("bundle")) {
      readBundleLine(first, node);
    } else if (node != null) {
      pending = first; // parsed again as the first article
    }
    throwIfProblems();
  }

  private Line nextNonBlank() {
    Line line = lines.next();
    while (line != null && line.text().isBlank()) {
      line = lines.next();
    }
    return line;
  }

  /** The object on a line, or null after recording why it is not one. */
  private JsonNode parse(Line line) {
    JsonNode node;
    try {
      node = JSON.readTree(line.text());
    } catch (JsonProcessingException e) {
      int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      if (column > 0) { // Jackson counts chars; a column here counts code points
        String t = line.text();
        column = t.codePointCount(0, Math.min(column - 1, t.length())) + 1;
      }
      problem(line.number(), "bad JSON" + (column > 0 ? " at column " + column : "") + ": "
          + oneLine(e.getOriginalMessage()) + "; write one JSON object per line");
      return null;
    }
    if (!node.isObject()) {
      problem(line.number(), "the line is not a JSON object but " + kind(node)
          + "; write one object per line, like {\"id\": \"a\", \"text\": \"...\"}");
      return null;
    }
    String badEscape = badEscape(line.text());
    if (badEscape != null) {
      problem(line.number(), badEscape);
      return null;
    }
    return node;
  }

  /**
   * What is wrong with the first {@code \\u} escape on a line of valid JSON that Jackson reads
   * but should not, or null. Two kinds, both of which would change the text without a word:
   *
   * <ul>
   *   <li>a digit that is not an ASCII hex digit: Jackson 2.20 reads a non-ASCII character there by
   *       its low byte (backslash, {@code u2}, a Turkish capital dotted I U+0130, {@code 01} reads
   *       as U+2001, since 0x30 is the digit 0);
   *   <li>a lone surrogate, half of a UTF-16 pair: a Java string carries it but no UTF-8 output
   *       can (it comes out as {@code ?}). An escape is the only way one gets in: strict UTF-8
   *       refuses encoded surrogates.
   * </ul>
   */
  static String badEscape(String line) {
    int i = line.indexOf('\\');
    while (i >= 0 && i + 1 < line.length()) {
      if (line.charAt(i + 1) != 'u') {
        // a two-character escape; for an escaped backslash, its second one starts nothing
        i = line.indexOf('\\', i + 2);
        continue;
      }
      int c = hex4(line, i + 2);
      if (c < 0) {
        return notHex(line, i);
      }
      int next = i + 6;
      if (Character.isHighSurrogate((char) c)) {
        int low = line.startsWith("\\u", next) ? hex4(line, next + 2) : 0;
        if (low < 0) {
          return notHex(line, next);
        }
        if (!Character.isLowSurrogate((char) low)) {
          return lone(line, i);
        }
        next += 6;
      } else if (Character.isLowSurrogate((char) c)) {
        return lone(line, i);
      }
      i = line.indexOf('\\', next);
    }
    return null;
  }

  /** The four ASCII hex digits at {@code at} as a number, or -1. */
  private static int hex4(String s, int at) {
    if (at + 4 > s.length()) {
      return -1;
    }
    int v = 0;
    for (int k = at; k < at + 4; k++) {
      char c = s.charAt(k);
      int d = c < 128 ? Character.digit(c, 16) : -1;
      if (d < 0) {
        return -1;
      }
      v = v * 16 + d;
    }
    return v;
  }

  private static String notHex(String line, int i) {
    int end = line.offsetByCodePoints(i, Math.min(6, line.codePointCount(i, line.length())));
    return "bad JSON at column " + column(line, i) + ": '" + line.substring(i, end)
        + "' is not \\u and four hex digits; write one JSON object per line";
  }

  private static String lone(String line, int i) {
    return "the escape \\" + line.substring(i + 1, i + 6) + " at column " + column(line, i)
        + " is half of a UTF-16 surrogate pair without its other half, not a character; write the"
        + " character itself, or both halves (as in \\ud83d\\ude00)";
  }

  /** The 1-based code point column of char offset {@code i}. */
  private static int column(String line, int i) {
    return line.codePointCount(0, i) + 1;
  }

  private void readBundleLine(Line first, JsonNode node) {
    int line = first.number();
    if (node.size() != 1) {
      problem(line, "a bundle line holds only the field \"bundle\"; move the other fields to an"
          + " article line");
      return;
    }
    JsonNode headers = node.get("bundle");
    if (!headers.isObject()) {
      problem(line, "field \"bundle\" must be an object of bundle headers, found " + kind(headers)
          + "; write {\"bundle\": {\"story\": \"...\"}}");
      return;
    }
    Map<String, String> read = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> f : headers.properties()) {
      readHeader(f.getKey(), f.getValue(), first, BUNDLE_DEPTH, read);
    }
    for (Map.Entry<String, String> h : read.entrySet()) {
      addBundleHeader(h.getKey(), h.getValue(), line);
    }
  }

  /**
   * Adds one field, at {@code depth} on {@code raw}, as a header to {@code target}, or records why
   * it cannot be one.
   */
  private void readHeader(
      String name, JsonNode value, Line raw, int depth, Map<String, String> target) {
    int line = raw.number();
    String key = name.toLowerCase(Locale.ROOT);
    if (!Headers.KEY.matcher(name).matches()) {
      problem(line, "field name " + Headers.quote(name) + " cannot be a header; use letters,"
          + " digits, '_' and '-', starting with a letter");
      return;
    }
    boolean known = Article.KNOWN_KEYS.contains(key);
    if (!value.isTextual() && (known || !(value.isNumber() || value.isBoolean()))) {
      problem(line, "field \"" + name + "\" must be a string" + (known ? "" : ", number or boolean")
          + ", found " + kind(value) + "; write the value in double quotes");
      return;
    }
    // a number as written: the tree keeps only its value (1.50 would become 1.5, 1e10 1.0E10)
    String text = value.isNumber() ? numberText(raw.text(), name, depth) : value.asText();
    if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      problem(line, "field \"" + name + "\" holds a line break; a header value is one line");
      return;
    }
    addHeader(target, key, text.strip(), line);
  }

  @Override
  String noArticlesMessage() {
    return "no articles found; write one JSON object with a \"text\" field per line";
  }

  @Override
  Article read() {
    while (true) {
      Line line = pending != null ? pending : nextNonBlank();
      pending = null;
      if (line == null) {
        return null;
      }
      Article a = read(line);
      if (a != null) {
        return a;
      }
    }
  }

  /** The article on a line, or null after recording why there is none. */
  private Article read(Line line) {
    int position = ids.nextPosition();
    JsonNode node = parse(line);
    if (node == null) {
      return null;
    }
    int n = line.number();
    if (node.has("bundle")) {
      problem(n, "bundle headers must be on the first line; move this line to the top");
      return null;
    }
    String id = Ids.generated(position);
    boolean generated = true;
    Map<String, String> own = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> f : node.properties()) {
      String name = f.getKey();
      JsonNode value = f.getValue();
      if (name.equals("text")) {
        continue;
      }
      if (name.equals("id")) {
        if (!value.isTextual()) {
          problem(n, "field \"id\" must be a string, found " + kind(value)
              + "; write the id in double quotes");
          continue;
        }
        id = value.asText();
        generated = false;
        continue;
      }
      readHeader(name, value, line, ARTICLE_DEPTH, own);
    }
    // a generated id is provisional until every input is read (Ids.settle)
    String wrong = generated ? null : ids.claim(id, file + ":" + n);
    if (wrong != null) {
      problem(n, wrong);
    }
    JsonNode text = node.get("text");
    if (text == null) {
      problem(n, "the object has no \"text\" field; give the article body as \"text\"");
      return null;
    }
    if (!text.isTextual()) {
      problem(n, "field \"text\" must be a string, found " + kind(text)
          + "; give the article body as one JSON string");
      return null;
    }
    return body(line, id, generated, own, text.asText());
  }

  /** Builds the article, mapping each body character to its column in the JSON line. */
  private Article body(
      Line line, String id, boolean generated, Map<String, String> own, String value) {
    int quote = textOffset(line.text());
    int[] columns = new int[value.length() + 1];
    String decoded = walk(line.text(), quote, columns);
    if (!decoded.equals(value)) {
      throw new IllegalStateException("json string walk disagrees with the parser on line "
          + line.number());
    }
    // The body means what the same text in a bundle means: CRLF is LF, trailing blank lines go.
    StringBuilder body = new StringBuilder(value.length());
    int[] cols = new int[value.length() + 1];
    int k = 0;
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n') {
        continue;
      }
      cols[k] = i > 0 && value.charAt(i - 1) == '\r' && value.charAt(i) == '\n'
          ? columns[i - 1] : columns[i];
      body.append(value.charAt(i));
      k++;
    }
    cols[k] = columns[value.length()];
    int kept = BodyBuilder.keptLength(body);
    String text = body.substring(0, kept);
    return article(id, generated, own, text,
        new JsonSourceMap(line.number(), Arrays.copyOf(cols, kept + 1)));
  }

  /** The text of the number that field {@code field} holds at {@code depth} on a line. */
  private static String numberText(String line, String field, int depth) {
    try (JsonParser p = JSON.createParser(line)) {
      int at = 0;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t.isStructStart()) {
          at++;
        } else if (t.isStructEnd()) {
          at--;
        } else if (t.isNumeric() && at == depth && field.equals(p.currentName())) {
          return p.getText();
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("json line parsed once but not twice", e);
    }
    throw new IllegalStateException("json line has no number field " + field);
  }

  /** The char offset of the opening quote of the top-level "text" value on a line. */
  private static int textOffset(String line) {
    try (JsonParser p = JSON.createParser(line)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("text")) {
          return (int) p.currentTokenLocation().getCharOffset();
        }
        p.skipChildren();
      }
    } catch (IOException e) {
      throw new IllegalStateException("json line parsed once but not twice", e);
    }
    throw new IllegalStateException("json line has no text field");
  }

  /**
   * Decodes the JSON string whose opening quote is at {@code quote}, filling {@code columns} with
   * the 1-based code point column of each decoded char and the column of the closing quote.
   */
  static String walk(String line, int quote, int[] columns) {
    StringBuilder out = new StringBuilder();
    int col = line.codePointCount(0, quote) + 2;
    int i = quote + 1;
    while (line.charAt(i) != '"') {
      char c = line.charAt(i);
      if (c == '\\') {
        char e = line.charAt(i + 1);
        int width = e == 'u' ? 6 : 2;
        char decoded = e == 'u' ? (char) Integer.parseInt(line.substring(i + 2, i + 6), 16)
            : switch (e) {
              case 'n' -> '\n';
              case 'r' -> '\r';
              case 't' -> '\t';
              case 'b' -> '\b';
              case 'f' -> '\f';
              default -> e; // \" \\ \/
            };
        columns[out.length()] = col;
        out.append(decoded);
        i += width;
        col += width;
      } else if (Character.isHighSurrogate(c) && i + 1 < line.length()
          && Character.isLowSurrogate(line.charAt(i + 1))) {
        columns[out.length()] = col;
        out.append(c);
        columns[out.length()] = col;
        out.append(line.charAt(i + 1));
        i += 2;
        col++;
      } else {
        columns[out.length()] = col;
        out.append(c);
        i++;
        col++;
      }
    }
    columns[out.length()] = col;
    return out.toString();
  }

  private static String kind(JsonNode node) {
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isObject()) {
      return "an object";
    }
    return "null";
  }

  private static String oneLine(String message) {
    String m = message == null ? "" : message.replaceAll("\\s+", " ").strip();
    return withoutInternals(m.isEmpty() ? m : Character.toLowerCase(m.charAt(0)) + m.substring(1));
  }

  /**
   * Jackson's message without the names of its classes and settings, which tell a user nothing:
   * {@code (1000, from `StreamReadConstraints.getMaxNestingDepth()`)} is {@code (1000)}, and a value
   * after the object is said in plain words.
   */
  static String withoutInternals(String m) {
    if (m.startsWith("trailing token")) {
      return "more after the end of the object";
    }
    return m.replaceAll(",\\s*from `[^`]*`", "")
        .replaceAll(":\\s*enable `[^`]*` to allow", "")
        .replaceAll("\\s*\\(bound as `[^`]*`\\)", "");
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
