package dev.factx.extract;

import dev.factx.analysis.Document;
import dev.factx.analysis.People;
import dev.factx.analysis.QuoteSpan;
import dev.factx.extract.Attribution.Form;
import dev.factx.extract.Attribution.Match;
import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quote claims in a document: its quote spans, with their speakers, and reported speech
 * ({@code NAME noted that ...}) as indirect quotes.
 *
 * <p>A speaker is taken from the quote's own sentence: an attribution right before the opening
 * mark ({@code Miller said, "...}, {@code Quote from NAME: "...}), else the one after the closing
 * mark ({@code "...," he said}), else any earlier in the sentence ({@code said NAME}, {@code
 * according to NAME}); see {@link Attribution}. Names resolve through the bundle's {@link People}:
 * pronouns to the person named last before them, surnames to the person's full name. A quote
 * standing alone as a paragraph carries on the speaker of the quote ending the paragraph before; a
 * quote without attribution has no speaker.
 */
public final class QuoteExtractor implements Extractor<Quote> {
  private static final int MIN_REPORTED_WORDS = 3;

  /** What may stand between an attribution and the opening mark it introduces. */
  private static final Pattern INTRODUCES =
      Pattern.compile("(?: (?:that|on \\w+|to reporters|reporters))? ?[,:]? *");

  /** What follows a reported-speech verb before its clause: a few words, then "that". */
  private static final Pattern THAT = Pattern.compile("(?: [^\\s,\"]+){0,4}? that ");

  private static final Pattern LEADS_ON = Pattern.compile("(?s).*[,:] *");

  @Override
  public List<Quote> extract(Document document, People people) {
    Context cx = new Context(document, people);
    List<QuoteSpan> marks = document.quotes();
    String[] speakers = new String[marks.size()];
    for (int k = 0; k < marks.size(); k++) {
      speakers[k] = cx.speaker(k);
    }
    carryOn(cx, speakers);
    List<Found> found = new ArrayList<>();
    for (int k = 0; k < marks.size(); k++) {
      found.add(new Found(marks.get(k).inner(), speakers[k], false));
    }
    found.addAll(reported(cx));
    found.sort(Comparator.comparing(Found::span));
    List<Quote> out = new ArrayList<>(found.size());
    String id = document.article().id();
    for (Found f : found) {
      out.add(
          new Quote(
              id + ":q" + (out.size() + 1),
              id,
              document.sourceSpan(f.span()),
              document.sourceText(f.span()),
              f.speaker(),
              f.indirect(),
              QuotePassage.of(document, f.span())));
    }
    return out;
  }

  private record Found(Span span, String speaker, boolean indirect) {}

  /**
   * Parts of one quote over several paragraphs share a speaker; a paragraph that is only a quote
   * carries on the speaker of the quote that ends the paragraph before it.
   */
  private static void carryOn(Context cx, String[] speakers) {
    List<QuoteSpan> marks = cx.marks;
    for (int k = 1; k < speakers.length; k++) {
      if (speakers[k] == null && marks.get(k).continues()) {
        speakers[k] = speakers[k - 1];
      }
    }
    for (int k = speakers.length - 2; k >= 0; k--) {
      if (speakers[k] == null && marks.get(k + 1).continues()) {
        speakers[k] = speakers[k + 1];
      }
    }
    for (int k = 1; k < speakers.length; k++) {
      if (speakers[k] == null && speakers[k - 1] != null && cx.standsAlone(k)
          && cx.onParagraphBefore(k - 1, k)) {
        speakers[k] = speakers[k - 1];
      }
    }
  }

  /** Reported speech: {@code NAME VERB that CLAUSE} in a sentence with no quote marks. */
  private static List<Found> reported(Context cx) {
    List<Found> out = new ArrayList<>();
    String t = cx.text;
    int mark = 0; // marks and sentences are in text order: the first mark not before s
    for (Span s : cx.d.sentences()) {
      while (mark < cx.marks.size() && cx.marks.get(mark).outer().end() <= s.start()) {
        mark++;
      }
      if (mark < cx.marks.size() && cx.marks.get(mark).outer().overlaps(s)
          || t.substring(s.start(), s.end()).indexOf('"') >= 0) {
        continue;
      }
      for (Match m : cx.attribution.within(Form.SUBJECT_VERB, s.start(), s.end())) {
        Matcher that = THAT.matcher(t).region(m.end(), s.end());
        if (!that.lookingAt()) {
          continue;
        }
        if (m.speaker() == null || !m.known() && m.speaker().indexOf(' ') < 0) {
          continue;
        }
        int end = s.end();
        while (end > that.end() && ".!?;:'\" ".indexOf(t.charAt(end - 1)) >= 0) {
          end--;
        }
        Span clause = new Span(that.end(), Math.max(that.end(), end));
        if (cx.d.words(clause).size() >= MIN_REPORTED_WORDS) {
          out.add(new Found(clause, m.speaker(), true));
        }
        break;
      }
    }
    return out;
  }

