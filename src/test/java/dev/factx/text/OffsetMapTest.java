package dev.factx.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factx.normalize.Normalizer;
import org.junit.jupiter.api.Test;

class OffsetMapTest {
  @Test
  void composedMapsLeadBackToTheRawText() {
    //  raw:        He said “we  win…” today
    //  normalized: He said "we win..." today
    String raw = "He said \u201cwe  win\u2026\u201d today";
    Text norm = Normalizer.normalize(raw);
    assertThat(norm.value()).isEqualTo("He said \"we win...\" today");
    int start = norm.value().indexOf("we");
    int end = norm.value().indexOf("...") + 3;
    Span source = norm.sourceSpan(new Span(start, end));
    assertThat(source.of(raw)).isEqualTo("we  win\u2026");
  }

  @Test
  void identityComposedWithAMapIsThatMap() {
    Text norm = Normalizer.normalize("a\u00a0\u00a0b");
    OffsetMap composed = norm.toSource().andThen(OffsetMap.identity(4));
    assertThat(composed.toSource(new Span(0, 3))).isEqualTo(new Span(0, 4));
  }
}
