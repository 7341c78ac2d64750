package dev.factx.robust;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.factx.CrossReferencer;
import dev.factx.Report;
import dev.factx.bundle.Bundle;
import dev.factx.bundle.BundleInputs;
import dev.factx.bundle.InputFormat;
import dev.factx.cli.Main;
import dev.factx.match.Verdict;
import dev.factx.report.ReportFormat;
import dev.factx.report.ReportOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs {@code factx compare} on input files and checks what must hold for any input: a known exit
 * status, clean error lines, no lost article and claims that point at their own text in the file.
 */
final class Invariants {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "factx-fuzz");
    t.setDaemon(true);
    return t;
  });

  private Invariants() {}

  /** What one run printed. */
  record Run(int status, String out, String err) {}

  /** Runs factx with {@code args} in bounded time; a run that takes longer is a failure. */
  static Run run(long timeoutSeconds, String... args) {
    Future<Run> f = RUNNER.submit(() -> {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int status = Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
          new PrintWriter(err));
      return new Run(status, out.toString(), err.toString());
    });
    try {
      return f.get(timeoutSeconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new AssertionError("factx " + String.join(" ", args) + " ran longer than "
          + timeoutSeconds + " s (a hang or a super-linear step)");
    } catch (ExecutionException e) {
      throw new AssertionError("factx threw instead of exiting with a status", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /**
   * Compares the files (bundles or JSON Lines, as one bundle) in JSON, checks every invariant and,
   * if {@code allFormats}, runs the text report through the CLI with every option that changes it
   * and writes the pipeline's report in every other format; returns the JSON run.
   */
  static Run check(List<Path> files, boolean allFormats) throws IOException {
    List<String> args = new ArrayList<>(List.of("compare", "--format", "json"));
    files.forEach(p -> args.add(p.toString()));
    Run json = run(60, args.toArray(String[]::new));
    checkStatus(json, files);
    if (json.status() != 2) {
      checkReport(json.out(), files);
    }
    if (allFormats) {
      args.subList(1, 3).clear();
      args.addAll(1, List.of("--all", "--fail-on", "unique", "--color", "always"));
      Run t = run(60, args.toArray(String[]::new));
      checkStatus(t, files);
      require((t.status() == 2) == (json.status() == 2), "text and json runs exit differently: "
          + t.status() + " and " + json.status() + "; stderr: " + t.err());
      require(t.status() == 2 || !t.out().isEmpty(), "the text report is empty");
      requireSafe(t.out(), "the text report");
      if (json.status() != 2) {
        writeEveryFormat(files);
      }
    }
    return json;
  }

  /** CrossReferencer.run and every report writer, with and without --all, end normally. */
  private static void writeEveryFormat(List<Path> files) throws IOException {
    Bundle bundle = BundleInputs.readAll(files.stream().map(Path::toString).toList(),
        InputFormat.AUTO, new ByteArrayInputStream(new byte[0]), note -> {});
    Report report = CrossReferencer.run(bundle.story(), bundle.articles());
    for (ReportFormat format : ReportFormat.values()) {
      for (boolean all : List.of(false, true)) {
        StringWriter out = new StringWriter();
        format.writer(new ReportOptions(all, all, 20 + (all ? 0 : 80), Verdict.UNIQUE, null))
            .write(report, out);
        require(!out.toString().isEmpty() || format == ReportFormat.github
            || format == ReportFormat.ndjson && report.findings().isEmpty(),
            format + " wrote nothing");
      }
    }
  }

  /** Exit 0, 1 or 2; exit 2 only with error lines that name a file, never a stack trace. */
  static void checkStatus(Run run, List<Path> files) {
    require(run.status() >= 0 && run.status() <= 2, "exit status " + run.status());
    require(!run.err().contains("internal error"), "internal error: " + run.err());
    require(!run.err().contains("\tat ") && !run.err().contains("Exception"),
        "stack trace on stderr: " + run.err());
    // one line per message, shown safe: no control character, no workflow command
    requireSafe(run.err(), "stderr");
    for (String line : run.err().split("\n")) {
      require(!line.startsWith("::"), "a stderr line starts a workflow command: " + line);
    }
    if (run.status() == 2) {
      require(!run.err().isBlank(), "exit 2 with nothing on stderr");
      for (String line : run.err().split("\n")) {
        require(files.stream().anyMatch(p -> line.startsWith(p + ":") || line.startsWith(p + "/")),
            "error line does not start with 'FILE:': " + line);
      }
    } else {
      require(run.err().isEmpty(), "a readable input printed on stderr: " + run.err());
    }
  }

  /** Every article of every file is in the report; every claim points at its own text. */
  static void checkReport(String out, List<Path> files) throws IOException {
    JsonNode report = JSON.readTree(out);
    List<ArticleLines> expected = new ArrayList<>();
    for (Path p : files) {
      expected.addAll(articles(p));
    }
    settleGeneratedIds(expected);
    JsonNode articles = report.get("articles");
    require(articles.size() == expected.size(), "the report has " + articles.size()
        + " articles, the input " + expected.size());
    Map<String, ArticleLines> byId = new HashMap<>();
    for (int i = 0; i < expected.size(); i++) {
      ArticleLines a = expected.get(i);
      require(articles.get(i).get("id").asText().equals(a.id()), "article " + (i + 1) + " is '"
          + articles.get(i).get("id").asText() + "', the input says '" + a.id() + "'");
      require(articles.get(i).get("file").asText().equals(a.file().toString()),
          "article " + a.id() + " names file " + articles.get(i).get("file"));
      byId.put(a.id(), a);
    }
    require(report.get("summary").get("articles").asInt() == expected.size(),
        "summary counts " + report.get("summary").get("articles") + " articles");
    Set<String> claimIds = new HashSet<>();
    for (JsonNode c : report.get("claims")) {
      String id = c.get("id").asText();
      require(claimIds.add(id), "claim id " + id + " is used twice");
      ArticleLines a = byId.get(c.get("article").asText());
      require(a != null, "claim " + id + " names an unknown article");
      require(id.startsWith(a.id() + ":"), "claim id " + id + " is not of its article");
      a.check(id, c.get("line").asInt(), c.get("column").asInt(), c.get("length").asInt(),
          c.get("text").asText());
    }
    Set<String> found = new HashSet<>();
    for (JsonNode f : report.get("findings")) {
      for (JsonNode c : f.get("claims")) {
        require(claimIds.contains(c.asText()), "finding " + f.get("id") + " holds unknown claim "
            + c.asText());
        found.add(c.asText());
      }
    }
    claimIds.removeAll(found);
    require(claimIds.isEmpty(), "claims in no finding: " + claimIds);
  }

  /**
   * Articles without an id (an empty id here) get {@code aN}, N their position, unless some article
   * has {@code aN} as its own id: then the next number above N (and above the last one given) that
   * none has.
   */
  private static void settleGeneratedIds(List<ArticleLines> articles) {
    Set<String> own = new HashSet<>();
    articles.forEach(a -> own.add(a.id()));
    int last = 0;
    for (int i = 0; i < articles.size(); i++) {
      ArticleLines a = articles.get(i);
      if (!a.id().isEmpty()) {
        continue;
      }
      int n = Math.max(i + 1, last + 1);
      while (own.contains("a" + n)) {
        n++;
      }
      last = n;
      articles.set(i, new ArticleLines("a" + n, a.file(), a.lines(), a.from(), a.to(), a.open(),
          a.close()));
    }
  }

  /**
   * The articles of one input file as an independent reading of the format finds them; an article
   * without an id has the empty id.
   */
  static List<ArticleLines> articles(Path file) throws IOException {
    String content = decode(Files.readAllBytes(file));
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    List<String> lines = new ArrayList<>(List.of(content.split("\n", -1)));
    if (content.endsWith("\n")) {
      lines.remove(lines.size() - 1);
    }
    lines.replaceAll(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      // a page is one article named after its file; its claims point anywhere in the page
      return List.of(new ArticleLines(name.substring(0, name.lastIndexOf('.')), file, lines, 0,
          lines.size(), ArticleLines.HTML, ArticleLines.HTML));
    }
    return name.endsWith(".jsonl") || name.endsWith(".ndjson") || startsWithBrace(file)
        ? jsonArticles(file, lines)
        : bundleArticles(file, lines);
  }

  /**
   * Whether the first byte that is not blank or a byte of a BOM is {@code {}: any other name is
   * then read as JSON Lines, as the input-format guess says ("by name, else by the first
   * non-blank character").
   */
  private static boolean startsWithBrace(Path file) throws IOException {
    for (byte b : Files.readAllBytes(file)) {
      int c = b & 0xff;
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != 0xef && c != 0xbb && c != 0xbf) {
        return c == '{';
      }
    }
    return false;
  }

  private static List<ArticleLines> bundleArticles(Path file, List<String> lines) {
    List<ArticleLines> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("===")) {
        continue;
      }
      String id = lines.get(i).substring(3).strip();
      int body = i + 1;
      while (body < lines.size() && !lines.get(body).startsWith("===")
          && !isBlank(lines.get(body))) {
        body++;
      }
      if (body < lines.size() && isBlank(lines.get(body))) {
        body++;
      }
      int end = body;
      while (end < lines.size() && !lines.get(end).startsWith("===")) {
        end++;
      }
      out.add(new ArticleLines(id, file, lines, body, end, -1, -1));
    }
    return out;
  }

  private static List<ArticleLines> jsonArticles(Path file, List<String> lines)
      throws IOException {
    List<ArticleLines> out = new ArrayList<>();
    boolean first = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) { // JSON allows whitespace around a value, so any blank line is skipped
        continue;
      }
      JsonNode node = JSON.readTree(line);
      if (first && node.has("bundle")) {
        first = false;
        continue;
      }
      first = false;
      String id = node.has("id") ? node.get("id").asText() : "";
      // the text value's columns: after its opening quote, up to its closing quote (code points)
      int open = -1;
      int close = -1;
      try (JsonParser p = FACTORY.createParser(line)) {
        int depth = 0;
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          if (t.isStructStart()) {
            depth++;
          } else if (t.isStructEnd()) {
            depth--;
          } else if (t == JsonToken.FIELD_NAME && depth == 1 && p.currentName().equals("text")) {
            p.nextToken();
            int from = (int) p.currentTokenLocation().getCharOffset();
            p.getText();
            p.finishToken();
            int to = (int) p.currentLocation().getCharOffset();
            open = line.codePointCount(0, from) + 2;
            close = line.codePointCount(0, to);
          }
        }
      }
      out.add(new ArticleLines(id, file, lines, i, i + 1, open, close));
    }
    return out;
  }

  /**
   * Where an article's body stands in its file.
   *
   * @param lines the file's lines, line ends removed
   * @param from index of the first body line; {@code to} is one past the last
   * @param open for JSON Lines, the first column inside the text string, {@link #HTML} for a
   *     web page, else -1
   * @param close for JSON Lines, the column of the text string's closing quote, else -1
   */
  record ArticleLines(
      String id, Path file, List<String> lines, int from, int to, int open, int close) {
    /** The mark of a web page, whose claims spell their text once the HTML is decoded. */
    static final int HTML = -2;

    /** The claim's line, column and length lie in the body and spell the claim's text. */
    void check(String claim, int line, int column, int length, String text) throws IOException {
      String where = claim + " at " + file + ":" + line + ":" + column + "+" + length;
      require(line - 1 >= from && line - 1 < to, where + " is outside the body lines " + (from + 1)
          + "-" + to);
      require(column >= 1 && length >= 0, where + " has a bad column or length");
      StringBuilder region = new StringBuilder();
      int l = line - 1;
      String s = lines.get(l);
      int at = offset(s, column - 1, where);
      int left = length;
      while (left > 0) {
        if (at == s.length()) {
          l++;
          require(l < to, where + " runs past the end of the body");
          s = lines.get(l);
          region.append('\n');
          left--; // the line end
          // a body line written as \=== holds one backslash more than the body; it is a
          // character of the file, so a claim that reaches into the line counts it
          at = isEscaped(s) && open == -1 ? 1 : 0;
          if (left > 0) {
            left -= at;
          }
        } else {
          int cp = s.codePointAt(at);
          region.appendCodePoint(cp);
          at += Character.charCount(cp);
          left--;
        }
      }
      if (open == HTML) {
        String decoded = dev.factx.bundle.HtmlText.decode(region.toString());
        require(decoded.equals(dev.factx.bundle.HtmlText.collapse(text)), where + " holds "
            + quote(region) + ", shown as " + quote(decoded) + ", but the claim's text is "
            + quote(text));
      } else if (open > 0) {
        require(column >= open && column + length <= close, where
            + " is not inside the text string (columns " + open + "-" + close + ")");
        String decoded = JSON.readValue("\"" + region + "\"", String.class);
        require(decoded.equals(text), where + " holds " + quote(region) + ", decoded "
            + quote(decoded) + ", but the claim's text is " + quote(text));
      } else {
        require(region.toString().equals(text), where + " holds " + quote(region)
            + " but the claim's text is " + quote(text));
      }
    }
  }

  private static int offset(String s, int codePoints, String where) {
    require(codePoints <= s.codePointCount(0, s.length()), where + " starts past its line's end");
    return s.offsetByCodePoints(0, codePoints);
  }

  /** Blank as the format means it: spaces and tabs only. */
  private static boolean isBlank(String line) {
    return line.chars().allMatch(c -> c == ' ' || c == '\t');
  }

  private static boolean isEscaped(String line) {
    int k = 0;
    while (k < line.length() && line.charAt(k) == '\\') {
      k++;
    }
    return k > 0 && line.startsWith("===", k);
  }

  private static String quote(CharSequence s) {
    String t = s.toString();
    return "'" + (t.length() > 200 ? t.substring(0, 200) + "..." : t) + "'";
  }

  /** Strict UTF-8: a readable input is valid UTF-8. */
  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("factx read an input that is not valid UTF-8", e);
    }
  }
  /**
   * No character a terminal or viewer would obey: C0 controls but tab and line feed, DEL, C1, the
   * bidi embedding, override and isolate controls and the line and paragraph separators; the only
   * escape sequences are factx's own colours.
   */
  static void requireSafe(String out, String what) {
    String plain = out.replaceAll("\u001b\\[[0-9;]*m", "");
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)
          || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
          || c == 0x2028 || c == 0x2029;
      require(!control, what + ": raw U+" + String.format(Locale.ROOT, "%04X", (int) c) + " at "
          + i + " in: " + plain.substring(Math.max(0, i - 40), Math.min(plain.length(), i + 40)));
    }
  }

  static void require(boolean ok, String message) {
    if (!ok) {
      throw new AssertionError(message);
    }
  }
}