  /** A document's quote spans and attributions, for finding speakers. */
  private static final class Context {
    final Document d;
    final String text;
    final List<QuoteSpan> marks;
    final Attribution attribution;

    Context(Document d, People people) {
      this.d = d;
      this.text = d.text().value();
      this.marks = d.quotes();
      this.attribution = new Attribution(d, people);
    }

    /** The speaker of quote {@code k}, or null. */
    String speaker(int k) {
      Span outer = marks.get(k).outer();
      Span line = paragraph(outer.start());
      int ls = line.start();
      int le = line.end();
      int beforeStart =
          Math.max(ls, k > 0 ? Math.min(marks.get(k - 1).outer().end(), outer.start()) : ls);
      beforeStart = Math.max(beforeStart, sentenceStart(beforeStart, outer.start()));
      // the sentence after the quote, cut at the next quote (looked for no further than that)
      int next = k + 1 < marks.size() ? marks.get(k + 1).outer().start() : Integer.MAX_VALUE;
      int afterEnd = sentenceEnd(outer.end(), Math.min(le, next));
      boolean leadsOn = false;
      if (afterEnd < 0 && next < le) {
        afterEnd = next;
        leadsOn = LEADS_ON.matcher(text.substring(outer.end(), afterEnd)).matches();
      } else if (afterEnd < 0) {
        afterEnd = le;
      }
      String introducer = introducer(beforeStart, outer.start());
      if (introducer != null) {
        return introducer;
      }
      String after = first(outer.end(), afterEnd);
      String before = last(beforeStart, outer.start());
      if (leadsOn) {
        return before != null ? before : after;
      }
      return after != null ? after : before;
    }

    /** An attribution that ends right before an opening mark ({@code Miller said, "}). */
    private String introducer(int from, int to) {
      for (Form form : Form.values()) {
        for (Match m : attribution.within(form, from, to)) {
          String rest = text.substring(m.end(), to);
          boolean introduces = INTRODUCES.matcher(rest).matches()
              || form == Form.FROM && rest.isBlank();
          if (introduces && m.speaker() != null) {
            return m.speaker();
          }
        }
      }
      return null;
    }

    /** The speaker of the first attribution (speaker first or verb first) in a region. */
    private String first(int from, int to) {
      String best = null;
      int bestAt = Integer.MAX_VALUE;
      for (Form form : List.of(Form.SUBJECT_VERB, Form.VERB_SUBJECT)) {
        for (Match m : attribution.within(form, from, to)) {
          if (m.speaker() != null) {
            if (m.start() < bestAt) {
              best = m.speaker();
              bestAt = m.start();
            }
            break;
          }
        }
      }
      return best;
    }

    /** The speaker of the last attribution in a region. */
    private String last(int from, int to) {
      String best = null;
      int bestAt = -1;
      for (Form form : Form.values()) {
        for (Match m : attribution.within(form, from, to)) {
          if (m.speaker() != null && m.start() > bestAt) {
            best = m.speaker();
            bestAt = m.start();
          }
        }
      }
      return best;
    }

    /** The paragraph (one line of the document text) holding an offset. */
    private Span paragraph(int offset) {
      int p = d.paragraphAt(offset);
      return p >= 0 ? d.paragraphs().get(p) : new Span(offset, offset);
    }

    /** The start of the sentence holding {@code to} when it begins after {@code from}, else from. */
    private int sentenceStart(int from, int to) {
      int s = d.sentenceAt(to);
      if (s < 0) {
        return from;
      }
      int start = d.sentences().get(s).start();
      return start > from ? start : from;
    }

    /**
     * The end of the sentence going on at {@code from} (the first one that holds a word at or
     * after it), if it ends by {@code limit}; else -1.
     */
    private int sentenceEnd(int from, int limit) {
      int i = from;
      while (i < limit && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= limit) {
        return -1;
      }
      int s = d.sentenceAt(i);
      if (s < 0) {
        return -1;
      }
      int end = d.sentences().get(s).end();
      return end <= limit ? end : -1;
    }

    /** Whether quote {@code k} is all there is in its paragraph, a final stop aside. */
    boolean standsAlone(int k) {
      Span outer = marks.get(k).outer();
      Span line = paragraph(outer.start());
      for (int i = outer.start() - 1; i >= line.start(); i--) {
        if (!Character.isWhitespace(text.charAt(i))) {
          return false;
        }
      }
      for (int i = Math.min(outer.end(), line.end()); i < line.end(); i++) {
        if (!Character.isWhitespace(text.charAt(i)) && ".,;:!?".indexOf(text.charAt(i)) < 0) {
          return false;
        }
      }
      return true;
    }

    /** Whether quote {@code j} stands in the paragraph right before quote {@code k}'s. */
    boolean onParagraphBefore(int j, int k) {
      int pk = d.paragraphAt(marks.get(k).outer().start());
      return pk > 0 && d.paragraphAt(marks.get(j).outer().start()) == pk - 1;
    }
  }
}
