package dev.gosem.runtime.slice;

import dev.gosem.runtime.GoArrays;
import dev.gosem.runtime.Panics;
import dev.gosem.runtime.TypeDesc;
import java.util.Arrays;

/**
 * A slice of any element type that is not an integer, float or bool: strings, pointers,
 * interfaces, slices, maps, funcs, structs and arrays, over an {@code Object[]}. The nil slice is
 * {@code null}. See {@link LongSlice} for the conventions.
 *
 * <p>Operations that create elements or move them between arrays take the element's {@link
 * TypeDesc} ({@code elem}): its size drives append's growth, its zero value fills new slots
 * (every slot up to the capacity holds a valid zero value: "" for strings, a zero struct object
 * for structs), and struct and array elements are values, copied as Go copies them: growing
 * copies them into new objects, copy() assigns into the destination's objects. Callers pass
 * values they own (the compiler copies a struct before appending it).
 */
public final class RefSlice {
  public final Object[] array;
  public final int offset;
  public final int len;
  public final int cap;

  public RefSlice(Object[] array, int offset, int len, int cap) {
    this.array = array;
    this.offset = offset;
    this.len = len;
    this.cap = cap;
  }

  /** make([]T, len). */
  public static RefSlice make(long len, TypeDesc elem) {
    return make(len, len, elem);
  }

  /** make([]T, len, cap), with Go's panics for bad sizes; every slot holds T's zero value. */
  public static RefSlice make(long len, long cap, TypeDesc elem) {
    Growth.checkMake(len, cap, elem.size());
    Object[] a = new Object[Growth.javaLength(cap)];
    fillZero(a, 0, a.length, elem);
    return new RefSlice(a, 0, (int) len, (int) cap);
  }

  /** A slice literal []T{v...} of values the caller owns: length and capacity are their number. */
  public static RefSlice of(Object... values) {
    return new RefSlice(values, 0, values.length, values.length);
  }

  /** arr[low:high] of an array (or of *arr): the slice shares the array. */
  public static RefSlice ofArray(Object[] arr, long low, long high) {
    if (arr == null) {
      throw Panics.nilDereference();
    }
    if (high < 0 || high > arr.length) {
      throw Panics.sliceHighOverLength(high, arr.length);
    }
    if (low < 0 || low > high) {
      throw Panics.sliceLowOverHigh(low, high);
    }
    return new RefSlice(arr, (int) low, (int) (high - low), (int) (arr.length - low));
  }

  /** arr[low:high:max] of an array. */
  public static RefSlice ofArray(Object[] arr, long low, long high, long max) {
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
    return new RefSlice(arr, (int) low, (int) (high - low), (int) (max - low));
  }

  public static long len(RefSlice s) {
    return s == null ? 0 : s.len;
  }

  public static long cap(RefSlice s) {
    return s == null ? 0 : s.cap;
  }

  /**
   * s[i], with Go's index check. For struct and array elements this is the element's own object
   * (so s[i].f = v and &s[i] work on it); the compiler copies it where Go copies the value.
   */
  public static Object get(RefSlice s, long i) {
    int n = s == null ? 0 : s.len;
    if (i < 0 || i >= n) {
      throw Panics.indexOutOfRange(i, n);
    }
    return s.array[s.offset + (int) i];
  }

  /**
   * s[i] = v, storing the reference v. For struct and array elements, which pointers may refer
   * to, use {@link #assign} instead.
   */
  public static void set(RefSlice s, long i, Object v) {
    int n = s == null ? 0 : s.len;
    if (i < 0 || i >= n) {
      throw Panics.indexOutOfRange(i, n);
    }
    s.array[s.offset + (int) i] = v;
  }

  /** s[i] = v for a struct or array element: copies v into the element's object. */
  public static void assign(RefSlice s, long i, TypeDesc elem, Object v) {
    int n = s == null ? 0 : s.len;
    if (i < 0 || i >= n) {
      throw Panics.indexOutOfRange(i, n);
    }
    int k = s.offset + (int) i;
    s.array[k] = GoArrays.assignValue(elem, s.array[k], v);
  }

  /** s[low:high]. Slicing nil gives nil. */
  public static RefSlice slice(RefSlice s, long low, long high) {
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
    return new RefSlice(s.array, s.offset + (int) low, (int) (high - low), s.cap - (int) low);
  }

  /** s[low:] (high is len(s)). */
  public static RefSlice sliceFrom(RefSlice s, long low) {
    return slice(s, low, s == null ? 0 : s.len);
  }

  /** s[low:high:max]. */
  public static RefSlice slice(RefSlice s, long low, long high, long max) {
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
    return new RefSlice(s.array, s.offset + (int) low, (int) (high - low), (int) (max - low));
  }

