package dev.gosem.runtime.slice;

import dev.gosem.runtime.Panics;
import java.util.Arrays;

/**
 * A slice of uint8 (byte): an immutable header over a {@code byte[]}, so that []byte costs a
 * byte per element and converts to and from strings (Latin-1 byte strings) by a plain copy.
 * Elements read as long 0..255 and are stored from longs (the low 8 bits), like every other
 * integer. The nil slice is {@code null}. See {@link LongSlice} for the conventions.
 */
public final class ByteSlice {
  public final byte[] array;
  public final int offset;
  public final int len;
  public final int cap;

  public ByteSlice(byte[] array, int offset, int len, int cap) {
    this.array = array;
    this.offset = offset;
    this.len = len;
    this.cap = cap;
  }

  /** make([]T, len). */
  public static ByteSlice make(long len) {
    return make(len, len);
  }

  /** make([]T, len, cap), with Go's panics for bad sizes. */
  public static ByteSlice make(long len, long cap) {
    Growth.checkMake(len, cap, 1);
    return new ByteSlice(new byte[Growth.javaLength(cap)], 0, (int) len, (int) cap);
  }

  /** A slice literal []T{v...}: length and capacity are the number of values. */
  public static ByteSlice of(long... values) {
    return new ByteSlice(bytes(values), 0, values.length, values.length);
  }

  /** arr[low:high] of an array (or of *arr): the slice shares the array. */
  public static ByteSlice ofArray(byte[] arr, long low, long high) {
    if (arr == null) {
      throw Panics.nilDereference();
    }
    if (high < 0 || high > arr.length) {
      throw Panics.sliceHighOverLength(high, arr.length);
    }
    if (low < 0 || low > high) {
      throw Panics.sliceLowOverHigh(low, high);
    }
    return new ByteSlice(arr, (int) low, (int) (high - low), (int) (arr.length - low));
  }

  /** arr[low:high:max] of an array. */
  public static ByteSlice ofArray(byte[] arr, long low, long high, long max) {
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
    return new ByteSlice(arr, (int) low, (int) (high - low), (int) (max - low));
  }

  public static long len(ByteSlice s) {
    return s == null ? 0 : s.len;
  }

  public static long cap(ByteSlice s) {
    return s == null ? 0 : s.cap;
  }

  /** s[i], with Go's index check. */
  public static long get(ByteSlice s, long i) {
    int n = s == null ? 0 : s.len;
    if (i < 0 || i >= n) {
      throw Panics.indexOutOfRange(i, n);
    }
    return s.array[s.offset + (int) i] & 0xFF;
  }

  /** s[i] = v, with Go's index check; v already normalized to the element type. */
  public static void set(ByteSlice s, long i, long v) {
    int n = s == null ? 0 : s.len;
    if (i < 0 || i >= n) {
      throw Panics.indexOutOfRange(i, n);
    }
    s.array[s.offset + (int) i] = (byte) v;
  }

  /** s[low:high]. Slicing nil gives nil. */
  public static ByteSlice slice(ByteSlice s, long low, long high) {
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
    return new ByteSlice(s.array, s.offset + (int) low, (int) (high - low), s.cap - (int) low);
  }

  /** s[low:] (high is len(s)). */
  public static ByteSlice sliceFrom(ByteSlice s, long low) {
    return slice(s, low, s == null ? 0 : s.len);
  }

  /** s[low:high:max]. */
  public static ByteSlice slice(ByteSlice s, long low, long high, long max) {
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
    return new ByteSlice(s.array, s.offset + (int) low, (int) (high - low), (int) (max - low));
  }

  /** append(s, v). */
  public static ByteSlice append(ByteSlice s, long v) {
    if (s != null && s.len < s.cap) {
      s.array[s.offset + s.len] = (byte) v;
      return new ByteSlice(s.array, s.offset, s.len + 1, s.cap);
    }
    ByteSlice g = grow(s, 1);
    g.array[g.len - 1] = (byte) v;
    return g;
  }

  /** append(s, v1, v2, ...). */
  public static ByteSlice append(ByteSlice s, long... values) {
    return appendArray(s, bytes(values), 0, values.length);
  }

  /** append(s, t...). */
  public static ByteSlice appendSlice(ByteSlice s, ByteSlice t) {
    if (t == null || t.len == 0) {
      return s;
    }
    return appendArray(s, t.array, t.offset, t.len);
  }

