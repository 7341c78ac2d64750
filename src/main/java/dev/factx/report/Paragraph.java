package dev.factx.report;

import java.util.ArrayList;
import java.util.List;

/** Styled words wrapped to a width with a hanging indent; styles never count towards the width. */
final class Paragraph {
  /**
   * One word and its style.
   *
   * @param text the word, without spaces
   * @param style an {@link Ansi} style, or null
   * @param glued whether it follows the previous word without a space
   */
  private record Word(String text, String style, boolean glued) {}

  private final List<Word> words = new ArrayList<>();
  private boolean glueNext;

  /**
   * Adds text in a style; it breaks only at its spaces. The text is shown safe ({@link
   * SafeText#line}): whatever the input holds, the only escape sequences in a paragraph are its
   * styles.
   */
  Paragraph add(String text, String style) {
    boolean first = true;
    for (String w : SafeText.line(text).split(" ", -1)) {
      if (!w.isEmpty()) {
        words.add(new Word(w, style, first && glueNext));
      }
      first = false;
    }
    glueNext = !text.isEmpty() && !text.endsWith(" ");
    return this;
  }

  /** Adds plain text. */
  Paragraph add(String text) {
    return add(text, null);
  }

  /** Starts the next text as a new word even when the last one did not end with a space. */
  Paragraph space() {
    glueNext = false;
    return this;
  }

  /**
   * The paragraph as lines: the first starts with {@code first}, the others with {@code indent};
   * a word longer than a line stands alone on its line.
   */
  void wrap(StringBuilder out, Ansi ansi, int width, String first, String indent) {
    List<List<Word>> lines = new ArrayList<>();
    List<Word> line = new ArrayList<>();
    int used = visibleLength(first);
    for (int i = 0; i < words.size(); i++) {
      // glued words wrap together with the word before them
      int j = i + 1;
      while (j < words.size() && words.get(j).glued()) {
        j++;
      }
      int len = 0;
      for (int k = i; k < j; k++) {
        len += words.get(k).text().codePointCount(0, words.get(k).text().length());
      }
      if (!line.isEmpty() && used + 1 + len > width) {
        lines.add(line);
        line = new ArrayList<>();
        used = visibleLength(indent);
      }
      used += (line.isEmpty() ? 0 : 1) + len;
      line.addAll(words.subList(i, j));
      i = j - 1;
    }
    lines.add(line);
    for (int l = 0; l < lines.size(); l++) {
      out.append(l == 0 ? first : indent);
      render(out, ansi, lines.get(l));
      out.append('\n');
    }
  }

  /** One line: each run of words in one style gets one escape sequence, spaces included. */
  private static void render(StringBuilder out, Ansi ansi, List<Word> line) {
    StringBuilder run = new StringBuilder();
    String style = null;
    for (int i = 0; i < line.size(); i++) {
      Word w = line.get(i);
      boolean sameStyle = i > 0 && java.util.Objects.equals(style, w.style());
      if (!sameStyle && run.length() > 0) {
        out.append(ansi.style(style, run.toString()));
        run.setLength(0);
      }
      String space = i == 0 || w.glued() ? "" : " ";
      // a space between two styled runs stays plain
      if (sameStyle) {
        run.append(space);
      } else {
        out.append(space);
      }
      run.append(w.text());
      style = w.style();
    }
    out.append(ansi.style(style, run.toString()));
  }

  /** Code points on screen: ANSI escape sequences take no room. */
  static int visibleLength(String s) {
    String plain = s.replaceAll("\u001b\\[[0-9;]*m", "");
    return plain.codePointCount(0, plain.length());
  }
}
