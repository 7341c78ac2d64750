package dev.factx.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.analysis.Analyzer;
import dev.factx.analysis.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SharedStringsTest {
  private static final List<Document> SEED = Analyzer.analyze(SeedArticles.read());

  private static List<Claim> seedClaims() {
    List<Claim> all = new ArrayList<>();
    all.addAll(Docs.extract(new QuoteExtractor(), SEED));
    all.addAll(Docs.extract(new NumberExtractor(), SEED));
    all.addAll(Docs.extract(new DateExtractor(), SEED));
    all.addAll(Docs.extract(new RoleExtractor(), SEED));
    return all;
  }

  @Test
  void everyClaimComesBackEqualInOrder() {
    List<Claim> claims = seedClaims();
    assertThat(claims).hasSizeGreaterThan(40);
    List<Claim> shared = new SharedStrings().all(claims);
    assertThat(shared).isEqualTo(claims);
    for (int i = 0; i < claims.size(); i++) {
      // records' equals, and what reports show of them, field by field
      assertThat(shared.get(i).toString()).isEqualTo(claims.get(i).toString());
    }
  }

  @Test
  void equalStringsOfDifferentClaimsAreOneString() {
    List<Claim> shared = new SharedStrings().all(seedClaims());
    Map<String, String> first = new HashMap<>();
    int repeated = 0;
    for (Claim c : shared) {
      List<String> strings = new ArrayList<>(List.of(c.text()));
      if (c instanceof Quote q && q.speaker() != null) {
        strings.add(q.speaker());
        strings.addAll(q.passage().words());
      }
      if (c instanceof DateClaim d && d.event() != null) {
        strings.add(d.event().verb());
        strings.addAll(d.event().context());
      }
      if (c instanceof RoleClaim r) {
        strings.add(r.person());
        strings.add(r.role());
      }
      for (String s : strings) {
        String f = first.putIfAbsent(s, s);
        if (f != null) {
          repeated++;
          assertThat(s).as("'%s' of %s", s, c.id()).isSameAs(f);
        }
      }
    }
    // the seed's outlets repeat speakers, quoted words and verbs: the check above is not empty
    assertThat(repeated).isGreaterThan(100);
  }

  @Test
  void theFirstOfEqualStringsIsKept() {
    SharedStrings shared = new SharedStrings();
    String a = new String("said");
    String b = new String("said");
    assertThat(shared.s(a)).isSameAs(a);
    assertThat(shared.s(b)).isSameAs(a);
    assertThat(shared.s(null)).isNull();
  }
}
