package dev.factx.extract;

import dev.factx.analysis.Document;
import dev.factx.analysis.People;
import java.util.List;

/**
 * Finds claims of one kind in a document.
 *
 * @param <C> the kind of claim
 */
public interface Extractor<C extends Claim> {
  /**
   * The claims in text order, numbered per article ({@code ARTICLE:q1}, {@code ARTICLE:q2}, ...).
   *
   * @param document the analyzed article
   * @param people the bundle's people, through which every name resolves
   */
  List<C> extract(Document document, People people);
}
