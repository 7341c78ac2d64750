package dev.factx.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.bundle.Article;
import dev.factx.bundle.Location;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReprintVerifierTest {
  /** Edits that leave every claim alone: what reprints do to layout. */
  private static final UnaryOperator<String> FAITHFUL_NOISE = body -> {
    String b = Articles.swapParagraphs(body, 1, 2);
    b = Articles.insertAd(b, 3, "Advertisement");
    b = Articles.insertAd(b, 1, "Subscribe to our newsletter for the latest news");
    b = Articles.swapQuotes(b);
    return Articles.reflow(b, 64);
  };

  private static List<Change> verify(String id, String reprintBody, boolean strict) {
    Article original = Articles.of(id, Articles.SEEDS.toString(), Articles.seed(id));
    Article reprint = Articles.of("reprint", "reprint.txt", reprintBody);
    return new ReprintVerifier(strict).verify(null, List.of(original), List.of(reprint))
        .checks().get(0).changes();
  }

  private static String describe(List<Change> changes, String body) {
    return changes.stream().map(c -> {
      Location l = Articles.locate(body, body.substring(c.at().start(), Math.max(c.at().start(),
          c.at().end())));
      return l.line() + ":" + l.column() + ": " + ChangeText.message(c);
    }).collect(Collectors.joining("\n"));
  }

  @ParameterizedTest(name = "{0} is caught: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # seed article  | what the mutation does     | find                                 | replace                                   | where in the reprint (any of) | what is reported (any of)
      # a figure
      pravda           | figure changed             | at least 30 soldiers                 | at least 40 soldiers                      | 40                            | figure changed
      outlet-b         | figure changed             | up to 250 casualties                 | up to 520 casualties                      | 520                           | figure changed
      # a word inside a quote
      pravda           | quote word changed         | combatants and are legitimate        | combatants and are lawful                 | They entered                  | quote changed
      outlet-b         | quote word cut             | yet another escalation               | another escalation                        | If they were                  | quote changed
      # the speaker of a quote
      pravda           | speaker swapped            | Quote from Matthew Miller: "They     | Quote from Pat Ryder: "They               | Pat;They entered              | speaker changed;name changed;role changed
      # a date
      kyiv-independent | date shifted               | said on Dec. 16 that at least        | said on Dec. 15 that at least             | 15                            | date changed
      outlet-b         | date shifted               | on 14 December 2024                  | on 15 December 2024                       | 15 December                   | date changed
      # a paragraph that carried claims, cut
      pravda           | claim paragraph cut        | Defence Intelligence of Ukraine reported that North Korean units had lost at least 30 soldiers killed or wounded. |  | Pentagon spokesperson | sentence with claims cut
      # a quote the original does not have
      pravda           | quote added                | He also stressed                     | Quote from Matthew Miller: "We will not stop here." He also stressed | We will not                   | quote added
      """)
  void mutationIsCaughtThroughLayoutNoise(String id, String mutation, String find, String replace,
      String where, String what) {
    String body = Articles.seed(id);
    String mutated = Articles.replaceOnce(body, find, replace == null ? "" : replace);
    for (boolean noisy : new boolean[] {false, true}) {
      String reprint = noisy ? FAITHFUL_NOISE.apply(mutated) : mutated;
      List<Change> changes = verify(id, reprint, false);
      List<String> whats = Arrays.asList(what.split(";"));
      List<Location> wheres = Arrays.stream(where.split(";"))
          .map(w -> Articles.locate(reprint, w)).toList();
      assertThat(changes).as("%s (noise %s):%n%s", mutation, noisy, describe(changes, reprint))
          .isNotEmpty()
          .allSatisfy(c -> {
            Location at = new dev.factx.bundle.LineSourceMap(reprint, 1, null).locate(c.at());
            assertThat(whats).contains(c.what());
            assertThat(wheres).anySatisfy(w -> {
              assertThat(at.line()).isEqualTo(w.line());
              assertThat(at.column()).isEqualTo(w.column());
            });
          });
    }
  }

  @ParameterizedTest(name = "a faithful reprint of {0} passes")
  @ValueSource(strings = {"pravda", "outlet-b", "outlet-c", "kyiv-independent", "devdiscourse"})
  void faithfulReprintPasses(String id) {
    String reprint = FAITHFUL_NOISE.apply(Articles.seed(id));
    List<Change> changes = verify(id, reprint, false);
    assertThat(changes).as(describe(changes, reprint)).isEmpty();
  }

  @ParameterizedTest(name = "cutting a paragraph without claims from {0} passes, and fails with --strict")
  @CsvSource(delimiter = '|', textBlock = """
      pravda   | Background:
      outlet-b | Recent footage and photos released by Ukrainian forces
      """)
  void claimlessCutIsFineUnlessStrict(String id, String paragraph) {
    String reprint = Articles.dropParagraph(Articles.seed(id), paragraph);
    assertThat(verify(id, reprint, false)).isEmpty();
    assertThat(verify(id, reprint, true)).singleElement().satisfies(c -> {
      assertThat(c.what()).isEqualTo("sentence cut");
      assertThat(c.onClaim()).isFalse();
      assertThat(c.original()).startsWith(paragraph);
    });
  }

  @org.junit.jupiter.api.Test
  void cutReportedSpeechIsACutClaim() {
    String reprint = Articles.dropParagraph(Articles.seed("pravda"), "He also stressed that");
    assertThat(verify("pravda", reprint, false)).singleElement().satisfies(c -> {
      assertThat(c.what()).isEqualTo("sentence with claims cut");
      assertThat(c.at().start()).isEqualTo(reprint.indexOf("Miller added that"));
    });
  }
}
