package dev.factx.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LinksTest {
  @Test
  void answersAsAMapOfPairsWould() {
    Random random = new Random(18);
    for (int round = 0; round < 200; round++) {
      int nodes = 1 + random.nextInt(40);
      TreeMap<Long, Double> pairs = new TreeMap<>();
      int wanted = random.nextInt(nodes * 3 + 1);
      for (int i = 0; i < wanted && nodes > 1; i++) {
        int x = random.nextInt(nodes);
        int y = random.nextInt(nodes);
        if (x != y) {
          pairs.put(NodeIndex.pairKey(x, y), random.nextDouble());
        }
      }
      Links links = links(pairs, nodes);
      assertThat(links.size()).isEqualTo(pairs.size());
      for (int x = -1; x <= nodes; x++) {
        List<Integer> partners = new ArrayList<>();
        for (int y = -1; y <= nodes; y++) {
          Double expected = pairs.get(NodeIndex.pairKey(x, y));
          if (x < 0 || y < 0 || x == nodes || y == nodes) {
            expected = null;
          }
          double score = links.score(x, y);
          if (expected == null) {
            assertThat(score).as("%d-%d", x, y).isNaN();
          } else {
            assertThat(score).as("%d-%d", x, y).isEqualTo(expected);
            partners.add(y);
          }
        }
        assertThat(links.of(x)).as("partners of %d", x).isEqualTo(partners);
      }
    }
  }

  @Test
  void refusesAPairOfANodeWithItself() {
    assertThatThrownBy(() -> new Links(new long[] {NodeIndex.pairKey(3, 3)}, new double[] {1}, 4))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void noneHasNoPairs() {
    assertThat(Links.none().size()).isZero();
    assertThat(Links.none().score(0, 1)).isNaN();
    assertThat(Links.none().of(0)).isEmpty();
  }

  private static Links links(TreeMap<Long, Double> pairs, int nodes) {
    long[] keys = new long[pairs.size()];
    double[] scores = new double[pairs.size()];
    int i = 0;
    for (Map.Entry<Long, Double> e : pairs.entrySet()) {
      keys[i] = e.getKey();
      scores[i++] = e.getValue();
    }
    return new Links(keys, scores, nodes);
  }
}
