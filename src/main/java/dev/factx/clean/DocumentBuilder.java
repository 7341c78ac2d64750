package dev.factx.clean;

import dev.factx.bundle.Article;
import dev.factx.normalize.Normalizer;
import dev.factx.text.OffsetMap;
import dev.factx.text.Span;
import dev.factx.text.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns articles into documents: furniture out, text normalized, sentences and paragraphs split.
 *
 * <p>The document text holds one paragraph a line, paragraphs separated by a blank line. A
 * paragraph is a story line of the body, or the lines of a hard-wrapped paragraph joined by
 * spaces; two story lines never join when anything (a line end, a blank line, a furniture line)
 * stood between them, so no sentence runs across a removed line. Offsets lead back to the raw
 * body through {@code normalize.andThen(clean)}.
 */
public final class DocumentBuilder {
  private DocumentBuilder() {}

  /** Builds the documents of articles read together (furniture can repeat across them). */
  public static List<Document> build(List<Article> articles) {
    // one article's document depends on that article alone: build them in parallel, in order
    return BoilerplateCleaner.clean(articles).parallelStream()
        .map(DocumentBuilder::build)
        .toList();
  }

  /** Builds the document of one article read on its own. */
  public static Document build(Article article) {
    return build(BoilerplateCleaner.clean(article));
  }

  /** Builds the document of a cleaned article. */
  public static Document build(CleanedArticle cleaned) {
    Article article = cleaned.article();
    Text story = storyText(article.body(), cleaned.lines());
    Text text = Normalizer.normalize(story);
    List<Span> paragraphs = paragraphs(text.value());
    List<Span> sentences = new ArrayList<>();
    for (Span p : paragraphs) {
      sentences.addAll(SentenceSplitter.split(text.value(), p));
    }
    return new Document(article, text, sentences, paragraphs, cleaned.removed());
  }

  /** The kept lines, trimmed, one paragraph a line, with the map back to the raw body. */
  static Text storyText(String body, List<BodyLine> lines) {
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
      for (int i = content.start(); i < content.end(); i++) {
        out.append(body.charAt(i));
        map.add(i, i + 1);
      }
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

  /** Paragraphs: runs of non-blank lines. */
  static List<Span> paragraphs(String s) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && (s.charAt(i) == '\n' || s.charAt(i) == ' ')) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      int end = s.indexOf("\n\n", i);
      if (end < 0) {
        end = n;
      }
      int e = end;
      while (e > start && Character.isWhitespace(s.charAt(e - 1))) {
        e--;
      }
      out.add(new Span(start, e));
      i = end;
    }
    return out;
  }
}
