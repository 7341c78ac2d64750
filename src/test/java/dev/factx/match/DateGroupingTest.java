package dev.factx.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.analysis.Document;
import dev.factx.extract.DateClaim;
import dev.factx.extract.DateExtractor;
import dev.factx.extract.Docs;
import dev.factx.extract.RoleClaim;
import dev.factx.extract.RoleExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The date matcher's indexed grouping (keys filed by surname, subject words, lemma, context words
 * and months) gives the groups of plain complete linkage, most of all for dates that name nobody.
 */
class DateGroupingTest {
  private static final String[] SUBJECTS = {"The council", "The city council", "The board",
      "The harbour board", "Officials", "The committee", "Council member Ines Varga",
      "Mayor Tomas Reld", "Reld", "Varga", "The union", "Nobody", "Crews", "The agency", "Engineers"};
  private static final String[] VERBS = {"met", "voted on the budget", "approved the plan",
      "said the plan was sound", "told reporters the vote would wait", "rejected the offer",
      "met with the harbour union", "announced the budget vote", "held a meeting on the harbour plan",
      "visited the harbour plant", "began the harbour plan", "launched the harbour plan",
      "started the harbour plan", "started the dock works"};
  private static final String[] DATES = {"on Monday", "on March 3", "on March 4", "last week",
      "earlier this month", "in March", "in February", "in 2024", "in the 1990s", "since 2019",
      "on April 30", "in mid-May", "two weeks ago", "by June", "on Dec. 16, 2023",
      "from 2019 to 2022", "last year", "next week", "on Friday", "in the 2010s",
      "between 2016 and 2021", "in 2019", "in the 2020s", "in early March", "on February 20",
      "on April 2", "on March 30", "on January 28", "on March 14", "on March 15", "three days ago",
      "over the weekend"};

  @Test
  void randomDatedEventsGroupAsPlainCompleteLinkage() {
    int joinedOfNobody = 0;
    for (int seed = 0; seed < 12; seed++) {
      Random random = new Random(seed);
      List<Document> docs = new ArrayList<>();
      for (int a = 0; a < 24; a++) {
        StringBuilder body = new StringBuilder();
        for (int s = 0; s < 5; s++) {
          String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
          body.append(subject).append(' ').append(VERBS[random.nextInt(VERBS.length)])
              .append(' ').append(DATES[random.nextInt(DATES.length)]).append(". ");
        }
        docs.add(Docs.doc("a" + a, "2025-03-" + (10 + random.nextInt(10)), body.toString()));
      }
      List<DateClaim> claims = Docs.extract(new DateExtractor(), docs);
      List<RoleClaim> roles = Docs.extract(new RoleExtractor(), docs);
      List<Finding> indexed = new DateMatcher(roles).match(claims);
      assertThat(indexed).isEqualTo(Oracles.datesComparingAllPairs(roles).match(claims));
      for (Finding f : indexed) {
        List<DateClaim> members = claims.stream().filter(c -> f.claims().contains(c.id())).toList();
        if (members.size() > 1 && members.stream()
            .allMatch(c -> c.event() != null && c.event().participants().isEmpty())) {
          joinedOfNobody++;
        }
      }
    }
    // the bundles hold groups of dates that name nobody, the ones the index must find
    assertThat(joinedOfNobody).isGreaterThan(20);
  }
}
