package dev.gosem.runtime.slice;

import dev.gosem.runtime.Panics;
import java.util.Arrays;

/**
 * A slice of float64 or float32: an immutable header over a {@code double[]} (float32 elements
 * are kept rounded to float32). The nil slice is {@code null}. {@code elemSize} is 8 for float64
 * and 4 for float32. See {@link LongSlice} for the conventions.
 */
public final class DoubleSlice {
  public final double[] array;
  public final int offset;
  public final int len;
  public final int cap;

  public DoubleSlice(double[] array, int offset, int len, int cap) {
    this.array = array;
    this.offset = offset;
    this.len = len;
    this.cap = cap;
  }

  /** make([]T, len). */
  public static DoubleSlice make(long len, int elemSize) {
    return make(len, len, elemSize);
  }

  /** make([]T, len, cap), with Go's panics for bad sizes. */
  public static DoubleSlice make(long len, long cap, int elemSize) {
    Growth.checkMake(len, cap, elemSize);
    return new DoubleSlice(new double[Growth.javaLength(cap)], 0, (int) len, (int) cap);
  }

  /** A slice literal []T{v...}: length and capacity are the number of values. */
  public static DoubleSlice of(double... values) {
    return new DoubleSlice(values, 0, values.length, values.length);
  }

  /** arr[low:high] of an array (or of *arr): the slice shares the array. */
  public static DoubleSlice ofArray(double[] arr, long low, long high) {
    if (arr == null) {
      throw Panics.nilDereference();
    }
    if (high < 0 || high > arr.length) {
      throw Panics.sliceHighOverLength(high, arr.length);
    }
    if (low < 0 || low > high) {
      throw Panics.sliceLowOverHigh(low, high);
    }
    return new DoubleSlice(arr, (int) low, (int) (high - low), (int) (arr.length - low));
  }

  /** arr[low:high:max] of an array. */
  public static DoubleSlice ofArray(double[] arr, long low, long high, long max) {
    if (arr == null) {
      throw Panics.nilDereference();
    }
    if (max < 0 || max > arr.length) {
      throw Panics.slice3MaxOverLength(max, arr.length);
    }
    if (high < 0 || high > max) {
      throw Panics.slice3HighOverMax(high, max);
    }
    if (low < 0 || low > high) {
      throw Panics.slice3LowOverHigh(low, high);
    }
    return new DoubleSlice(arr, (int) low, (int) (high - low), (int) (max - low));
  }

  public static long len(DoubleSlice s) {
    return s == null ? 0 : s.len;
  }

  public static long cap(DoubleSlice s) {
    return s == null ? 0 : s.cap;
  }

  /** s[i], with Go's index check. */
  public static double get(DoubleSlice s, long i) {
    int n = s == null ? 0 : s.len;
    if (i < 0 || i >= n) {
      throw Panics.indexOutOfRange(i, n);
    }
    return s.array[s.offset + (int) i];
  }

  /** s[i] = v, with Go's index check; v already normalized to the element type. */
  public static void set(DoubleSlice s, long i, double v) {
    int n = s == null ? 0 : s.len;
    if (i < 0 || i >= n) {
      throw Panics.indexOutOfRange(i, n);
    }
    s.array[s.offset + (int) i] = v;
  }

  /** s[low:high]. Slicing nil gives nil. */
  public static DoubleSlice slice(DoubleSlice s, long low, long high) {
    int c = s == null ? 0 : s.cap;
    if (high < 0 || high > c) {
      throw Panics.sliceHighOverCapacity(high, c);
    }
    if (low < 0 || low > high) {
      throw Panics.sliceLowOverHigh(low, high);
    }
    if (s == null) {
      return null;
    }
    return new DoubleSlice(s.array, s.offset + (int) low, (int) (high - low), s.cap - (int) low);
  }

  /** s[low:] (high is len(s)). */
  public static DoubleSlice sliceFrom(DoubleSlice s, long low) {
    return slice(s, low, s == null ? 0 : s.len);
  }

  /** s[low:high:max]. */
  public static DoubleSlice slice(DoubleSlice s, long low, long high, long max) {
    int c = s == null ? 0 : s.cap;
    if (max < 0 || max > c) {
      throw Panics.slice3MaxOverCapacity(max, c);
    }
    if (high < 0 || high > max) {
      throw Panics.slice3HighOverMax(high, max);
    }
    if (low < 0 || low > high) {
      throw Panics.slice3LowOverHigh(low, high);
    }
    if (s == null) {
      return null;
    }
    return new DoubleSlice(s.array, s.offset + (int) low, (int) (high - low), (int) (max - low));
  }

  /** append(s, v). */
  public static DoubleSlice append(DoubleSlice s, int elemSize, double v) {
    if (s != null && s.len < s.cap) {
      s.array[s.offset + s.len] = v;
      return new DoubleSlice(s.array, s.offset, s.len + 1, s.cap);
    }
    DoubleSlice g = grow(s, 1, elemSize);
    g.array[g.len - 1] = v;
    return g;
  }

  /** append(s, v1, v2, ...). */
  public static DoubleSlice append(DoubleSlice s, int elemSize, double... values) {
    return appendArray(s, elemSize, values, 0, values.length);
  }

  /** append(s, t...). */
  public static DoubleSlice appendSlice(DoubleSlice s, int elemSize, DoubleSlice t) {
    if (t == null || t.len == 0) {
      return s;
    }
    return appendArray(s, elemSize, t.array, t.offset, t.len);
  }

  private static DoubleSlice appendArray(
      DoubleSlice s, int elemSize, double[] src, int from, int n) {
    if (n == 0) {
      return s;
    }
    int oldLen = s == null ? 0 : s.len;
    if (s != null && s.cap - s.len >= n) {
      System.arraycopy(src, from, s.array, s.offset + s.len, n);
      return new DoubleSlice(s.array, s.offset, s.len + n, s.cap);
    }
    // src may be s's own array: read it before anything is overwritten (grow copies, never moves).
    DoubleSlice g = grow(s, n, elemSize);
    System.arraycopy(src, from, g.array, oldLen, n);
    return g;
  }

  /** A new backing array holding s's elements, with length len(s)+n and Go's capacity. */
  private static DoubleSlice grow(DoubleSlice s, int n, int elemSize) {
    long oldLen = s == null ? 0 : s.len;
    long oldCap = s == null ? 0 : s.cap;
    long needed = oldLen + n;
    long newCap = Growth.newCapacity(oldCap, needed, elemSize);
    double[] a = new double[Growth.javaLength(newCap)];
    if (s != null) {
      System.arraycopy(s.array, s.offset, a, 0, s.len);
    }
    return new DoubleSlice(a, 0, (int) needed, (int) newCap);
  }

  /** copy(dst, src): the number of elements copied; overlapping ranges copy as memmove does. */
  public static long copy(DoubleSlice dst, DoubleSlice src) {
    if (dst == null || src == null) {
      return 0;
    }
    int n = Math.min(dst.len, src.len);
    System.arraycopy(src.array, src.offset, dst.array, dst.offset, n);
    return n;
  }

  /** The elements as a new array (for the runtime's own use: fmt, sort, conversions). */
  public static double[] toArray(DoubleSlice s) {
    return s == null ? new double[0] : Arrays.copyOfRange(s.array, s.offset, s.offset + s.len);
  }
}
