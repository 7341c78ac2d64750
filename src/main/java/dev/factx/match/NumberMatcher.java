package dev.factx.match;

import dev.factx.clean.Document;
import dev.factx.extract.NumericClaim;
import java.util.List;

/** Groups number claims across articles. */
public final class NumberMatcher implements ClaimMatcher<NumericClaim> {
  @Override
  public List<Finding> match(List<NumericClaim> claims, List<Document> documents) {
    return List.of();
  }
}
