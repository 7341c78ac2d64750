package dev.factx.text;

import java.util.Arrays;

/**
 * Maps offsets in a derived text back to offsets in the text it was derived from.
 *
 * <p>Every derived character remembers the source range it came from, so a character that
 * replaced several (a folded whitespace run) maps back to all of them, and several characters
 * that replaced one ({@code …} to {@code ...}) all map back to that one. Maps compose the way
 * Lucene's {@code CharFilter.correctOffset} does: normalize(clean(raw)) maps to raw through
 * {@code normalizeMap.andThen(cleanMap)}.
 */
public final class OffsetMap {
  private final int[] starts; // source start of derived char i; starts[length] = source end
  private final int[] ends; // source end of derived char i

  private OffsetMap(int[] starts, int[] ends) {
    this.starts = starts;
    this.ends = ends;
  }

  /** The map of a text to itself, for {@code length} characters. */
  public static OffsetMap identity(int length) {
    int[] s = new int[length + 1];
    int[] e = new int[length];
    for (int i = 0; i < length; i++) {
      s[i] = i;
      e[i] = i + 1;
    }
    s[length] = length;
    return new OffsetMap(s, e);
  }

  /** The length of the derived text. */
  public int length() {
    return ends.length;
  }

  /** The source offset where derived character {@code offset} starts ({@code length()} allowed). */
  public int sourceStart(int offset) {
    return starts[offset];
  }

  /** The source offset just after derived character {@code offset}. */
  public int sourceEnd(int offset) {
    return ends[offset];
  }

  /** The source range of a derived span; an empty span maps to an empty range. */
  public Span toSource(Span derived) {
    int s = starts[derived.start()];
    if (derived.length() == 0) {
      return new Span(s, s);
    }
    return new Span(s, Math.max(s, ends[derived.end() - 1]));
  }

  /** This map followed by {@code inner}: derived offsets of this map, source offsets of inner. */
  public OffsetMap andThen(OffsetMap inner) {
    int n = length();
    int[] s = new int[n + 1];
    int[] e = new int[n];
    for (int i = 0; i < n; i++) {
      Span mapped = inner.toSource(new Span(starts[i], Math.max(starts[i], ends[i])));
      s[i] = mapped.start();
      e[i] = mapped.end();
    }
    s[n] = inner.sourceStart(starts[n]);
    return new OffsetMap(s, e);
  }

  /** Builds a map one derived character at a time. */
  public static final class Builder {
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int n;

    /** Appends a derived character that came from source range {@code [sourceStart, sourceEnd)}. */
    public Builder add(int sourceStart, int sourceEnd) {
      if (n + 1 >= starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
        ends = Arrays.copyOf(ends, ends.length * 2);
      }
      starts[n] = sourceStart;
      ends[n] = sourceEnd;
      n++;
      return this;
    }

    public int length() {
      return n;
    }

    /** Finishes the map; {@code sourceLength} is where the derived end maps to. */
    public OffsetMap build(int sourceLength) {
      int[] s = Arrays.copyOf(starts, n + 1);
      s[n] = sourceLength;
      return new OffsetMap(s, Arrays.copyOf(ends, n));
    }
  }
}