  /** append(s, v), v a value the caller owns. */
  public static RefSlice append(RefSlice s, TypeDesc elem, Object v) {
    if (s != null && s.len < s.cap) {
      store(s.array, s.offset + s.len, elem, v);
      return new RefSlice(s.array, s.offset, s.len + 1, s.cap);
    }
    RefSlice g = grow(s, 1, elem);
    g.array[g.len - 1] = v;
    return g;
  }

  /** append(s, v1, v2, ...), values the caller owns. */
  public static RefSlice append(RefSlice s, TypeDesc elem, Object... values) {
    int n = values.length;
    if (n == 0) {
      return s;
    }
    if (s != null && s.cap - s.len >= n) {
      for (int i = 0; i < n; i++) {
        store(s.array, s.offset + s.len + i, elem, values[i]);
      }
      return new RefSlice(s.array, s.offset, s.len + n, s.cap);
    }
    int oldLen = s == null ? 0 : s.len;
    RefSlice g = grow(s, n, elem);
    System.arraycopy(values, 0, g.array, oldLen, n);
    return g;
  }

  /** append(s, t...): t's elements are copied (as values, for structs and arrays). */
  public static RefSlice appendSlice(RefSlice s, TypeDesc elem, RefSlice t) {
    if (t == null || t.len == 0) {
      return s;
    }
    int n = t.len;
    if (s != null && s.cap - s.len >= n) {
      moveElements(t.array, t.offset, s.array, s.offset + s.len, n, elem);
      return new RefSlice(s.array, s.offset, s.len + n, s.cap);
    }
    int oldLen = s == null ? 0 : s.len;
    RefSlice g = grow(s, n, elem);
    boolean mutable = isValueElem(elem);
    for (int i = 0; i < n; i++) {
      Object v = t.array[t.offset + i];
      g.array[oldLen + i] = mutable ? GoArrays.copyValue(elem, v) : v;
    }
    return g;
  }

  /**
   * A new backing array holding copies of s's elements, with length len(s)+n, Go's capacity and
   * zero values after the new length; slots [len(s), len(s)+n) are left for the caller.
   */
  private static RefSlice grow(RefSlice s, int n, TypeDesc elem) {
    int oldLen = s == null ? 0 : s.len;
    long oldCap = s == null ? 0 : s.cap;
    long needed = (long) oldLen + n;
    long newCap = Growth.newCapacity(oldCap, needed, elem.size());
    Object[] a = new Object[Growth.javaLength(newCap)];
    if (s != null) {
      if (isValueElem(elem)) {
        for (int i = 0; i < oldLen; i++) {
          a[i] = GoArrays.copyValue(elem, s.array[s.offset + i]);
        }
      } else {
        System.arraycopy(s.array, s.offset, a, 0, oldLen);
      }
    }
    fillZero(a, (int) needed, a.length, elem);
    return new RefSlice(a, 0, (int) needed, (int) newCap);
  }

  /** copy(dst, src): the number of elements copied; overlapping ranges copy as memmove does. */
  public static long copy(RefSlice dst, RefSlice src, TypeDesc elem) {
    if (dst == null || src == null) {
      return 0;
    }
    int n = Math.min(dst.len, src.len);
    moveElements(src.array, src.offset, dst.array, dst.offset, n, elem);
    return n;
  }

  private static void moveElements(
      Object[] src, int from, Object[] dst, int to, int n, TypeDesc elem) {
    if (!isValueElem(elem)) {
      System.arraycopy(src, from, dst, to, n);
      return;
    }
    if (src == dst && from < to) {
      for (int i = n - 1; i >= 0; i--) {
        store(dst, to + i, elem, src[from + i]);
      }
    } else {
      for (int i = 0; i < n; i++) {
        store(dst, to + i, elem, src[from + i]);
      }
    }
  }

  /** Stores a value into a slot: assigned into the slot's object for structs and arrays. */
  private static void store(Object[] a, int k, TypeDesc elem, Object v) {
    if (isValueElem(elem)) {
      a[k] = GoArrays.assignValue(elem, a[k], v);
    } else {
      a[k] = v;
    }
  }

  private static boolean isValueElem(TypeDesc elem) {
    TypeDesc.Kind k = elem.underlying().kind();
    return k == TypeDesc.Kind.STRUCT || k == TypeDesc.Kind.ARRAY;
  }

  private static void fillZero(Object[] a, int from, int to, TypeDesc elem) {
    if (from >= to) {
      return;
    }
    if (isValueElem(elem)) {
      for (int i = from; i < to; i++) {
        a[i] = elem.zero();
      }
    } else {
      Object zero = elem.zero();
      if (zero != null) {
        Arrays.fill(a, from, to, zero);
      }
    }
  }

  /** The elements as a new array (for the runtime's own use). */
  public static Object[] toArray(RefSlice s) {
    return s == null ? new Object[0] : Arrays.copyOfRange(s.array, s.offset, s.offset + s.len);
  }
}
