package dev.factx.clean;

import dev.factx.bundle.Article;
import dev.factx.normalize.Normalizer;
import dev.factx.text.OffsetMap;
import dev.factx.text.Span;
import dev.factx.text.Text;
import java.util.ArrayList;
import java.util.List;

/** Turns articles into documents: furniture out, text normalized, sentences and paragraphs split. */
public final class DocumentBuilder {
  private DocumentBuilder() {}

  /** Builds the documents of articles read together (furniture can repeat across them). */
  public static List<Document> build(List<Article> articles) {
    List<Document> out = new ArrayList<>(articles.size());
    for (Article a : articles) {
      out.add(build(a));
    }
    return out;
  }

  /** Builds the document of one article. */
  public static Document build(Article article) {
    String body = article.body();
    Text text = Normalizer.normalize(new Text(body, OffsetMap.identity(body.length())));
    List<Span> paragraphs = paragraphs(text.value());
    List<Span> sentences = new ArrayList<>();
    for (Span p : paragraphs) {
      sentences.addAll(SentenceSplitter.split(text.value(), p));
    }
    return new Document(article, text, sentences, paragraphs, List.of());
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
