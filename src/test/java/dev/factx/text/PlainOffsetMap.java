package dev.factx.text;

/**
 * The reference model of {@link OffsetMap}: one source start and end per derived char, in plain
 * arrays, composed char by char. The compact map must answer every question as this one does.
 */
final class PlainOffsetMap {
  final int[] starts;
  final int[] ends;
  final int end;

  PlainOffsetMap(int[] starts, int[] ends, int end) {
    this.starts = starts.clone();
    this.ends = ends.clone();
    this.end = end;
  }

  static PlainOffsetMap identity(int length) {
    int[] s = new int[length];
    int[] e = new int[length];
    for (int i = 0; i < length; i++) {
      s[i] = i;
      e[i] = i + 1;
    }
    return new PlainOffsetMap(s, e, length);
  }

  int length() {
    return starts.length;
  }

  int sourceStart(int offset) {
    if (offset < 0 || offset > length()) {
      throw new IndexOutOfBoundsException(offset);
    }
    return offset == length() ? end : starts[offset];
  }

  int sourceEnd(int offset) {
    return ends[offset];
  }

  Span toSource(Span derived) {
    int s = sourceStart(derived.start());
    if (derived.length() == 0) {
      return new Span(s, s);
    }
    return new Span(s, Math.max(s, sourceEnd(derived.end() - 1)));
  }

  private boolean unchanged() {
    for (int i = 0; i < length(); i++) {
      if (starts[i] != i || ends[i] != i + 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * Composition as factx has always done it: an inner identity changes nothing, an unchanged
   * outer map takes inner's first chars (and inner's start at this map's length as its end).
   */
  PlainOffsetMap andThen(PlainOffsetMap inner) {
    if (inner.unchanged() && inner.length() == end && inner.end == end) {
      return this;
    }
    int n = length();
    if (unchanged()) {
      int[] s = new int[n];
      int[] e = new int[n];
      for (int i = 0; i < n; i++) {
        s[i] = inner.sourceStart(i);
        e[i] = inner.sourceEnd(i);
      }
      return new PlainOffsetMap(s, e, inner.sourceStart(n));
    }
    int[] s = new int[n];
    int[] e = new int[n];
    for (int i = 0; i < n; i++) {
      Span mapped = inner.toSource(new Span(starts[i], Math.max(starts[i], ends[i])));
      s[i] = mapped.start();
      e[i] = mapped.end();
    }
    return new PlainOffsetMap(s, e, inner.sourceStart(end));
  }

  /** The same map, built through {@link OffsetMap.Builder}. */
  OffsetMap compact() {
    OffsetMap.Builder b = new OffsetMap.Builder();
    for (int i = 0; i < length(); i++) {
      b.add(starts[i], ends[i]);
    }
    return b.build(end);
  }
}
