package dev.factx.text;

/**
 * A half-open range {@code [start, end)} of character offsets in some text.
 *
 * @param start first offset, inclusive
 * @param end last offset, exclusive
 */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The text this span covers in {@code s}. */
  public String of(CharSequence s) {
    return s.subSequence(start, end).toString();
  }

  // equals and hashCode written out, with the formulas of the ones a record is given: those link
  // through java.lang.runtime.ObjectMethods at their first call, milliseconds of every start-up

  @Override
  public boolean equals(Object o) {
    return o instanceof Span s && start == s.start && end == s.end;
  }

  @Override
  public int hashCode() {
    return 31 * start + end;
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
