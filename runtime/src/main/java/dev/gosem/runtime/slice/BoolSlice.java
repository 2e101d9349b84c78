package dev.gosem.runtime.slice;

import dev.gosem.runtime.Panics;
import java.util.Arrays;

/**
 * A slice of bool: an immutable header over a {@code boolean[]}. The nil slice is {@code null}.
 * See {@link LongSlice} for the conventions; bool is one byte, so no element size is passed.
 */
public final class BoolSlice {
  public final boolean[] array;
  public final int offset;
  public final int len;
  public final int cap;

  public BoolSlice(boolean[] array, int offset, int len, int cap) {
    this.array = array;
    this.offset = offset;
    this.len = len;
    this.cap = cap;
  }

  /** make([]T, len). */
  public static BoolSlice make(long len) {
    return make(len, len);
  }

  /** make([]T, len, cap), with Go's panics for bad sizes. */
  public static BoolSlice make(long len, long cap) {
    Growth.checkMake(len, cap, 1);
    return new BoolSlice(new boolean[Growth.javaLength(cap)], 0, (int) len, (int) cap);
  }

  /** A slice literal []T{v...}: length and capacity are the number of values. */
  public static BoolSlice of(boolean... values) {
    return new BoolSlice(values, 0, values.length, values.length);
  }

  /** arr[low:high] of an array (or of *arr): the slice shares the array. */
  public static BoolSlice ofArray(boolean[] arr, long low, long high) {
    if (arr == null) {
      throw Panics.nilDereference();
    }
    if (high < 0 || high > arr.length) {
      throw Panics.sliceHighOverLength(high, arr.length);
    }
    if (low < 0 || low > high) {
      throw Panics.sliceLowOverHigh(low, high);
    }
    return new BoolSlice(arr, (int) low, (int) (high - low), (int) (arr.length - low));
  }

  /** arr[low:high:max] of an array. */
  public static BoolSlice ofArray(boolean[] arr, long low, long high, long max) {
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
    return new BoolSlice(arr, (int) low, (int) (high - low), (int) (max - low));
  }

  public static long len(BoolSlice s) {
    return s == null ? 0 : s.len;
  }

  public static long cap(BoolSlice s) {
    return s == null ? 0 : s.cap;
  }

  /** s[i], with Go's index check. */
  public static boolean get(BoolSlice s, long i) {
    int n = s == null ? 0 : s.len;
    if (i < 0 || i >= n) {
      throw Panics.indexOutOfRange(i, n);
    }
    return s.array[s.offset + (int) i];
  }

  /** s[i] = v, with Go's index check; v already normalized to the element type. */
  public static void set(BoolSlice s, long i, boolean v) {
    int n = s == null ? 0 : s.len;
    if (i < 0 || i >= n) {
      throw Panics.indexOutOfRange(i, n);
    }
    s.array[s.offset + (int) i] = v;
  }

  /** s[low:high]. Slicing nil gives nil. */
  public static BoolSlice slice(BoolSlice s, long low, long high) {
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
    return new BoolSlice(s.array, s.offset + (int) low, (int) (high - low), s.cap - (int) low);
  }

  /** s[low:] (high is len(s)). */
  public static BoolSlice sliceFrom(BoolSlice s, long low) {
    return slice(s, low, s == null ? 0 : s.len);
  }

  /** s[low:high:max]. */
  public static BoolSlice slice(BoolSlice s, long low, long high, long max) {
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
    return new BoolSlice(s.array, s.offset + (int) low, (int) (high - low), (int) (max - low));
  }

  /** append(s, v). */
  public static BoolSlice append(BoolSlice s, boolean v) {
    if (s != null && s.len < s.cap) {
      s.array[s.offset + s.len] = v;
      return new BoolSlice(s.array, s.offset, s.len + 1, s.cap);
    }
    BoolSlice g = grow(s, 1);
    g.array[g.len - 1] = v;
    return g;
  }

  /** append(s, v1, v2, ...). */
  public static BoolSlice append(BoolSlice s, boolean... values) {
    return appendArray(s, values, 0, values.length);
  }

  /** append(s, t...). */
  public static BoolSlice appendSlice(BoolSlice s, BoolSlice t) {
    if (t == null || t.len == 0) {
      return s;
    }
    return appendArray(s, t.array, t.offset, t.len);
  }

  private static BoolSlice appendArray(BoolSlice s, boolean[] src, int from, int n) {
    if (n == 0) {
      return s;
    }
    int oldLen = s == null ? 0 : s.len;
    if (s != null && s.cap - s.len >= n) {
      System.arraycopy(src, from, s.array, s.offset + s.len, n);
      return new BoolSlice(s.array, s.offset, s.len + n, s.cap);
    }
    // src may be s's own array: read it before anything is overwritten (grow copies, never moves).
    BoolSlice g = grow(s, n);
    System.arraycopy(src, from, g.array, oldLen, n);
    return g;
  }

  /** A new backing array holding s's elements, with length len(s)+n and Go's capacity. */
  private static BoolSlice grow(BoolSlice s, int n) {
    long oldLen = s == null ? 0 : s.len;
    long oldCap = s == null ? 0 : s.cap;
    long needed = oldLen + n;
    long newCap = Growth.newCapacity(oldCap, needed, 1);
    boolean[] a = new boolean[Growth.javaLength(newCap)];
    if (s != null) {
      System.arraycopy(s.array, s.offset, a, 0, s.len);
    }
    return new BoolSlice(a, 0, (int) needed, (int) newCap);
  }

  /** copy(dst, src): the number of elements copied; overlapping ranges copy as memmove does. */
  public static long copy(BoolSlice dst, BoolSlice src) {
    if (dst == null || src == null) {
      return 0;
    }
    int n = Math.min(dst.len, src.len);
    System.arraycopy(src.array, src.offset, dst.array, dst.offset, n);
    return n;
  }

  /** The elements as a new array (for the runtime's own use: fmt, sort, conversions). */
  public static boolean[] toArray(BoolSlice s) {
    return s == null ? new boolean[0] : Arrays.copyOfRange(s.array, s.offset, s.offset + s.len);
  }
}
