package dev.factx.verify;

import dev.factx.analysis.Lexicon;
import dev.factx.analysis.Word;
import dev.factx.analysis.Document;
import dev.factx.extract.Claim;
import dev.factx.extract.Kind;
import dev.factx.extract.Quote;
import dev.factx.text.Digits;
import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds the claim-bearing spans of a document: its extracted claims and what verify recognizes. */
final class ClaimMarks {
  /** Words that say a figure: numbers in words, scales and their plurals, "half", "percent". */
  private static final Set<String> NUMBER_WORDS = numberWords();
  /** Words that say a date: months, weekdays, days counted from the article's, "weekend". */
  private static final Set<String> DATE_WORDS = dateWords();
  private static final Set<String> MONTHS = Lexicon.MONTH_WORDS;
  /** Words capitalized only because they open a sentence. */
  private static final Set<String> OPENERS = Lexicon.SENTENCE_OPENERS;

  private static Set<String> numberWords() {
    Set<String> out = new java.util.HashSet<>(Lexicon.NUMBER_WORDS.keySet());
    for (String scale : Lexicon.SCALES.keySet()) {
      out.add(scale);
      out.add(scale + "s");
    }
    out.addAll(Lexicon.FIGURE_WORDS);
    return Set.copyOf(out);
  }

  private static Set<String> dateWords() {
    Set<String> out = new java.util.HashSet<>(Lexicon.MONTH_WORDS);
    out.addAll(Lexicon.WEEKDAY_NAMES);
    out.addAll(Lexicon.DAY_WORDS);
    out.add("weekend");
    return Set.copyOf(out);
  }

  private ClaimMarks() {}

  /**
   * The marks of a document in body order: every direct quote, figure, date and role its
   * extractors found (quotes paired by the quote extractor's rules, which read a closing mark
   * without an opening one as no quote), and verify's own figures, date words and names.
   */
  static List<Mark> of(Document d, List<? extends Claim> claims) {
    List<Mark> out = new ArrayList<>();
    for (Claim c : claims) {
      if (c instanceof Quote q && q.indirect()) {
        continue; // reported speech paraphrases; its wording is the reprint's to choose
      }
      out.add(new Mark(c.kind(), c.span(), c));
    }
    String text = d.text().value();
    for (Span s : d.sentences()) {
      List<Word> words = d.words(s);
      for (int i = 0; i < words.size(); i++) {
        Word t = words.get(i);
        Kind kind = kind(words, i, text);
        if (kind != null) {
          add(out, d, kind, t.span());
        }
      }
    }
    out.sort(BY_SPAN);
    return out;
  }

  private static Kind kind(List<Word> words, int i, String text) {
    String w = words.get(i).key();
    boolean digits = Digits.in(w);
    if (DATE_WORDS.contains(w) && (!w.equals("may") || capitalized(words.get(i), text))) {
      return Kind.DATE;
    }
    if (digits) {
      boolean nearMonth = (i > 0 && MONTHS.contains(words.get(i - 1).key()))
          || (i + 1 < words.size() && MONTHS.contains(words.get(i + 1).key()));
      boolean year = w.length() == 4 && (w.startsWith("19") || w.startsWith("20"));
      return nearMonth || year ? Kind.DATE : Kind.NUMBER;
    }
    if (NUMBER_WORDS.contains(w)) {
      return Kind.NUMBER;
    }
    if (capitalized(words.get(i), text) && !(i == 0 && OPENERS.contains(w))) {
      return Kind.ROLE;
    }
    return null;
  }

  private static boolean capitalized(Word t, String text) {
    return Character.isUpperCase(text.codePointAt(t.span().start()));
  }

  private static void add(List<Mark> out, Document d, Kind kind, Span normalized) {
    if (normalized.length() > 0) {
      out.add(new Mark(kind, d.sourceSpan(normalized), null));
    }
  }

  /** Marks of {@code marks} that overlap a raw span, or that hold the empty span's place. */
  static List<Mark> touching(List<Mark> marks, Span raw) {
    List<Mark> out = new ArrayList<>();
    for (Mark m : marks) {
      if (touches(m.span(), raw)) {
        out.add(m);
      }
    }
    return out;
  }

  /** Whether a raw span overlaps a mark's span, or (when empty) stands strictly inside it. */
  static boolean touches(Span mark, Span raw) {
    return raw.length() == 0
        ? mark.start() < raw.start() && raw.start() < mark.end()
        : mark.overlaps(raw);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * Marks in text order. A class rather than a lambda: a lambda's call site is linked at its first
   * run, about a tenth of a millisecond of a cold start.
   */
  private static final java.util.Comparator<Mark> BY_SPAN = new java.util.Comparator<>() {
    @Override
    public int compare(Mark x, Mark y) {
      return x.span().compareTo(y.span());
    }
  };

}
