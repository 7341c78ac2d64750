package dev.factx.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.bundle.Article;
import dev.factx.bundle.Location;
import dev.factx.clean.Pages;
import dev.factx.clean.RemovedLine;
import dev.factx.normalize.Normalizer;
import dev.factx.text.Span;
import java.nio.file.Files;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AnalyzerTest {
  static final java.nio.file.Path SEED_FILE = java.nio.file.Path.of("testdata/kursk-2024-12-16.bundle");

  private static final List<Document> SEED = seed();

  private static List<Document> seed() {
    return Analyzer.analyze(Pages.readBundle(SEED_FILE));
  }

  @Test
  void textIsTheNormalizedStoryOneParagraphALine() {
    Article a = Pages.article("a", null, """
        Menu

        \u201cWe will win,\u201d he said\u00a0\u00a0on Monday.
        Photo: Jan Novak
        The talks \u2014 the third \u2014 ended.
        Share this""");
    Document d = Analyzer.analyze(a);
    assertThat(d.text().value())
        .isEqualTo("\"We will win,\" he said on Monday.\n\nThe talks - the third - ended.");
    assertThat(d.paragraphs()).extracting(p -> p.of(d.text().value())).containsExactly(
        "\"We will win,\" he said on Monday.", "The talks - the third - ended.");
    assertThat(d.removed()).extracting(RemovedLine::line, RemovedLine::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, "navigation"),
        org.assertj.core.groups.Tuple.tuple(4, "credit"),
        org.assertj.core.groups.Tuple.tuple(6, "share widget"));
    // the sentence maps back to the raw characters, curly quotes and double space included
    Span said = d.sentences().get(0);
    assertThat(d.sourceText(said)).isEqualTo("\u201cWe will win,\u201d he said\u00a0\u00a0on Monday.");
  }

  @Test
  void noSentenceRunsAcrossARemovedLine() {
    //  "Officials said the" and "the talks failed." are apart: a removed line stood between
    Article a = Pages.article("a", null, "Officials met on Monday and said the\nFollow us on X\n"
        + "the talks failed after six hours.");
    Document d = Analyzer.analyze(a);
    assertThat(d.sentences()).extracting(s -> s.of(d.text().value())).containsExactly(
        "Officials met on Monday and said the", "the talks failed after six hours.");
  }

  @Test
  void seedSentencesSurviveAbbreviationsAndPointAtTheirFileLines() {
    Document kyiv = SEED.get(3);
    String first = kyiv.sentences().get(0).of(kyiv.text().value());
    assertThat(first).isEqualTo("North Korean soldiers fighting alongside Russian forces in Kursk"
        + " Oblast are already \"legitimate targets\" for the Ukrainian military, U.S. State"
        + " Department Spokesperson Matthew Miller said on Dec. 16.");
    Location at = kyiv.article().sourceMap().locate(kyiv.sourceSpan(kyiv.sentences().get(0)));
    assertThat(at).isEqualTo(new Location(91, 1, first.length()));
    assertThat(SEED).extracting(d -> d.removed().size()).containsExactly(0, 1, 0, 44, 46);
  }

  /** Random spans of a document's text point at the same characters in the body and the file. */
  @Property(tries = 400)
  void spansMapToTheSameCharactersInBodyAndFile(@ForAll("spans") int[] pick) throws Exception {
    Document d = SEED.get(pick[0]);
    String text = d.text().value();
    // a span within one paragraph: across paragraphs it would also cover the removed lines
    Span paragraph = d.paragraphs().get(pick[1] % d.paragraphs().size());
    int start = paragraph.start() + pick[2] % paragraph.length();
    int end = Math.min(paragraph.end(), start + 1 + pick[3]);
    Span span = new Span(start, end);
    Span raw = d.sourceSpan(span);
    String body = d.article().body();
    assertThat(Normalizer.normalize(raw.of(body)).value().replaceAll("\\s+", " ").strip())
        .isEqualTo(span.of(text).replaceAll("\\s+", " ").strip());
    // and through the source map, the same characters stand in the file
    Location at = d.article().sourceMap().locate(raw);
    List<String> file = Files.readAllLines(SEED_FILE);
    String line = file.get(at.line() - 1);
    int from = line.offsetByCodePoints(0, at.column() - 1);
    String fromFile = String.join("\n", file).substring(
        String.join("\n", file.subList(0, at.line() - 1)).length() + (at.line() > 1 ? 1 : 0) + from)
        .codePoints().limit(at.length()).collect(StringBuilder::new,
            StringBuilder::appendCodePoint, StringBuilder::append).toString();
    assertThat(fromFile).isEqualTo(raw.of(body));
  }

  @Provide
  Arbitrary<int[]> spans() {
    return Combinators.combine(Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 100_000),
            Arbitraries.integers().between(0, 300))
        .as((a, p, s, l) -> new int[] {a, p, s, l});
  }

  @Property(tries = 100)
  void documentTextIsAlreadyNormal(@ForAll("spans") int[] pick) {
    String text = SEED.get(pick[0]).text().value();
    assertThat(Normalizer.normalize(text).value()).isEqualTo(text);
  }
}
