package dev.factx.cli;

import dev.factx.report.ColorMode;
import dev.factx.report.SafeText;
import java.io.Console;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the commands learn from the process: whether standard output is a terminal. One answer
 * serves both uses: colour in {@code --color auto}, and data ({@code clean}, {@code bundle}) shown
 * safe rather than byte for byte.
 */
final class Terminal {
  private static Boolean stdout;

  private Terminal() {}

  /** Whether to colour: in auto mode, only when standard output is a terminal. */
  static boolean colour(ColorMode mode) {
    return mode.colour(System.getenv(), mode == ColorMode.auto && stdoutIsTerminal());
  }

  /**
   * {@code out} as data goes to it: unchanged into a pipe or a file, shown safe ({@link
   * SafeText#lines}) when standard output is a terminal, so that an article cannot control it.
   */
  static Writer forData(Writer out) {
    return stdoutIsTerminal() ? SafeText.lines(out) : out;
  }

  /**
   * Whether standard output is a terminal. On Linux the link {@code /proc/self/fd/1} names the
   * device, whatever standard input is. Elsewhere {@code System.console()} stands in: on Java 17 to
   * 21 it exists only when standard input and output are both terminals (so {@code factx clean - <
   * file} at a terminal counts as not one); from Java 22 it may exist when output is redirected, and
   * its {@code isTerminal()} (called by reflection, as Java 17 lacks it) tells.
   */
  static boolean stdoutIsTerminal() {
    if (stdout == null) {
      stdout = detect();
    }
    return stdout;
  }

  private static boolean detect() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")
          || target.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // no /proc: ask the console
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // before Java 22 a console means a terminal
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
