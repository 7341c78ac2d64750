package dev.factx.cli;

import dev.factx.report.ColorMode;
import dev.factx.report.SafeText;
import java.io.Console;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the commands learn from the process about its terminal: whether standard output and
 * standard error are terminals, and how wide the terminal is.
 *
 * <p>Java has no isatty for one descriptor and no window size. The launcher ({@code bin/factx})
 * knows both from the shell ({@code [ -t 1 ]}, {@code stty size}) and passes them as
 * {@code -Dfactx.tty=12} (the descriptors that are terminals) and {@code -Dfactx.columns=N}. Run
 * as {@code java -jar} without them, factx reads where {@code /proc/self/fd/N} points (Linux), else
 * asks {@link System#console()}; the width is then {@code COLUMNS}, else 80.
 */
final class Terminal {
  /** Set by the launcher: the descriptors (1, 2) that are terminals; empty for none. */
  static final String TTY_PROPERTY = "factx.tty";
  /** Set by the launcher: the terminal's width in columns. */
  static final String COLUMNS_PROPERTY = "factx.columns";

  private Terminal() {}

  /** Whether to colour: {@code --color} auto colours when standard output is a terminal. */
  static boolean colour(ColorMode mode) {
    return mode.colour(System.getenv(), isTerminal(1));
  }

  /**
   * {@code out} as data goes to it: unchanged into a pipe or a file, shown safe ({@link
   * SafeText#lines}) when standard output is a terminal, so that an article cannot control it.
   */
  static Writer forData(Writer out) {
    return isTerminal(1) ? SafeText.lines(out) : out;
  }

  /** The width the text report wraps to (see {@link ColorMode#width(java.util.Map, int, boolean)}). */
  static int width() {
    int columns = 0;
    String given = System.getProperty(COLUMNS_PROPERTY);
    if (given != null) {
      try {
        columns = Integer.parseInt(given.strip());
      } catch (NumberFormatException e) {
        columns = 0; // not a number: as if unknown
      }
    }
    return ColorMode.width(System.getenv(), columns, isTerminal(1));
  }

  /** Whether descriptor 1 (standard output) or 2 (standard error) is a terminal. */
  static boolean isTerminal(int fd) {
    String given = System.getProperty(TTY_PROPERTY);
    if (given != null) {
      return given.indexOf((char) ('0' + fd)) >= 0;
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return fd == 1 && consoleIsTerminal();
    }
  }

  /**
   * Without /proc: the console exists when standard input and output are terminals (JDK 17); from
   * JDK 22 it may exist without one, and {@code Console.isTerminal()} tells.
   */
  private static boolean consoleIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 17 to 21: a console is a terminal
    }
  }

  /** Whether a file descriptor of this process is a pipe (Linux: {@code /proc/self/fd}). */
  static boolean isPipe(int fd) {
    try {
      return Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString().startsWith("pipe:");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false; // no /proc: only the error message tells
    }
  }
}
