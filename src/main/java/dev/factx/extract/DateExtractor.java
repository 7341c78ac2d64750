package dev.factx.extract;

import dev.factx.clean.Document;
import java.util.List;

/** Finds date claims in a document. */
public final class DateExtractor implements Extractor<DateClaim> {
  @Override
  public List<DateClaim> extract(Document document) {
    return List.of();
  }
}
