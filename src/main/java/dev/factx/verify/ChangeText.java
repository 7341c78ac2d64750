package dev.factx.verify;

import dev.factx.bundle.Location;
import dev.factx.report.Messages;
import dev.factx.report.SafeText;
import dev.factx.text.Plural;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumSet;
import java.util.Set;

/**
 * Writes a verification as text: one {@code FILE:LINE:COL: what: original -> reprint} line per
 * change, then a summary; file names and article text shown safe ({@link SafeText}).
 */
public final class ChangeText {
  private ChangeText() {}

  public static void write(Verification v, Writer out) throws IOException {
    write(v, EnumSet.allOf(ChangeKind.class), "any", out);
  }

  /**
   * Writes the changes, and in the summary how many fail the run when not every kind does.
   *
   * @param failing the kinds of change that fail the run
   * @param failOn {@code --fail-on} as given, for the summary
   */
  public static void write(Verification v, Set<ChangeKind> failing, String failOn, Writer out)
      throws IOException {
    StringBuilder b = new StringBuilder();
    int changes = 0;
    for (Check c : v.checks()) {
      for (Change change : c.changes()) {
        Location loc = c.reprint().article().sourceMap().locate(change.at());
        b.append(SafeText.file(c.reprint().article().file())).append(':').append(loc.line())
            .append(':').append(loc.column()).append(": ").append(SafeText.line(message(change)))
            .append('\n');
        changes++;
      }
    }
    for (Check c : v.checks()) {
      b.append(SafeText.line(c.reprint().article().id())).append(" against ")
          .append(SafeText.line(c.original().article().id()))
          .append(": ").append(c.copied()).append(" of ")
          .append(Plural.of(c.sentences(), "sentence", "sentences")).append(" copied, ")
          .append(c.cut()).append(" cut, ")
          .append(Plural.of(c.changes().size(), "change", "changes")).append('\n');
    }
    b.append(changes == 0 ? "ok: no claim changed" : Plural.of(changes, "change", "changes")
        + " found");
    if (changes > 0 && failing.size() < ChangeKind.values().length) {
      long fail = v.failing(failing);
      b.append(", ").append(fail == 0 ? "none" : fail == changes ? "all" : fail + " of them")
          .append(" failing the run (--fail-on ").append(failOn).append(')');
    }
    b.append('\n');
    out.write(b.toString());
    out.flush();
  }

  /** {@code what: "original" -> "reprint"}, with the word diff for quotes ({@link Messages}). */
  static String message(Change c) {
    return Messages.change(c.what(), c.original(), c.reprint(), c.diff());
  }
}
