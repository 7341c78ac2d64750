package dev.factx.clean;

import dev.factx.text.Span;
import java.util.Objects;

/**
 * One line of an article body and the cleaner's verdict on it.
 *
 * @param span the line in the raw body, line end excluded
 * @param paragraph the index of the paragraph (logical line) it belongs to; lines of a
 *     hard-wrapped paragraph share one; -1 for a blank line
 * @param reason why the line is furniture, or null when it is story (or blank)
 */
public record BodyLine(Span span, int paragraph, String reason) {
  public BodyLine {
    Objects.requireNonNull(span, "span");
  }

  /** Whether the line stays in the story text (blank lines count as kept). */
  public boolean kept() {
    return reason == null;
  }

  public boolean blank() {
    return paragraph < 0;
  }
}
