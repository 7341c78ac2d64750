package dev.factx.extract;

import dev.factx.clean.Document;
import dev.factx.analysis.QuoteMarks;
import dev.factx.analysis.QuoteSpan;
import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Finds quote claims in a document: passages in quote marks, with their speakers, and reported
 * speech ({@code NAME noted that ...}) as indirect quotes.
 *
 * <p>A speaker is taken from the quote's own sentence: an attribution right before the opening
 * mark ({@code Miller said, "...}, {@code Quote from NAME: "...}), else the one after the closing
 * mark ({@code "...," he said}), else any earlier in the sentence ({@code said NAME}, {@code
 * according to NAME}). Pronouns resolve to the person named last before them; surnames to the full
 * name the article (or the given index) uses. A quote standing alone as a paragraph carries on the
 * speaker of the quote ending the paragraph before; a quote without attribution has no speaker.
 */
public final class QuoteExtractor implements Extractor<Quote> {
  private static final String SUBJECT = "(" + Names.RUN + "|\\b[Hh]e|\\b[Ss]he)";
  private static final String BETWEEN = "(?:, [^,\"]{1,100},)?(?: (?:" + Names.ADVERBS + "))*";
  private static final Pattern SUBJECT_VERB =
      Pattern.compile(SUBJECT + BETWEEN + " (?:" + Names.VERBS + ")\\b");
  private static final Pattern VERB_SUBJECT =
      Pattern.compile(
          "\\b(?:said|says|added|adds|noted|notes|wrote|asked|continued|explained|warned"
              + "|insisted|stressed|emphasized|claimed|according to) ("
              + Names.RUN
              + ")");
  private static final Pattern FROM = Pattern.compile("\\b(?:from|by) (" + Names.RUN + ") ?:");
  private static final Pattern REPORTED =
      Pattern.compile(
          SUBJECT + BETWEEN + " (?:" + Names.VERBS + ")(?: [^\\s,\"]+){0,4}? that ");
  private static final Set<String> ABBREVIATIONS =
      Set.of("mr", "mrs", "ms", "dr", "gen", "maj", "col", "lt", "sgt", "capt", "sen", "rep",
          "gov", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
          "nov", "dec", "no", "vs", "inc", "corp", "jr", "sr", "prof", "adm");
  private static final int MIN_REPORTED_WORDS = 3;

  private final Names known;

  /** An extractor that resolves names from each document alone. */
  public QuoteExtractor() {
    this(Names.empty());
  }

  /** An extractor that also resolves surnames through {@code known} (e.g. all articles' names). */
  public QuoteExtractor(Names known) {
    this.known = Objects.requireNonNull(known, "known");
  }

