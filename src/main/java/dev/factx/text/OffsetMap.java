package dev.factx.text;

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
  // Memory matters: a map is kept for every article of a run (and an article can be 50 MB), so
  // the source starts and ends of the derived chars are kept as runs (IntRuns): a text that came
  // through unchanged costs a few ints, and one with a change every so often a few ints per change.
  private final int n;
  private final IntRuns starts; // source start of derived char i
  private final IntRuns ends; // source end of derived char i
  private final int end; // source offset of the derived end

  private OffsetMap(int n, IntRuns starts, IntRuns ends, int end) {
    this.n = n;
    this.starts = starts;
    this.ends = ends;
    this.end = end;
  }

  /** The map of a text to itself, for {@code length} characters. */
  public static OffsetMap identity(int length) {
    return new OffsetMap(length, IntRuns.counting(0, length), IntRuns.counting(1, length), length);
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
    return offset == n ? end : starts.get(offset);
  }

  /** The source offset just after derived character {@code offset}. */
  public int sourceEnd(int offset) {
    if (offset < 0 || offset >= n) {
      throw new IndexOutOfBoundsException("offset " + offset + " of " + n);
    }
    return ends.get(offset);
  }

  /** The source range of a derived span; an empty span maps to an empty range. */
  public Span toSource(Span derived) {
    int s = sourceStart(derived.start());
    if (derived.length() == 0) {
      return new Span(s, s);
    }
    return new Span(s, Math.max(s, sourceEnd(derived.end() - 1)));
  }

  /** Whether every derived char i came from {@code [i, i + 1)}. */
  private boolean unchanged() {
    return starts.isCounting(0) && ends.isCounting(1);
  }

  /** This map followed by {@code inner}: derived offsets of this map, source offsets of inner. */
  public OffsetMap andThen(OffsetMap inner) {
    if (inner.unchanged() && inner.n == end && inner.end == end) {
      return this; // inner is the identity on all this map reaches
    }
    if (unchanged()) {
      return inner.prefix(n);
    }
    // char by char, as toSource composes them; the readers make each lookup O(1) in text order
    Builder b = new Builder();
    IntRuns.Reader myStarts = starts.reader();
    IntRuns.Reader myEnds = ends.reader();
    IntRuns.Reader innerStarts = inner.starts.reader();
    IntRuns.Reader innerEnds = inner.ends.reader();
    for (int i = 0; i < n; i++) {
      int start = myStarts.get(i);
      int stop = Math.max(start, myEnds.get(i));
      if (start < 0 || start > inner.n) {
        throw new IndexOutOfBoundsException("offset " + start + " of " + inner.n);
      }
      int s = start == inner.n ? inner.end : innerStarts.get(start);
      if (stop == start) {
        b.add(s, s);
      } else {
        if (stop - 1 >= inner.n) {
          throw new IndexOutOfBoundsException("offset " + (stop - 1) + " of " + inner.n);
        }
        b.add(s, Math.max(s, innerEnds.get(stop - 1)));
      }
    }
    return b.build(inner.sourceStart(end));
  }

  /** This map for its first {@code length} derived characters. */
  private OffsetMap prefix(int length) {
    if (length == n) {
      return this;
    }
    Builder b = new Builder();
    IntRuns.Reader myStarts = starts.reader();
    IntRuns.Reader myEnds = ends.reader();
    for (int i = 0; i < length; i++) {
      b.add(myStarts.get(i), myEnds.get(i));
    }
    return b.build(sourceStart(length));
  }

  /**
   * Builds a map one derived character at a time. Characters that each come from the source
   * character after the one before extend a run and cost nothing more.
   */
  public static final class Builder {
    private final IntRuns.Builder starts = new IntRuns.Builder();
    private final IntRuns.Builder ends = new IntRuns.Builder();

    /** Appends a derived character that came from source range {@code [sourceStart, sourceEnd)}. */
    public Builder add(int sourceStart, int sourceEnd) {
      starts.add(sourceStart);
      ends.add(sourceEnd);
      return this;
    }

    /**
     * Appends {@code count} derived characters that came each from its own source character,
     * from {@code sourceStart} on: the same map as {@code add(k, k + 1)} for each k in turn.
     */
    public Builder addCounting(int sourceStart, int count) {
      starts.addCounting(sourceStart, count);
      ends.addCounting(sourceStart + 1, count);
      return this;
    }

    public int length() {
      return starts.size();
    }

    /**
     * Finishes the map; {@code sourceLength} is where the derived end maps to. The builder is
     * done: add nothing after this.
     */
    public OffsetMap build(int sourceLength) {
      return new OffsetMap(starts.size(), starts.build(), ends.build(), sourceLength);
    }
  }
}
