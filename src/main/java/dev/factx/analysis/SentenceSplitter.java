package dev.factx.analysis;

import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits normalized text into sentences, surviving news abbreviations, initials and decimal
 * numbers.
 *
 * <p>A sentence ends at {@code .}, {@code !} or {@code ?} (with any closing quotes and brackets
 * right after it) when whitespace and then a capital letter, a digit or an opening quote follow;
 * a lowercase word after a closing quote ({@code "Go," he said} or {@code "Why?" she asked}) goes
 * on the same sentence. A title ({@code Gen.}, {@code Lt.}, {@code St.}) never ends one; a month
 * or {@code No.} does not before a number; a dotted abbreviation or initial ({@code U.S.}, {@code
 * D.C.}, {@code J.}, {@code a.m.}) ends one only when a word that typically opens a sentence
 * follows; a name's suffix ({@code Jr.}) does not before a tag in brackets ({@code (D-Ohio)}).
 * An ellipsis marks words left out and ends a sentence only when a closing quote follows
 * it. A line end always ends a sentence: the document text puts one paragraph on a line.
 */
public final class SentenceSplitter {
  /** Abbreviations whose period never ends a sentence: titles before a name, "St.", "vs.". */
  private static final Set<String> TITLES = Lexicon.NEVER_END_SENTENCE;

  /** Abbreviations that do not end a sentence before a number ({@code Dec. 16}, {@code No. 10}). */
  private static final Set<String> BEFORE_NUMBERS = Lexicon.BEFORE_NUMBERS;

  /** Words that often open a sentence; after {@code U.S.} or an initial they mark a new one. */
  private static final Set<String> OPENERS = Lexicon.SENTENCE_OPENERS;

  private SentenceSplitter() {}

  /** The sentences within {@code within} of {@code s}, trimmed, in order. */
  public static List<Span> split(String s, Span within) {
    List<Span> out = new ArrayList<>();
    int start = within.start();
    int end = within.end();
    // the scan reads a copy of the span: String.charAt checks every index, and most characters
    // are passed over
    int base = within.start();
    char[] cs = new char[Math.max(0, end - base)];
    if (cs.length > 0) {
      s.getChars(base, end, cs, 0);
    }
    for (int i = within.start(); i < end; i++) {
      char c = cs[i - base];
      if (c == '\n') {
        add(s, out, start, i);
        start = i + 1;
        continue;
      }
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int after = i + 1;
      boolean ellipsis = c == '.' && (isDot(s, i - 1, within) || isDot(s, after, within));
      while (after < end && isDot(s, after, within)) {
        after++;
      }
      int closed = after;
      while (closed < end && isCloser(s.charAt(closed))) {
        closed++;
      }
      if (closed < end && s.charAt(closed) != ' ' && s.charAt(closed) != '\n') {
        i = after - 1;
        continue; // 1.5, U.S.-led, devdiscourse.com, "win."He
      }
      if (closed < end && s.charAt(closed) == '\n') {
        i = after - 1;
        continue; // the line end splits on its own
      }
      int next = closed;
      while (next < end && s.charAt(next) == ' ') {
        next++;
      }
      boolean ends = next >= end || startsSentence(s, next, end);
      if (ends && ellipsis && closed == after) {
        ends = next >= end; // an ellipsis leaves words out; the sentence goes on
      }
      if (ends && c == '.' && !ellipsis && next < end) {
        ends = !isAbbreviation(s, i, next, end);
      }
      if (ends) {
        add(s, out, start, closed);
        start = closed;
      }
      i = Math.max(i, closed - 1);
    }
    add(s, out, start, end);
    return out;
  }

  private static boolean isDot(String s, int i, Span within) {
    return i >= within.start() && i < within.end() && s.charAt(i) == '.';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']';
  }

  /** Whether a sentence can start at {@code i}: a capital, a digit, or a quote before one. */
  private static boolean startsSentence(String s, int i, int end) {
    int j = i;
    while (j < end && (s.charAt(j) == '"' || s.charAt(j) == '\'' || s.charAt(j) == '(')) {
      j++;
    }
    if (j >= end) {
      return false;
    }
    int cp = s.codePointAt(j);
    return Character.isUpperCase(cp) || Character.isDigit(cp) || Character.isTitleCase(cp)
        || (j > i && Character.isLetter(cp) && !Character.isLowerCase(cp));
  }

  /** Whether the period at {@code dot} closes an abbreviation that the next word continues. */
  private static boolean isAbbreviation(String s, int dot, int next, int end) {
    int w = dot;
    while (w > 0 && (Character.isLetter(s.charAt(w - 1)) || s.charAt(w - 1) == '.')) {
      w--;
    }
    String token = s.substring(w, dot);
    if (token.isEmpty()) {
      return false;
    }
    String word = token.substring(token.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    boolean dotted = token.indexOf('.') >= 0;
    if (!dotted && TITLES.contains(word)) {
      return true;
    }
    // "Tom Vale Jr. (D-Ohio) spoke": a name's suffix before a tag in brackets
    if (!dotted && Lexicon.NAME_SUFFIXES.contains(word) && shortTag(s, next, end)) {
      return true;
    }
    if (!dotted && BEFORE_NUMBERS.contains(word) && Character.isDigit(s.charAt(next))) {
      return true;
    }
    boolean initial = !dotted && token.length() == 1 && Character.isUpperCase(token.charAt(0));
    if (dotted || initial) {
      return !OPENERS.contains(nextWord(s, next, end));
    }
    return false;
  }

  /** Whether a bracket opens at {@code i} and closes before any space: "(D-Ohio)", "(R)". */
  private static boolean shortTag(String s, int i, int end) {
    if (i >= end || s.charAt(i) != '(') {
      return false;
    }
    for (int j = i + 1; j < end && j < i + 24; j++) {
      char c = s.charAt(j);
      if (c == ')') {
        return j > i + 1;
      }
      if (Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }

  private static String nextWord(String s, int i, int end) {
    while (i < end && !Character.isLetter(s.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < end && Character.isLetter(s.charAt(j))) {
      j++;
    }
    return s.substring(i, j).toLowerCase(Locale.ROOT);
  }

  private static void add(String s, List<Span> out, int start, int end) {
    while (start < end && Character.isWhitespace(s.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }
}
