package dev.factx.analysis;

import dev.factx.bundle.Article;
import dev.factx.clean.BoilerplateCleaner;
import dev.factx.clean.CleanedArticle;
import dev.factx.clean.RemovedLine;
import dev.factx.normalize.Normalizer;
import dev.factx.text.Span;
import dev.factx.text.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/**
 * The analysis stage, between cleaning and extraction: turns each cleaned article into a {@link
 * Document} once, and every extractor and matcher reads that document.
 *
 * <p>It normalizes the story text ({@link Normalizer}), cuts it into paragraphs (one a line) and
 * sentences ({@link SentenceSplitter}), finds the quote spans ({@link QuoteMarks}, reading the raw
 * characters under the marks), tokenizes it ({@link Tokenizer}; each token knows its sentence and
 * whether it is quoted) and finds the name mentions ({@link NameGrammar}). Who the names are is
 * decided for the whole bundle afterwards, by {@link People}.
 */
public final class Analyzer {
  private Analyzer() {}

  /** Cleans and analyzes articles read together (furniture can repeat across them), in order. */
  public static List<Document> analyze(List<Article> articles) {
    // one article's document depends on that article alone: analyze them in parallel, in order;
    // their token texts are kept once for all of them
    Forms forms = new Forms();
    return BoilerplateCleaner.clean(articles).parallelStream().map(new Analysis(forms)).toList();
  }

  /**
   * Analyzes a cleaned article, its token texts kept in {@code forms}. Classes rather than
   * lambdas, here and in {@link RawChar}: a lambda's call site is linked at its first run, a cost
   * paid at every start.
   */
  private record Analysis(Forms forms) implements Function<CleanedArticle, Document> {
    @Override
    public Document apply(CleanedArticle c) {
      return analyze(c.article(), c.storyText(), c.removed(), forms);
    }
  }

  /** The raw character under each character of a normalized text. */
  private record RawChar(String raw, Text text) implements IntUnaryOperator {
    @Override
    public int applyAsInt(int i) {
      return raw.charAt(text.toSource().sourceStart(i));
    }
  }

  /** Cleans and analyzes one article read on its own. */
  public static Document analyze(Article article) {
    return analyze(BoilerplateCleaner.clean(article));
  }

  /** Analyzes a cleaned article. */
  public static Document analyze(CleanedArticle cleaned) {
    return analyze(cleaned.article(), cleaned.storyText(), cleaned.removed());
  }

  /**
   * Analyzes a story text of an article.
   *
   * @param article the article
   * @param story the story text, with its map to the raw body
   * @param removed the furniture lines left out of it
   */
  public static Document analyze(Article article, Text story, List<RemovedLine> removed) {
    return analyze(article, story, removed, new Forms());
  }

  private static Document analyze(Article article, Text story, List<RemovedLine> removed,
      Forms forms) {
    Text text = Normalizer.normalize(story);
    String t = text.value();
    List<Span> paragraphs = paragraphs(t);
    List<Span> sentences = new ArrayList<>();
    for (Span p : paragraphs) {
      sentences.addAll(SentenceSplitter.split(t, p));
    }
    String raw = article.body();
    List<QuoteSpan> quotes = QuoteMarks.find(t, new RawChar(raw, text));
    Tokens tokens = Tokenizer.tokenize(t, forms).withContext(quotes, sentences);
    List<NameMention> names = NameGrammar.find(t, tokens, sentences);
    return new Document(article, text, paragraphs, sentences, tokens, quotes, names, removed);
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
