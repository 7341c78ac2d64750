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
  /** A text holding four digits in a row (a year): its date is its own, not the anchor's. */
  private static final java.util.regex.Pattern FOUR_DIGITS =
      java.util.regex.Pattern.compile(".*\\d{4}.*");

  @Override
  public List<DateClaim> extract(Document document, People people) {
    String text = document.text().value();
    LocalDate anchor = document.article().anchorDate().orElse(null);
    List<DateClaim> out = new ArrayList<>();
    DateClaim previous = null;
    DateClaim previousPast = null;
    Pronouns pronouns = new Pronouns(document, people);
    java.util.Map<Span, java.util.Set<String>> contexts = new java.util.HashMap<>();
    for (DateMention m : DateExpressions.find(text, anchor)) {
      Span sentence = sentenceOf(document, m.span());
      LocalDate used = m.relative() || !FOUR_DIGITS.matcher(m.span().of(text)).matches() ? anchor : null;
      if (m.fromPrevious()) {
        // "Sentencing is set for June 28. Later in the day, she pleaded guilty": a day told
        // as past counts from a day told before that is not to come
        DateClaim from = previous;
        if (from != null && anchor != null && from.low().isAfter(anchor)
            && DateTense.of(text, m.span().start(), m.span().end()) == Tense.PAST) {
          from = previousPast;
        }
        if (from != null) {
          used = from.low();
          m = m.resolve(from.low(), from.high());
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
              timed(DateEvents.of(document, people, pronouns, sentence, m.span()), text,
                  m.span(), context(contexts, document, sentence)),
              m.precision(),
              m.shape(),
              m.resolution());
      out.add(claim);
      // "the day before" counts from a day told before it, never from a month or a year
      if (claim.low() != null && claim.shape() == DateShape.POINT
          && (claim.precision() == DatePrecision.DAY || claim.precision() == DatePrecision.DAYS)) {
        previous = claim;
        if (anchor == null || !claim.low().isAfter(anchor)) {
          previousPast = claim;
        }
      }
    }
    return out;
  }

  /**
   * The event with the tense of the date's clause, whether the date moved, and the content words
   * of its sentence; or null.
   */
  private static DateEvent timed(DateEvent e, String text, Span date, java.util.Set<String> words) {
    return e == null ? null
        : e.timed(DateTense.of(text, date.start(), date.end()), DateTense.moved(text, date.start()))
            .within(words);
  }

  /** {@link #context(Document, Span)}, worked out once a sentence and kept in {@code contexts}. */
  private static java.util.Set<String> context(java.util.Map<Span, java.util.Set<String>> contexts,
      Document d, Span sentence) {
    java.util.Set<String> words = contexts.get(sentence);
    if (words == null) {
      words = context(d, sentence);
      contexts.put(sentence, words);
    }
    return words;
  }

  /**
   * The content words of a sentence, each in its base form ("held" -> "hold", "workers" ->
   * "worker"), function words, months and weekdays aside.
   */
  private static java.util.Set<String> context(Document d, Span sentence) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (dev.factx.analysis.Word w : d.words(sentence)) {
      String k = w.key();
      if (k.length() < 3 || dev.factx.analysis.Lexicon.STOP_WORDS.contains(k)
          || dev.factx.analysis.Lexicon.MONTH_WORDS.contains(k)
          || dev.factx.analysis.Lexicon.WEEKDAY_NAMES.contains(k)
          || dev.factx.analysis.Lexicon.DAY_WORDS.contains(k)) {
        continue;
      }
      String singular = k.endsWith("ies") ? k.substring(0, k.length() - 3) + "y" : k;
      out.add(EventClasses.of(singular, null).base());
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
