package dev.factx.extract;

import dev.factx.analysis.Document;
import dev.factx.analysis.People;
import dev.factx.text.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds date claims in a document: each date expression of its text ({@link DateExpressions}),
 * resolved against the article's date, with the event it dates ({@link DateEvents}).
 *
 * <p>An expression that counts from the event told before it ("the same day that ...", "the day
 * before") takes the date of the last resolved date claim before it in the document, and stays
 * unresolved when there is none. The anchor is recorded for every claim that needed it: relative
 * ones and dates without a year.
 */
public final class DateExtractor implements Extractor<DateClaim> {
  @Override
  public List<DateClaim> extract(Document document, People people) {
    String text = document.text().value();
    LocalDate anchor = document.article().anchorDate().orElse(null);
    List<DateClaim> out = new ArrayList<>();
    DateClaim previous = null;
    for (DateMention m : DateExpressions.find(text, anchor)) {
      Span sentence = sentenceOf(document, m.span());
      LocalDate used = m.relative() || !m.span().of(text).matches(".*\\d{4}.*") ? anchor : null;
      if (m.fromPrevious()) {
        used = previous == null ? null : previous.low();
        m = previous == null ? m : m.resolve(previous.low(), previous.high());
      }
      Span source = document.sourceSpan(m.span());
      DateClaim claim =
          new DateClaim(
              document.article().id() + ":d" + (out.size() + 1),
              document.article().id(),
              source,
              document.sourceText(m.span()),
              m.low(),
              m.high(),
              m.low() == null && m.relative() ? null : used,
              m.relative(),
              DateEvents.of(document, people, sentence, m.span()));
      out.add(claim);
      if (claim.low() != null) {
        previous = claim;
      }
    }
    return out;
  }

  /** The sentence holding a span, or the span itself when the splitter left it out. */
  private static Span sentenceOf(Document document, Span span) {
    int i = document.sentenceAt(span.start());
    if (i < 0) {
      return span;
    }
    Span s = document.sentences().get(i);
    return new Span(s.start(), Math.max(s.end(), span.end()));
  }
}
