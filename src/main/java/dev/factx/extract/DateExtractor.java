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
 * before") takes the date of the last date claim of one day (or a few) before it in the document,
 * and stays unresolved when there is none, unless it names the article's own day ("later in the
 * day"). The anchor is recorded for every claim that needed it: relative
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
        if (previous != null) {
          used = previous.low();
          m = m.resolve(previous.low(), previous.high());
        } else if (m.orAnchor() && anchor != null) {
          m = m.onAnchor(anchor);
        } else {
          used = null;
        }
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
              !m.resolved() && m.relative() ? null : used,
              m.relative(),
              timed(DateEvents.of(document, people, sentence, m.span()), text, m.span()),
              m.precision(),
              m.shape(),
              m.resolution());
      out.add(claim);
      // "the day before" counts from a day told before it, never from a month or a year
      if (claim.low() != null && claim.shape() == DateShape.POINT
          && (claim.precision() == DatePrecision.DAY || claim.precision() == DatePrecision.DAYS)) {
        previous = claim;
      }
    }
    return out;
  }

  /** The event with the tense of the date's clause and whether the date moved, or null. */
  private static DateEvent timed(DateEvent e, String text, Span date) {
    return e == null ? null
        : e.timed(DateTense.of(text, date.start(), date.end()), DateTense.moved(text, date.start()));
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
