package dev.factx.verify;

import dev.factx.bundle.Article;
import dev.factx.bundle.LineSourceMap;
import dev.factx.bundle.Location;
import dev.factx.text.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Articles for verify tests: seed articles of the test bundle, and bodies written in a test. */
final class Articles {
  static final Path SEEDS = Path.of("testdata", "kursk-2024-12-16.bundle");

  private Articles() {}

  /** An article whose body starts on line 1 of {@code file}. */
  static Article of(String id, String file, String body) {
    return new Article(id, false, Map.of("date", "2024-12-17"), Map.of(), body, file,
        new LineSourceMap(body, 1, null));
  }

  /** The body of a seed article, as the bundle holds it (its header block skipped). */
  static String seed(String id) {
    List<String> lines;
    try {
      lines = Files.readAllLines(SEEDS, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int i = lines.indexOf("=== " + id) + 1;
    if (i == 0) {
      throw new IllegalArgumentException("no seed article " + id);
    }
    while (!lines.get(i).isEmpty()) {
      i++; // headers
    }
    List<String> body = new ArrayList<>();
    for (i++; i < lines.size() && !lines.get(i).startsWith("==="); i++) {
      body.add(lines.get(i));
    }
    while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) {
      body.remove(body.size() - 1);
    }
    return String.join("\n", body);
  }

  /** Where {@code needle} stands in a body that starts on line 1. */
  static Location locate(String body, String needle) {
    int at = body.indexOf(needle);
    if (at < 0) {
      throw new IllegalArgumentException("not in the body: " + needle);
    }
    return new LineSourceMap(body, 1, null).locate(new Span(at, at + needle.length()));
  }

  /** The body with its one occurrence of {@code find} replaced. */
  static String replaceOnce(String body, String find, String replace) {
    int at = body.indexOf(find);
    if (at < 0 || body.indexOf(find, at + 1) >= 0) {
      throw new IllegalArgumentException("not found exactly once: " + find);
    }
    return body.substring(0, at) + replace + body.substring(at + find.length());
  }

  /** Wraps every paragraph's lines at about {@code width} columns, as a reprint might reflow them. */
  static String reflow(String body, int width) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : body.split("\n\n", -1)) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      int column = 0;
      for (String word : paragraph.replace('\n', ' ').split(" ")) {
        if (column > 0 && column + word.length() >= width) {
          out.append('\n');
          column = 0;
        } else if (column > 0) {
          out.append(' ');
          column++;
        }
        out.append(word);
        column += word.length();
      }
    }
    return out.toString();
  }

  /** Swaps straight quotes for curly ones and curly ones for straight, as a reprint's CMS might. */
  static String swapQuotes(String body) {
    StringBuilder out = new StringBuilder(body.length());
    boolean open = true;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '"') {
        out.append(open ? '\u201C' : '\u201D');
        open = !open;
      } else if (c == '\u201C' || c == '\u201D') {
        out.append('"');
      } else if (c == '\u2019') {
        out.append('\'');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Swaps paragraphs {@code a} and {@code b} (0-based), when the body has that many. */
  static String swapParagraphs(String body, int a, int b) {
    List<String> ps = new ArrayList<>(List.of(body.split("\n\n")));
    if (Math.max(a, b) >= ps.size()) {
      return body;
    }
    String t = ps.get(a);
    ps.set(a, ps.get(b));
    ps.set(b, t);
    return String.join("\n\n", ps);
  }

  /** Inserts an advertising line as its own paragraph before paragraph {@code at}. */
  static String insertAd(String body, int at, String ad) {
    List<String> ps = new ArrayList<>(List.of(body.split("\n\n")));
    ps.add(Math.min(at, ps.size()), ad);
    return String.join("\n\n", ps);
  }

  /** Drops the paragraph that contains {@code needle}. */
  static String dropParagraph(String body, String needle) {
    List<String> ps = new ArrayList<>(List.of(body.split("\n\n")));
    if (!ps.removeIf(p -> p.contains(needle))) {
      throw new IllegalArgumentException("no paragraph holds " + needle);
    }
    return String.join("\n\n", ps);
  }
}
