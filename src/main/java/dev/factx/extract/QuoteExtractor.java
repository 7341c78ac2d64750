package dev.factx.extract;

import dev.factx.clean.Document;
import java.util.List;

/** Finds quote claims in a document. */
public final class QuoteExtractor implements Extractor<Quote> {
  @Override
  public List<Quote> extract(Document document) {
    return List.of();
  }
}
