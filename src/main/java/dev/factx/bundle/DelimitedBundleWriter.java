package dev.factx.bundle;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes the canonical delimited bundle: the version line, the bundle headers, a blank line, then
 * each article as {@code === id} (bare {@code ===} for a generated id), its headers, a blank line
 * and its body; lines end with LF, but a body line that ends in CR ends with CRLF so that its CR
 * reads back. Reading this output and writing it again gives the same bytes.
 */
public final class DelimitedBundleWriter implements ArticleWriter {
  private final Writer out;
  private Map<String, String> headers = Map.of();

  public DelimitedBundleWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void begin(Map<String, String> headers) throws IOException {
    this.headers = Map.copyOf(headers);
    out.write(DelimitedBundleReader.VERSION_LINE + "\n");
    writeHeaders(headers);
    out.write('\n');
  }

  @Override
  public void write(Article article) throws IOException {
    // A generated id is left out: written, it would read back as an explicit id.
    out.write(article.generatedId() ? "===\n" : "=== " + article.id() + "\n");
    writeHeaders(ArticleWriter.headersToWrite(article, headers));
    if (article.body().isEmpty()) {
      return;
    }
    out.write('\n');
    String body = article.body();
    int start = 0;
    while (start <= body.length()) {
      int end = body.indexOf('\n', start);
      if (end < 0) {
        end = body.length();
      }
      String line = body.substring(start, end);
      if (line.startsWith("===") || DelimitedBundleReader.isEscaped(line)) {
        out.write('\\');
      }
      out.write(line);
      // a CR at the end of a line would read back as half of a CRLF line end and be lost;
      // written with a CRLF line end of its own, it reads back as itself
      out.write(line.endsWith("\r") ? "\r\n" : "\n");
      start = end + 1;
    }
  }

  private void writeHeaders(Map<String, String> h) throws IOException {
    for (Map.Entry<String, String> e : h.entrySet()) {
      out.write(e.getValue().isEmpty() ? e.getKey() + ":\n" : e.getKey() + ": " + e.getValue()
          + "\n");
    }
  }
}
