package dev.factx.text;

import java.util.Objects;

/**
 * A text derived from an article body, with the map from its offsets back to the raw body.
 *
 * @param value the derived text
 * @param toSource maps offsets of {@code value} to offsets of the raw article body
 */
public record Text(String value, OffsetMap toSource) {
  public Text {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(toSource, "toSource");
    if (toSource.length() != value.length()) {
      throw new IllegalArgumentException(
          "offset map covers " + toSource.length() + " chars, text has " + value.length());
    }
  }

  /** A text that is its own source. */
  public static Text of(String raw) {
    return new Text(raw, OffsetMap.identity(raw.length()));
  }

  /** The raw-body span of a span of this text. */
  public Span sourceSpan(Span span) {
    return toSource.toSource(span);
  }
}
