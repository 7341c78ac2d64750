package dev.factx.clean;

import dev.factx.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits normalized text into sentences, surviving news abbreviations and decimal numbers. */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS =
      Set.of("mr", "mrs", "ms", "dr", "gen", "maj", "col", "lt", "sgt", "capt", "sen", "rep",
          "gov", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
          "nov", "dec", "no", "vs", "etc", "inc", "corp", "ltd", "jr", "sr", "prof", "adm");

  private SentenceSplitter() {}

  /** The sentences within {@code within} of {@code s}, trimmed. */
  public static List<Span> split(String s, Span within) {
    List<Span> out = new ArrayList<>();
    int start = within.start();
    for (int i = within.start(); i < within.end(); i++) {
      char c = s.charAt(i);
      boolean lineEnd = c == '\n';
      if (lineEnd || c == '.' || c == '!' || c == '?') {
        int end = i + 1;
        if (!lineEnd) {
          while (end < within.end() && (s.charAt(end) == '"' || s.charAt(end) == '\'' || s.charAt(end) == ')')) {
            end++;
          }
          if (end < within.end() && s.charAt(end) != ' ' && s.charAt(end) != '\n') {
            continue;
          }
          if (c == '.' && isAbbreviation(s, i)) {
            continue;
          }
        }
        add(s, out, start, lineEnd ? i : end);
        start = end;
        i = end - 1;
      }
    }
    add(s, out, start, within.end());
    return out;
  }

  private static boolean isAbbreviation(String s, int dot) {
    int w = dot;
    while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
      w--;
    }
    String word = s.substring(w, dot);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial, or U.S.
    }
    return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
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
