package dev.factx.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keyed complete linkage gives the groups of plain complete linkage. */
class ClustersTest {
  /** An item: a word (its key), the article it comes from and a day. */
  private record Item(String word, String article, int day) {}

  /** Words go together when they share a first letter and their lengths differ by one at most. */
  private static boolean alike(String a, String b) {
    return a.charAt(0) == b.charAt(0) && Math.abs(a.length() - b.length()) <= 1;
  }

  private static final BiPredicate<Item, Item> TOGETHER =
      (a, b) -> alike(a.word(), b.word()) && (!a.article().equals(b.article()) || a.day() == b.day());

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      # items (word/article/day)                                   | groups
      ship/a/1 shop/b/1 sheep/c/1                                   | ship shop sheep
      ship/a/1 ship/a/2 ship/b/1                                    | ship ship,ship
      ship/a/1 ship/a/2 ship/b/2 ship/b/1                           | ship ship,ship ship
      cat/a/1 cart/b/1 carts/c/1 c/d/1                              | cat cart,carts,c
      dog/a/1 cat/b/1 dig/c/1 cot/a/1                               | dog dig,cat cot
      """)
  void groupsAsPlainCompleteLinkage(String items, String groups) {
    List<Item> list = new ArrayList<>();
    for (String s : items.split(" ")) {
      String[] p = s.split("/");
      list.add(new Item(p[0], p[1], Integer.parseInt(p[2])));
    }
    List<List<Item>> keyed = keyed(list);
    assertThat(keyed).isEqualTo(Oracles.completeLinkage(list, TOGETHER));
    assertThat(blocked(list)).isEqualTo(keyed);
    assertThat(String.join(",", keyed.stream()
            .map(g -> String.join(" ", g.stream().map(Item::word).toList())).toList()))
        .isEqualTo(groups);
  }

  @Test
  void randomItemsGroupAsPlainCompleteLinkage() {
    asPlainCompleteLinkage(5, ClustersTest::keyed, ClustersTest::blocked);
  }

  @Test
  void keysInSeveralBlocksAndKeysThatTryEveryGroupGroupAsPlainCompleteLinkage() {
    // every word is filed under its shape and its length; one letter tries every group
    asPlainCompleteLinkage(11, list -> Clusters.byBlocks(list, Item::word, ClustersTest::alike,
        Item::article, (a, b) -> a.day() == b.day(),
        w -> List.of(w.charAt(0) + ":" + w.length(), "length " + w.length()),
        w -> w.length() == 1 ? null : List.of(w.charAt(0) + ":" + (w.length() - 1),
            w.charAt(0) + ":" + w.length(), w.charAt(0) + ":" + (w.length() + 1)), null));
  }

  @Test
  void keysTestedAsOneKinGroupAsPlainCompleteLinkage() {
    // alike reads only a word's first letter and length: one word of a kin tells for all of
    // them; here only for words of more than two letters (the others test each word)
    asPlainCompleteLinkage(17, list -> Clusters.byBlocks(list, Item::word, ClustersTest::alike,
        Item::article, (a, b) -> a.day() == b.day(), null, null,
        new Clusters.Kin<String>(w -> w.charAt(0) + ":" + w.length(), (a, k) -> a.length() > 2)));
  }

  /** Fifty rounds of random items: each grouping gives plain complete linkage's groups. */
  @SafeVarargs
  private static void asPlainCompleteLinkage(long seed,
      Function<List<Item>, List<List<Item>>>... groupings) {
    Random random = new Random(seed);
    for (int round = 0; round < 50; round++) {
      List<Item> list = randomItems(random);
      List<List<Item>> expected = Oracles.completeLinkage(list, TOGETHER);
      for (Function<List<Item>, List<List<Item>>> grouping : groupings) {
        assertThat(grouping.apply(list)).isEqualTo(expected);
      }
    }
  }

  /** Sixty items of words alike and not, of eight articles and three days. */
  private static List<Item> randomItems(Random random) {
    String[] words = {"ship", "shop", "sheep", "shape", "cat", "cart", "carts", "c", "s", "cot"};
    List<Item> list = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      list.add(new Item(words[random.nextInt(words.length)], "a" + random.nextInt(8),
          random.nextInt(3)));
    }
    return list;
  }

  /** Keyed, trying only groups whose words share a first letter and nearly a length. */
  private static List<List<Item>> blocked(List<Item> list) {
    return Clusters.byBlocks(list, Item::word, ClustersTest::alike, Item::article,
        (a, b) -> a.day() == b.day(), w -> List.of(w.charAt(0) + ":" + w.length()),
        w -> List.of(w.charAt(0) + ":" + (w.length() - 1), w.charAt(0) + ":" + w.length(),
            w.charAt(0) + ":" + (w.length() + 1)), null);
  }

  private static List<List<Item>> keyed(List<Item> list) {
    return Clusters.byKey(list, Item::word, ClustersTest::alike, Item::article,
        (a, b) -> a.day() == b.day());
  }
}
