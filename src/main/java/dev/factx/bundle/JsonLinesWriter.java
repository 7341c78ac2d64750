package dev.factx.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Writes JSON Lines: a first line {@code {"bundle": {...}}} when there are bundle headers, then one
 * object per article with {@code id} (left out when generated), its headers as string fields in
 * order, and {@code text}.
 */
public final class JsonLinesWriter implements ArticleWriter {
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final Writer out;
  private Map<String, String> headers = Map.of();

  public JsonLinesWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void begin(Map<String, String> headers) throws IOException {
    this.headers = Map.copyOf(headers);
    if (headers.isEmpty()) {
      return;
    }
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeObjectFieldStart("bundle");
      writeFields(g, headers);
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write('\n');
  }

  @Override
  public void write(Article article) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      if (!article.generatedId()) {
        g.writeStringField("id", article.id());
      }
      writeFields(g, ArticleWriter.headersToWrite(article, headers));
      g.writeStringField("text", article.body());
      g.writeEndObject();
    }
    out.write('\n');
  }

  private static void writeFields(JsonGenerator g, Map<String, String> fields) throws IOException {
    for (Map.Entry<String, String> e : fields.entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
  }
}
