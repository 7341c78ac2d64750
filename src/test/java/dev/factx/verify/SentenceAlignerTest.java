package dev.factx.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.analysis.Analyzer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceAlignerTest {
  private static Alignment align(String original, String reprint) {
    return new SentenceAligner().align(Analyzer.analyze(Articles.of("o", "o", original)),
        Analyzer.analyze(Articles.of("r", "r", reprint)));
  }

  @Test
  void reorderedCutAndInsertedSentencesAlign() {
    // original sentences:  0 Alpha  1 Bravo  2 Charlie  3 Delta
    // reprint sentences:   0 Delta  1 (new)  2 Alpha    3 Charlie, with a word changed
    Alignment al = align(
        "The alpha team crossed the river at dawn. The bravo team waited by the road.\n\n"
            + "The charlie team found 12 boats near the mill. The delta team went home early.",
        "The delta team went home early.\n\nA reader sent us this photograph of the mill.\n\n"
            + "The alpha team crossed the river at dawn. The charlie team found 21 boats near the"
            + "\nmill.");
    assertThat(al.sources()).containsExactly(3, -1, 0, 2);
    assertThat(al.kept()).containsExactly(true, false, true, true);
  }

  @Test
  void aLineBreakInsideASentenceDoesNotSplitIt() {
    assertThat(SentenceAligner.sentences(Analyzer.analyze(Articles.of("o", "o",
        "The delta team\nwent home early. It rained.\n\nNext day the river fell."))))
        .extracting(s -> s.tokens().size()).containsExactly(6, 2, 5);
  }

  private static List<String> keys(Sentence s) {
    return s.tokens().stream().map(dev.factx.analysis.Word::key).toList();
  }

  @Test
  void alignmentTimeGrowsLinearlyWithSentences() {
    // 4,000 distinct sentences, shuffled: an all-pairs aligner would compare 16 million pairs
    Random random = new Random(7);
    String[] words = "river boat mill road storm harbour council bridge mayor police ferry"
        .split(" ");
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < 4000; i++) {
      StringBuilder s = new StringBuilder("Report " + i);
      for (int w = 0; w < 10; w++) {
        s.append(' ').append(words[random.nextInt(words.length)]);
      }
      sentences.add(s.append('.').toString());
    }
    String original = String.join("\n\n", sentences);
    Collections.shuffle(sentences, random);
    String reprint = String.join("\n\n", sentences);
    long start = System.nanoTime();
    Alignment al = align(original, reprint);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(al.sources()).doesNotContain(-1);
    for (int j = 0; j < al.reprint().size(); j++) {
      assertThat(keys(al.sourceOf(j))).isEqualTo(keys(al.reprint().get(j)));
    }
    assertThat(millis).isLessThan(5000);
  }
}
