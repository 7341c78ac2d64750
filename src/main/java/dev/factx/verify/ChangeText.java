package dev.factx.verify;

import dev.factx.bundle.Location;
import dev.factx.report.Messages;
import java.io.IOException;
import java.io.Writer;

/** Writes a verification as text: one {@code FILE:LINE:COL: what: original -> reprint} line per change, then a summary. */
public final class ChangeText {
  private ChangeText() {}

  public static void write(Verification v, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    int changes = 0;
    for (Check c : v.checks()) {
      for (Change change : c.changes()) {
        Location loc = c.reprint().article().sourceMap().locate(change.at());
        b.append(c.reprint().article().file()).append(':').append(loc.line()).append(':')
            .append(loc.column()).append(": ").append(message(change)).append('\n');
        changes++;
      }
    }
    for (Check c : v.checks()) {
      b.append(c.reprint().article().id()).append(" against ").append(c.original().article().id())
          .append(": ").append(c.copied()).append(" of ").append(c.sentences())
          .append(" sentences copied, ").append(c.cut()).append(" cut, ")
          .append(c.changes().size()).append(c.changes().size() == 1 ? " change" : " changes")
          .append('\n');
    }
    b.append(changes == 0 ? "ok: no claim changed\n" : changes + (changes == 1 ? " change" : " changes") + " found\n");
    out.write(b.toString());
    out.flush();
  }

  /** {@code what: "original" -> "reprint"}, with the word diff for quotes ({@link Messages}). */
  static String message(Change c) {
    return Messages.change(c.what(), c.original(), c.reprint(), c.diff());
  }
}
