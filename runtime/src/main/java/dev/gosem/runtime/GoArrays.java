package dev.gosem.runtime;

import java.util.Arrays;

/**
 * Go arrays and value copies. An array {@code [N]T} is a Java array: {@code byte[]} for uint8
 * elements, {@code long[]} for other integers, {@code double[]} for floats, {@code boolean[]}
 * for bool, {@code Object[]} for everything else (a struct element is its own object, an array
 * element its own Java array). Go copies arrays and structs on assignment, so the generated code
 * and the runtime copy them with {@link #copyValue} and assign into an existing variable with
 * {@link #assignValue} (which keeps pointers to that variable valid).
 */
public final class GoArrays {
  private GoArrays() {}

  /** A new zero-valued array of array type {@code t}. */
  public static Object newArray(TypeDesc t) {
    TypeDesc u = t.underlying();
    if (u.kind() != TypeDesc.Kind.ARRAY) {
      throw new IllegalArgumentException("not an array type: " + t);
    }
    int n = (int) u.len();
    TypeDesc e = u.elem().underlying();
    return switch (e.kind()) {
      case UINT8 -> new byte[n];
      case BOOL -> new boolean[n];
      case FLOAT32, FLOAT64 -> new double[n];
      default -> {
        if (e.kind().isInteger()) {
          yield new long[n];
        }
        Object[] a = new Object[n];
        Object zero = u.elem().zero();
        if (zero != null) {
          boolean mutable = u.elem().zeroIsMutable();
          for (int i = 0; i < n; i++) {
            a[i] = mutable && i > 0 ? u.elem().zero() : zero;
          }
        }
        yield a;
      }
    };
  }

  /**
   * A copy of a value of type {@code t} as Go's assignment makes it: a deep copy of arrays and
   * structs, the value itself for every other type (immutable or a reference).
   */
  public static Object copyValue(TypeDesc t, Object v) {
    if (v == null) {
      return null;
    }
    TypeDesc u = t.underlying();
    return switch (u.kind()) {
      case STRUCT -> v instanceof ValueObject o ? o.goCopyValue() : ((GoStruct) v).goCopy();
      case ARRAY -> copyArray(u, v);
      default -> v;
    };
  }

  private static Object copyArray(TypeDesc u, Object v) {
    return switch (v) {
      case long[] a -> a.clone();
      case byte[] a -> a.clone();
      case double[] a -> a.clone();
      case boolean[] a -> a.clone();
      case Object[] a -> {
        TypeDesc e = u.elem();
        if (!e.zeroIsMutable()) {
          yield a.clone();
        }
        Object[] c = new Object[a.length];
        for (int i = 0; i < a.length; i++) {
          c[i] = copyValue(e, a[i]);
        }
        yield c;
      }
      default -> throw new IllegalArgumentException("not an array: " + v.getClass());
    };
  }

  /**
   * dst = src for a variable of type {@code t} holding an array or struct: copies into dst's
   * object so that pointers to it see the new value; returns dst. For other types it returns src
   * (the caller stores it).
   */
  public static Object assignValue(TypeDesc t, Object dst, Object src) {
    TypeDesc u = t.underlying();
    switch (u.kind()) {
      case STRUCT -> {
        if (dst == null) {
          return copyValue(t, src);
        }
        if (dst instanceof ValueObject o) {
          o.goAssignValue(src);
        } else {
          ((GoStruct) dst).goAssign((GoStruct) src);
        }
        return dst;
      }
      case ARRAY -> {
        if (dst == null) {
          return copyArray(u, src);
        }
        if (dst instanceof Object[] d && u.elem().zeroIsMutable()) {
          Object[] s = (Object[]) src;
          if (d == s) {
            return dst;
          }
          for (int i = 0; i < d.length; i++) {
            d[i] = assignValue(u.elem(), d[i], s[i]);
          }
        } else {
          System.arraycopy(src, 0, dst, 0, java.lang.reflect.Array.getLength(dst));
        }
        return dst;
      }
      default -> {
        return src;
      }
    }
  }

  /** a == b for two arrays of array type {@code t}, element by element with Go's ==. */
  public static boolean equal(TypeDesc t, Object a, Object b) {
    return GoEquality.equal(t, a, b);
  }

  // Fast paths the compiler can call for arrays of basic element types.

  public static boolean equal(long[] a, long[] b) {
    return Arrays.equals(a, b);
  }

  public static boolean equal(byte[] a, byte[] b) {
    return Arrays.equals(a, b);
  }

  public static boolean equal(boolean[] a, boolean[] b) {
    return Arrays.equals(a, b);
  }

  /** Go's == on float arrays: NaN differs from itself, -0 equals +0. */
  public static boolean equal(double[] a, double[] b) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        return false;
      }
    }
    return true;
  }
}
