package dev.factx.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.text.Span;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The source map of a body built line by line keeps the line starts it appended; it must place
 * every span where the map that finds the lines in the body again places it.
 */
class BodyBuilderTest {
  @Property(tries = 300)
  void theKeptLineStartsLocateAsTheBodysOwnLines(@ForAll("lines") List<String> lines,
      @ForAll("shifts") List<Integer> shifts) {
    BodyBuilder builder = new BodyBuilder("f.bundle", "a");
    int[] shift = new int[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      shift[i] = shifts.get(i % shifts.size());
      builder.add(lines.get(i), 7 + i, shift[i]);
    }
    String body = builder.body();
    SourceMap kept = builder.sourceMap(body, 7 + lines.size());
    int bodyLines = (int) body.chars().filter(c -> c == '\n').count() + 1;
    // as the builder passed them before it kept the starts: none for a body of blank lines only
    int[] bodyShifts = new int[bodyLines];
    if (lines.stream().anyMatch(l -> !l.isBlank())) {
      System.arraycopy(shift, 0, bodyShifts, 0, bodyLines);
    }
    SourceMap scanned = new LineSourceMap(body, 7, bodyShifts);
    for (int start = 0; start <= body.length(); start++) {
      for (int end = start; end <= Math.min(body.length(), start + 12); end++) {
        Span span = new Span(start, end);
        assertThat(kept.locate(span)).as("%s in %s", span, body).isEqualTo(scanned.locate(span));
      }
    }
  }

  @Provide
  Arbitrary<List<String>> lines() {
    return Arbitraries.of("", " ", "one", "two words", "\u201cquoted\u201d", "caf\u00e9 \uD83D\uDE00",
        "\t").list().ofMinSize(0).ofMaxSize(8);
  }

  @Provide
  Arbitrary<List<Integer>> shifts() {
    return Arbitraries.integers().between(0, 1).list().ofMinSize(1).ofMaxSize(4);
  }
}
