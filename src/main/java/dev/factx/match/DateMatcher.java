package dev.factx.match;

import dev.factx.clean.Document;
import dev.factx.extract.DateClaim;
import java.util.List;

/** Groups date claims across articles. */
public final class DateMatcher implements ClaimMatcher<DateClaim> {
  @Override
  public List<Finding> match(List<DateClaim> claims, List<Document> documents) {
    return List.of();
  }
}
