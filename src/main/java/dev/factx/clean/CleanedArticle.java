package dev.factx.clean;

import dev.factx.bundle.Article;
import dev.factx.bundle.Furniture;
import dev.factx.bundle.LineSourceMap;
import dev.factx.text.OffsetMap;
import dev.factx.text.Span;
import dev.factx.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An article with a verdict on every body line: story or furniture, and why.
 *
 * @param article the article as read
 * @param lines every body line in order, blank ones included
 */
public record CleanedArticle(Article article, List<BodyLine> lines) {
  public CleanedArticle {
    Objects.requireNonNull(article, "article");
    lines = List.copyOf(lines);
  }

  /**
   * The furniture, in file order, with line numbers in the input file: the body lines taken for
   * furniture and what the reader already left out of the body (a web page's menus, captions).
   */
  public List<RemovedLine> removed() {
    List<RemovedLine> out = new ArrayList<>();
    List<Furniture> read = article.furniture();
    int r = 0;
    for (BodyLine line : lines) {
      if (!line.kept()) {
        int at = article.sourceMap().locate(line.span()).line();
        for (; r < read.size() && read.get(r).line() <= at; r++) {
          out.add(removed(read.get(r)));
        }
        out.add(new RemovedLine(at, line.reason(), line.span().of(article.body())));
      }
    }
    for (; r < read.size(); r++) {
      out.add(removed(read.get(r)));
    }
    return out;
  }

  private static RemovedLine removed(Furniture f) {
    return new RemovedLine(f.line(), f.reason(), f.text());
  }

  /**
   * The article with {@link #storyBody()} for its body, ids and headers unchanged; its source map
   * counts lines of the new body, for writing it out.
   */
  public Article storyArticle() {
    String body = storyBody();
    return new Article(article.id(), article.generatedId(), article.headers(), article.defaults(),
        body, article.file(), new LineSourceMap(body, 1, null));
  }

  /**
   * The body with the furniture lines left out, story lines as they stand. Where anything was
   * left out between two story lines, one blank line stands instead, so that no two lines that
   * were apart read as one paragraph; no blank line leads or trails.
   */
  public String storyBody() {
    StringBuilder out = new StringBuilder();
    boolean gap = false;
    for (BodyLine line : lines) {
      if (line.blank() || !line.kept()) {
        gap = true;
        continue;
      }
      if (out.length() > 0) {
        out.append(gap ? "\n\n" : "\n");
      }
      out.append(line.span().of(article.body()));
      gap = false;
    }
    return out.toString();
  }

  /**
   * The story text: the kept lines, trimmed, one paragraph a line, paragraphs separated by one
   * blank line, with the map back to the raw body. A soft line end inside a hard-wrapped paragraph
   * reads as a space; two lines never join when anything stood between them.
   */
  public Text storyText() {
    String body = article.body();
    StringBuilder out = new StringBuilder(body.length());
    OffsetMap.Builder map = new OffsetMap.Builder();
    int paragraph = -1;
    int previousEnd = -1; // raw end of the previous kept line's content
    for (BodyLine line : lines) {
      if (line.blank() || !line.kept()) {
        continue;
      }
      Span content = trim(body, line.span());
      if (previousEnd >= 0) {
        // a soft line end inside a paragraph reads as a space; between paragraphs a blank line
        int nl = body.indexOf('\n', previousEnd);
        if (line.paragraph() == paragraph) {
          out.append(' ');
          map.add(previousEnd, content.start());
        } else {
          out.append("\n\n");
          map.add(previousEnd, nl + 1);
          map.add(body.lastIndexOf('\n', content.start()), content.start());
        }
      }
      out.append(body, content.start(), content.end());
      map.addCounting(content.start(), content.length());
      paragraph = line.paragraph();
      previousEnd = content.end();
    }
    return new Text(out.toString(), map.build(body.length()));
  }

  private static Span trim(String body, Span span) {
    int s = span.start();
    int e = span.end();
    while (s < e && Character.isWhitespace(body.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
      e--;
    }
    return new Span(s, e);
  }
}
