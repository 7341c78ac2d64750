package dev.factx.extract;

import net.jqwik.api.Arbitrary;

/** Generated texts for tests: words with a gap after each, both drawn at random. */
final class Joined {
  private Joined() {}

  /** One to {@code most} words, each followed by a gap. */
  static Arbitrary<String> texts(Arbitrary<String> words, Arbitrary<String> gaps, int most) {
    return words
        .list()
        .ofMinSize(1)
        .ofMaxSize(most)
        .flatMap(
            ws ->
                gaps.list()
                    .ofSize(ws.size())
                    .map(
                        gs -> {
                          StringBuilder b = new StringBuilder();
                          for (int i = 0; i < ws.size(); i++) {
                            b.append(ws.get(i)).append(gs.get(i));
                          }
                          return b.toString();
                        }));
  }
}
