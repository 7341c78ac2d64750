package dev.factx.extract;

import dev.factx.analysis.Document;
import dev.factx.analysis.People;
import dev.factx.analysis.QuoteSpan;
import dev.factx.extract.Speakers.Reported;
import dev.factx.extract.Speakers.Who;
import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quote claims in a document: its quote spans, with their speakers ({@link Speakers}), and
 * reported speech ({@code NAME noted that ...}) as indirect quotes. A quoted term ({@code the
 * so-called "red zone"}, a title) is no claim at all ({@link Terms}).
 */
public final class QuoteExtractor implements Extractor<Quote> {
  @Override
  public List<Quote> extract(Document document, People people) {
    Speakers speakers = new Speakers(document, people);
    Terms terms = new Terms(document, speakers);
    List<QuoteSpan> marks = document.quotes();
    List<Found> found = new ArrayList<>();
    for (int k = 0; k < marks.size(); k++) {
      if (!terms.isTerm(k)) {
        found.add(new Found(marks.get(k).inner(), speakers.speaker(k), false, k));
      }
    }
    for (Reported r : speakers.reported()) {
      found.add(new Found(r.clause(), r.speaker(), true, -1));
    }
    found.sort(BY_SPAN);
    List<Quote> out = new ArrayList<>(found.size());
    String id = document.article().id();
    String[] ids = new String[marks.size()];
    for (Found f : found) {
      String qid = id + ":q" + (out.size() + 1);
      Who who = f.speaker();
      String partOf = null;
      if (f.mark() >= 0) {
        ids[f.mark()] = qid;
        int first = speakers.splitFrom(f.mark());
        partOf = first >= 0 && first != f.mark() ? ids[first] : null;
      }
      out.add(
          new Quote(
              qid,
              id,
              document.sourceSpan(f.span()),
              document.sourceText(f.span()),
              who == null ? null : who.name(),
              f.indirect(),
              QuotePassage.of(document, f.span()),
              who != null && who.organisation(),
              who == null || who.person() == null ? -1 : who.person().id(),
              partOf));
    }
    return out;
  }

  /**
   * A quote or reported clause before it is numbered.
   *
   * @param mark the index of its quote span, or -1 for reported speech
   */
  private record Found(Span span, Who speaker, boolean indirect, int mark) {}

  /**
   * Passages in text order. A class rather than a lambda: a lambda's call site is linked at its
   * first run, a cost paid at every start.
   */
  private static final java.util.Comparator<Found> BY_SPAN = new java.util.Comparator<>() {
    @Override
    public int compare(Found a, Found b) {
      return a.span().compareTo(b.span());
    }
  };
}
