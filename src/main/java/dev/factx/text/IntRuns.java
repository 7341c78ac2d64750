package dev.factx.text;

import java.util.Arrays;

/**
 * A sequence of ints kept as runs of arithmetic progressions ({@code 7, 8, 9, 10} is one run:
 * from 7, step 1), for per-character data that mostly counts up one by one: the source offsets of
 * a derived text, the file columns of a body. A text that came through with a few changes costs a
 * few ints per change instead of one int per character; where runs would cost more than the plain
 * values (a change at nearly every character) the values are kept as they are.
 */
public final class IntRuns {
  private final int size;
  // runs: run r covers indexes [index[r], index[r + 1]) with values value[r] + step[r] * (i - index[r]);
  // null when the values are kept plainly
  private final int[] index;
  private final int[] value;
  private final int[] step;
  private final int[] plain; // the values, when runs would not be smaller; else null

  private IntRuns(int size, int[] index, int[] value, int[] step, int[] plain) {
    this.size = size;
    this.index = index;
    this.value = value;
    this.step = step;
    this.plain = plain;
  }

  /** {@code first, first + 1, ...}, {@code size} values. */
  public static IntRuns counting(int first, int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size " + size);
    }
    return new IntRuns(size, new int[] {0}, new int[] {first}, new int[] {1}, null);
  }

  /** How many values. */
  public int size() {
    return size;
  }

  /** The value at {@code i}. */
  public int get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("index " + i + " of " + size);
    }
    if (plain != null) {
      return plain[i];
    }
    int r = runOf(i, 0, index.length);
    return value[r] + step[r] * (i - index[r]);
  }

  /** Whether the values are {@code first, first + 1, ...}. */
  public boolean isCounting(int first) {
    if (plain != null) {
      for (int i = 0; i < size; i++) {
        if (plain[i] != first + i) {
          return false;
        }
      }
      return true;
    }
    return size == 0 || index.length == 1 && value[0] == first && step[0] == 1;
  }

  /** How many runs are kept (the size when the values are kept plainly): for tests of memory. */
  int stored() {
    return plain != null ? plain.length : index.length;
  }

  /** The run holding index i, among runs [from, to). */
  private int runOf(int i, int from, int to) {
    int r = Arrays.binarySearch(index, from, to, i);
    return r >= 0 ? r : -r - 2;
  }

  /**
   * Reads the values in any order, fastest when each index is at or just after the one before:
   * it keeps the run it read last. One reader per thread; the sequence itself is immutable.
   */
  public Reader reader() {
    return new Reader();
  }

  /** A cursor over the values that remembers the run it read last. */
  public final class Reader {
    private int run;

    private Reader() {}

    /** The value at {@code i}. */
    public int get(int i) {
      if (plain != null || i < 0 || i >= size) {
        return IntRuns.this.get(i);
      }
      int runs = index.length;
      if (i < index[run] || run + 1 < runs && i >= index[run + 1]) {
        // the next run is the usual case when reading forwards
        run = run + 1 < runs && i >= index[run + 1] && (run + 2 >= runs || i < index[run + 2])
            ? run + 1
            : runOf(i, 0, runs);
      }
      return value[run] + step[run] * (i - index[run]);
    }
  }

  /** Collects values one at a time into runs. */
  public static final class Builder {
    private int[] index = new int[8];
    private int[] value = new int[8];
    private int[] step = new int[8];
    private int runs;
    private int size;
    private int last; // the value added last

    /** Appends a value. */
    public Builder add(int v) {
      if (runs > 0) {
        int r = runs - 1;
        int length = size - index[r];
        if (length == 1) {
          step[r] = v - value[r]; // any two values make a progression
          last = v;
          size++;
          return this;
        }
        if (v - last == step[r]) {
          last = v;
          size++;
          return this;
        }
      }
      if (runs == index.length) {
        int grown = (int) Math.min(Integer.MAX_VALUE - 8, 2L * runs);
        index = Arrays.copyOf(index, grown);
        value = Arrays.copyOf(value, grown);
        step = Arrays.copyOf(step, grown);
      }
      index[runs] = size;
      value[runs] = v;
      step[runs] = 1;
      runs++;
      last = v;
      size++;
      return this;
    }

    /**
     * Appends {@code first, first + 1, ..., first + count - 1}: the same runs as adding them one
     * at a time, in constant time. After two single adds the last run steps by 1 (it holds
     * {@code first, first + 1}, or it is {@code first + 1} alone, which starts with step 1), so
     * every further value extends it.
     */
    public Builder addCounting(int first, int count) {
      if (count > 0) {
        add(first);
      }
      if (count > 1) {
        add(first + 1);
      }
      if (count > 2) {
        size += count - 2;
        last = first + count - 1;
      }
      return this;
    }

    /** How many values were added. */
    public int size() {
      return size;
    }

    /** The values added so far, as runs, or plainly where three ints a run would cost more. */
    public IntRuns build() {
      if (runs == 0) {
        return new IntRuns(0, new int[] {0}, new int[] {0}, new int[] {1}, null);
      }
      if (3L * runs > size) {
        int[] plain = new int[size];
        for (int r = 0; r < runs; r++) {
          int end = r + 1 < runs ? index[r + 1] : size;
          for (int i = index[r]; i < end; i++) {
            plain[i] = value[r] + step[r] * (i - index[r]);
          }
        }
        return new IntRuns(size, null, null, null, plain);
      }
      return new IntRuns(size, Arrays.copyOf(index, runs), Arrays.copyOf(value, runs),
          Arrays.copyOf(step, runs), null);
    }
  }
}
