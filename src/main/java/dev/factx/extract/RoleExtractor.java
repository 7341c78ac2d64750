package dev.factx.extract;

import dev.factx.clean.Document;
import java.util.List;

/** Finds role claims in a document. */
public final class RoleExtractor implements Extractor<RoleClaim> {
  @Override
  public List<RoleClaim> extract(Document document) {
    return List.of();
  }
}
