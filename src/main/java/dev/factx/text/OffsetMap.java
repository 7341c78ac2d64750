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
  // Memory matters on long texts (a 50 MB article), so a map keeps only what it needs: nothing for
  // the identity, one array when every derived char ends where the next starts (the usual case:
  // nothing dropped, nothing expanded), two arrays otherwise. Arrays may be longer than n.
  private final int n;
  private final int[] starts; // source start of derived char i < n; null: i
  private final int[] ends; // source end of derived char i; null: the next char's start, or last
  private final int last; // source end of the last derived char
  private final int end; // source offset of the derived end

  private OffsetMap(int n, int[] starts, int[] ends, int last, int end) {
    this.n = n;
    this.starts = starts;
    this.ends = ends;
    this.last = last;
    this.end = end;
  }

  /** The map of a text to itself, for {@code length} characters. */
  public static OffsetMap identity(int length) {
    return new OffsetMap(length, null, null, length, length);
  }

  /** The length of the derived text. */
  public int length() {
    return n;
  }

  /** The source offset where derived character {@code offset} starts ({@code length()} allowed). */
  public int sourceStart(int offset) {
    if (offset < 0 || offset > n) {
      throw new IndexOutOfBoundsException("offset " + offset + " of " + n);
    }
    return offset == n ? end : starts == null ? offset : starts[offset];
  }

  /** The source offset just after derived character {@code offset}. */
  public int sourceEnd(int offset) {
    if (offset < 0 || offset >= n) {
      throw new IndexOutOfBoundsException("offset " + offset + " of " + n);
    }
    if (ends != null) {
      return ends[offset];
    }
    return offset == n - 1 ? last : starts == null ? offset + 1 : starts[offset + 1];
  }

  /** The source range of a derived span; an empty span maps to an empty range. */
  public Span toSource(Span derived) {
    int s = sourceStart(derived.start());
    if (derived.length() == 0) {
      return new Span(s, s);
    }
    return new Span(s, Math.max(s, sourceEnd(derived.end() - 1)));
  }

  /** This map followed by {@code inner}: derived offsets of this map, source offsets of inner. */
  public OffsetMap andThen(OffsetMap inner) {
    if (inner.starts == null && inner.n == end && inner.end == end) {
      return this; // inner is the identity on all this map reaches
    }
    if (starts == null) {
      return inner.prefix(n);
    }
    Builder b = new Builder(n);
    for (int i = 0; i < n; i++) {
      int start = starts[i];
      Span mapped = inner.toSource(new Span(start, Math.max(start, sourceEnd(i))));
      b.add(mapped.start(), mapped.end());
    }
    return b.build(inner.sourceStart(end));
  }

  /** This map for its first {@code length} derived characters. */
  private OffsetMap prefix(int length) {
    if (length == n) {
      return this;
    }
    Builder b = new Builder(length);
    for (int i = 0; i < length; i++) {
      b.add(sourceStart(i), sourceEnd(i));
    }
    return b.build(sourceStart(length));
  }

  /**
   * Builds a map one derived character at a time. While every char maps to its own offset it
   * stores nothing, so that a text that came through unchanged costs no memory.
   */
  public static final class Builder {
    private final int expected;
    private int[] starts; // null while char i came from [i, i + 1) for every i so far
    private int[] ends; // made only when a char does not end where the next starts
    private int lastEnd;
    private int n;

    public Builder() {
      this(64);
    }

    /** A builder for about {@code expected} characters, so that it need not grow. */
    public Builder(int expected) {
      this.expected = Math.max(expected, 0);
    }

    /** Appends a derived character that came from source range {@code [sourceStart, sourceEnd)}. */
    public Builder add(int sourceStart, int sourceEnd) {
      if (starts == null && (sourceStart != n || sourceEnd != n + 1)) {
        stored();
      }
      if (starts != null) {
        if (n + 1 >= starts.length) {
          int size = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(64, 3L * starts.length / 2));
          starts = Arrays.copyOf(starts, size);
          if (ends != null) {
            ends = Arrays.copyOf(ends, size);
          }
        }
        if (ends == null && n > 0 && lastEnd != sourceStart) {
          irregular();
        }
        starts[n] = sourceStart;
        if (ends != null) {
          ends[n] = sourceEnd;
        }
      }
      lastEnd = sourceEnd;
      n++;
      return this;
    }

    /** From now on keeps every char's start: so far char i came from [i, i + 1). */
    private void stored() {
      starts = new int[Math.max(expected, n) + 2];
      for (int i = 0; i < n; i++) {
        starts[i] = i;
      }
    }

    /** From now on keeps every char's end: the chars so far end where the next starts. */
    private void irregular() {
      ends = new int[starts.length];
      for (int i = 0; i + 1 < n; i++) {
        ends[i] = starts[i + 1];
      }
      ends[n - 1] = lastEnd;
    }

    public int length() {
      return n;
    }

    /**
     * Finishes the map; {@code sourceLength} is where the derived end maps to. The builder is
     * done: add nothing after this.
     */
    public OffsetMap build(int sourceLength) {
      return new OffsetMap(n, starts, ends, lastEnd, sourceLength);
    }
  }
}
