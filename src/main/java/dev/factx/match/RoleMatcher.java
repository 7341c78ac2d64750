package dev.factx.match;

import dev.factx.clean.Document;
import dev.factx.extract.RoleClaim;
import java.util.List;

/** Groups role claims across articles. */
public final class RoleMatcher implements ClaimMatcher<RoleClaim> {
  @Override
  public List<Finding> match(List<RoleClaim> claims, List<Document> documents) {
    return List.of();
  }
}