  private static ByteSlice appendArray(ByteSlice s, byte[] src, int from, int n) {
    if (n == 0) {
      return s;
    }
    int oldLen = s == null ? 0 : s.len;
    if (s != null && s.cap - s.len >= n) {
      System.arraycopy(src, from, s.array, s.offset + s.len, n);
      return new ByteSlice(s.array, s.offset, s.len + n, s.cap);
    }
    // src may be s's own array: read it before anything is overwritten (grow copies, never moves).
    ByteSlice g = grow(s, n);
    System.arraycopy(src, from, g.array, oldLen, n);
    return g;
  }

  /** A new backing array holding s's elements, with length len(s)+n and Go's capacity. */
  private static ByteSlice grow(ByteSlice s, int n) {
    long oldLen = s == null ? 0 : s.len;
    long oldCap = s == null ? 0 : s.cap;
    long needed = oldLen + n;
    long newCap = Growth.newCapacity(oldCap, needed, 1);
    byte[] a = new byte[Growth.javaLength(newCap)];
    if (s != null) {
      System.arraycopy(s.array, s.offset, a, 0, s.len);
    }
    return new ByteSlice(a, 0, (int) needed, (int) newCap);
  }

  /** copy(dst, src): the number of elements copied; overlapping ranges copy as memmove does. */
  public static long copy(ByteSlice dst, ByteSlice src) {
    if (dst == null || src == null) {
      return 0;
    }
    int n = Math.min(dst.len, src.len);
    System.arraycopy(src.array, src.offset, dst.array, dst.offset, n);
    return n;
  }

  private static byte[] bytes(long[] values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  /**
   * []byte(s) for a string that is not a constant, where the result escapes: Go allocates it
   * with rawbyteslice, so the capacity is the size class (cap([]byte(s)) is 8 for a 5-byte s).
   */
  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the Latin-1 copy
  public static ByteSlice fromString(String s) {
    int n = s.length();
    int cap = (int) Growth.roundUpSize(n);
    byte[] a = new byte[cap];
    s.getBytes(0, n, a, 0);
    return new ByteSlice(a, 0, n, cap);
  }

  /**
   * []byte(s) where Go's escape analysis keeps the result on the stack: strings of up to 32 bytes
   * go to a 32-byte buffer (capacity 32), longer ones as {@link #fromString}.
   */
  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the Latin-1 copy
  public static ByteSlice fromStringLocal(String s) {
    int n = s.length();
    if (n > 32) {
      return fromString(s);
    }
    byte[] a = new byte[32];
    s.getBytes(0, n, a, 0);
    return new ByteSlice(a, 0, n, 32);
  }

  /** []byte("constant"): Go allocates exactly len bytes. */
  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the Latin-1 copy
  public static ByteSlice fromConstString(String s) {
    int n = s.length();
    byte[] a = new byte[n];
    s.getBytes(0, n, a, 0);
    return new ByteSlice(a, 0, n, n);
  }

  /** string(b): a copy of the bytes as a Go byte-string. */
  public static String toGoString(ByteSlice b) {
    if (b == null || b.len == 0) {
      return "";
    }
    return new String(b.array, b.offset, b.len, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** append(b, s...) for a string s. */
  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the Latin-1 copy
  public static ByteSlice appendString(ByteSlice b, String s) {
    int n = s.length();
    if (n == 0) {
      return b;
    }
    ByteSlice r;
    if (b != null && b.cap - b.len >= n) {
      r = new ByteSlice(b.array, b.offset, b.len + n, b.cap);
    } else {
      r = grow(b, n);
    }
    s.getBytes(0, n, r.array, r.offset + r.len - n);
    return r;
  }

  /** copy(b, s) for a string s. */
  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the Latin-1 copy
  public static long copyString(ByteSlice dst, String src) {
    if (dst == null) {
      return 0;
    }
    int n = Math.min(dst.len, src.length());
    src.getBytes(0, n, dst.array, dst.offset);
    return n;
  }

  /** The elements as a new array (for the runtime's own use: fmt, sort, conversions). */
  public static byte[] toArray(ByteSlice s) {
    return s == null ? new byte[0] : Arrays.copyOfRange(s.array, s.offset, s.offset + s.len);
  }
}