  @Override
  public List<Quote> extract(Document document) {
    String t = document.text().value();
    String raw = document.article().body();
    List<QuoteSpan> marks =
        QuoteMarks.find(t, i -> raw.charAt(document.sourceSpan(new Span(i, i + 1)).start()));
    Names names = Names.of(t).with(known);
    Context cx = new Context(t, names, names.mentions(t), marks);
    List<Found> found = new ArrayList<>();
    String[] speakers = new String[marks.size()];
    for (int k = 0; k < marks.size(); k++) {
      speakers[k] = cx.speaker(k);
    }
    carryOn(cx, speakers);
    for (int k = 0; k < marks.size(); k++) {
      found.add(new Found(marks.get(k).inner(), speakers[k], false));
    }
    found.addAll(reported(document, cx));
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
              f.indirect()));
    }
    return out;
  }

  private record Found(Span span, String speaker, boolean indirect) {}

  /**
   * Parts of one quote over several paragraphs share a speaker; a paragraph that is only a quote
   * carries on the speaker of the quote that ends the paragraph before it.
   */
  private static void carryOn(Context cx, String[] speakers) {
    for (int k = 1; k < speakers.length; k++) {
      if (speakers[k] == null && cx.marks.get(k).continues()) {
        speakers[k] = speakers[k - 1];
      }
    }
    for (int k = speakers.length - 2; k >= 0; k--) {
      if (speakers[k] == null && cx.marks.get(k + 1).continues()) {
        speakers[k] = speakers[k + 1];
      }
    }
    for (int k = 1; k < speakers.length; k++) {
      if (speakers[k] == null && speakers[k - 1] != null && cx.standsAlone(k)
          && cx.onLineBefore(k - 1, k)) {
        speakers[k] = speakers[k - 1];
      }
    }
  }

  /** Reported speech: {@code NAME VERB that CLAUSE} in a sentence with no quote marks. */
  private static List<Found> reported(Document document, Context cx) {
    List<Found> out = new ArrayList<>();
    String t = cx.text;
    int mark = 0; // marks and sentences are in text order: the first mark not before s
    for (Span s : document.sentences()) {
      while (mark < cx.marks.size() && cx.marks.get(mark).outer().end() <= s.start()) {
        mark++;
      }
      if (mark < cx.marks.size() && cx.marks.get(mark).outer().overlaps(s)
          || t.substring(s.start(), s.end()).indexOf('"') >= 0) {
        continue;
      }
      Matcher m = REPORTED.matcher(t).region(s.start(), s.end());
      m.useTransparentBounds(true);
      while (m.find()) {
        String speaker = cx.subject(m.group(1), m.start(1));
        if (speaker == null || !cx.names.knows(speaker) && speaker.indexOf(' ') < 0) {
          continue;
        }
        int end = s.end();
        while (end > m.end() && ".!?;:'\" ".indexOf(t.charAt(end - 1)) >= 0) {
          end--;
        }
        Span clause = new Span(m.end(), end);
        if (clause.of(t).split(" ").length >= MIN_REPORTED_WORDS) {
          out.add(new Found(clause, speaker, true));
        }
        break;
      }
    }
    return out;
  }

  /** A document's text with its quotes, names and mentions, for attribution. */
  private static final class Context {
    final String text;
    final Names names;
    final List<Names.Mention> mentions;
    final List<QuoteSpan> marks;
    private final int[] newlines; // offsets of the text's newlines, in order

    Context(String text, Names names, List<Names.Mention> mentions, List<QuoteSpan> marks) {
      this.text = text;
      this.newlines = IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n')
          .toArray();
      this.names = names;
      this.mentions = mentions;
      this.marks = marks;
    }

    /** The speaker of quote {@code k}, or null. */
    String speaker(int k) {
      Span outer = marks.get(k).outer();
      int ls = lineStart(outer.start());
      int le = lineEnd(outer.start());
      int beforeStart = Math.max(ls, k > 0 ? Math.min(marks.get(k - 1).outer().end(), outer.start()) : ls);
      beforeStart = Math.max(beforeStart, sentenceStartBefore(beforeStart, outer.start()));
      // the sentence after the quote, cut at the next quote (looked for no further than that)
      int next = k + 1 < marks.size() ? marks.get(k + 1).outer().start() : Integer.MAX_VALUE;
      int afterEnd = sentenceEndAfter(outer.end(), Math.min(le, next));
      boolean leadsOn = false;
      if (afterEnd < 0 && next < le) {
        afterEnd = next;
        leadsOn = text.substring(outer.end(), afterEnd).matches("(?s).*[,:] *");
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
      String s = text.substring(from, to);
      for (Pattern p : List.of(SUBJECT_VERB, VERB_SUBJECT, FROM)) {
        Matcher m = p.matcher(s);
        while (m.find()) {
          if (s.substring(m.end()).matches("(?: (?:that|on \\w+|to reporters|reporters))? ?[,:]? *")
              || p == FROM && s.substring(m.end()).isBlank()) {
            String who = subject(m.group(1), from + m.start(1));
            if (who != null) {
              return who;
            }
          }
        }
      }
      return null;
    }

    private String first(int from, int to) {
      String best = null;
      int bestAt = Integer.MAX_VALUE;
      for (Pattern p : List.of(SUBJECT_VERB, VERB_SUBJECT)) {
        Matcher m = p.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
          String who = subject(m.group(1), m.start(1));
          if (who != null) {
            if (m.start() < bestAt) {
              best = who;
              bestAt = m.start();
            }
            break;
          }
        }
      }
      return best;
    }

    private String last(int from, int to) {
      String best = null;
      int bestAt = -1;
      for (Pattern p : List.of(SUBJECT_VERB, VERB_SUBJECT, FROM)) {
        Matcher m = p.matcher(text).region(from, to);
        m.useTransparentBounds(true);
        while (m.find()) {
          String who = subject(m.group(1), m.start(1));
          if (who != null && m.start() > bestAt) {
            best = who;
            bestAt = m.start();
          }
        }
      }
      return best;
    }

    /** The person a subject names: a pronoun resolves to the person named last before it. */
    String subject(String words, int at) {
      if (words.equalsIgnoreCase("he") || words.equalsIgnoreCase("she")) {
        String who = null;
        for (Names.Mention m : mentions) {
          if (m.end() > at) {
            break;
          }
          who = m.name();
        }
        return who;
      }
      String before = text.substring(Math.max(0, at - 4), at).toLowerCase(java.util.Locale.ROOT);
      if (before.endsWith("the ") || before.endsWith(" a ") || before.endsWith(" an ")) {
        return null; // "the United States said": an organisation, not a person
      }
      return names.person(words);
    }

    /** Whether quote {@code k} is all there is on its line. */
    boolean standsAlone(int k) {
      Span outer = marks.get(k).outer();
      int ls = lineStart(outer.start());
      int le = lineEnd(outer.start());
      for (int i = outer.start() - 1; i >= ls; i--) {
        if (!Character.isWhitespace(text.charAt(i))) {
          return false;
        }
      }
      for (int i = Math.min(outer.end(), le); i < le; i++) {
        if (!Character.isWhitespace(text.charAt(i)) && ".,;:!?".indexOf(text.charAt(i)) < 0) {
          return false;
        }
      }
      return true;
    }

    /** Whether quote {@code j} stands on the last non-blank line before quote {@code k}'s line. */
    boolean onLineBefore(int j, int k) {
      int prev = lineStart(marks.get(k).outer().start()) - 1;
      while (prev > 0 && text.charAt(prev - 1) == '\n') {
        prev--;
      }
      return prev > 0 && lineStart(prev) == lineStart(marks.get(j).outer().start());
    }

    /** Where the line holding offset {@code i} starts (found in the line index, not by a scan). */
    private int lineStart(int i) {
      int n = newlineBefore(i);
      return n < 0 ? 0 : newlines[n] + 1;
    }

    private int lineEnd(int i) {
      int n = newlineBefore(i) + 1;
      return n < newlines.length ? newlines[n] : text.length();
    }

    /** The index in {@code newlines} of the last newline before {@code i}, or -1. */
    private int newlineBefore(int i) {
      int at = Arrays.binarySearch(newlines, i);
      return at >= 0 ? at - 1 : -at - 2;
    }

    /** The start of the last sentence that begins within {@code [from, to)}, else from. */
    private int sentenceStartBefore(int from, int to) {
      for (int i = to - 1; i > from; i--) {
        if (isSentenceEnd(i)) {
          return i + 1;
        }
      }
      return from;
    }

    /** The end of the sentence going on at {@code from} if it ends before {@code limit}, else -1. */
    private int sentenceEndAfter(int from, int limit) {
      for (int i = from; i < limit; i++) {
        if (isSentenceEnd(i)) {
          return i + 1;
        }
      }
      return -1;
    }

    private boolean isSentenceEnd(int i) {
      char c = text.charAt(i);
      if ((c != '.' && c != '!' && c != '?')
          || i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
        return false;
      }
      if (c != '.') {
        return true;
      }
      int w = i;
      while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
        w--;
      }
      String word = text.substring(w, i);
      boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
      return !initial && !ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
  }
}
