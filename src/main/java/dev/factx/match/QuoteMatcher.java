package dev.factx.match;

import dev.factx.clean.Document;
import dev.factx.extract.Quote;
import java.util.List;

/** Groups quote claims across articles. */
public final class QuoteMatcher implements ClaimMatcher<Quote> {
  @Override
  public List<Finding> match(List<Quote> claims, List<Document> documents) {
    return List.of();
  }
}
