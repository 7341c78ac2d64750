package dev.factx.extract;

import dev.factx.clean.Document;
import java.util.List;

/**
 * Finds claims of one kind in a document.
 *
 * @param <C> the kind of claim
 */
public interface Extractor<C extends Claim> {
  /** The claims in text order, numbered per article ({@code ARTICLE:q1}, {@code ARTICLE:q2}, ...). */
  List<C> extract(Document document);
}
