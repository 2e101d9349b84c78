package dev.gosem.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The key order fmt prints maps in (Go's internal/fmtsort): numbers, strings and bools by value
 * (NaN first), structs and arrays field by field, interfaces by dynamic type then value, nil
 * first. Go orders pointers, channels and the dynamic types of interface keys by machine address;
 * with no addresses to compare we order by identity hash and by type text, so those orders (which
 * Go does not promise either) can differ from Go's.
 */
final class FmtSort {
  private FmtSort() {}

  /** Sorts [k0, v0, k1, v1, ...] by key, stably. */
  static Object[] sorted(TypeDesc keyType, Object[] kv) {
    List<Object[]> pairs = new ArrayList<>(kv.length / 2);
    for (int i = 0; i < kv.length; i += 2) {
      pairs.add(new Object[] {kv[i], kv[i + 1]});
    }
    pairs.sort((a, b) -> compare(keyType, a[0], b[0]));
    Object[] out = new Object[kv.length];
    for (int i = 0; i < pairs.size(); i++) {
      out[2 * i] = pairs.get(i)[0];
      out[2 * i + 1] = pairs.get(i)[1];
    }
    return out;
  }

  static int compare(TypeDesc t, Object a, Object b) {
    TypeDesc.Kind k = t.kind();
    switch (k) {
      case BOOL -> {
        return Boolean.compare((Boolean) a, (Boolean) b);
      }
      case FLOAT32, FLOAT64 -> {
        return floatCompare(((Number) a).doubleValue(), ((Number) b).doubleValue());
      }
      case STRING -> {
        return Integer.signum(((String) a).compareTo((String) b));
      }
      case STRUCT -> {
        GoStruct x = (GoStruct) a;
        GoStruct y = (GoStruct) b;
        for (int i = 0; i < t.fields().size(); i++) {
          int c = compare(t.fields().get(i).type(), x.goField(i), y.goField(i));
          if (c != 0) {
            return c;
          }
        }
        return 0;
      }
      case ARRAY -> {
        int n = Printer.listLength(a);
        for (int i = 0; i < n; i++) {
          int c = compare(t.elem(), Printer.listElement(a, i), Printer.listElement(b, i));
          if (c != 0) {
            return c;
          }
        }
        return 0;
      }
      case INTERFACE -> {
        if (a == null || b == null) {
          return a == null ? (b == null ? 0 : -1) : 1;
        }
        TypeDesc ta = TypeDesc.of(a);
        TypeDesc tb = TypeDesc.of(b);
        if (ta != tb) {
          int c = ta.string().compareTo(tb.string());
          return c != 0
              ? Integer.signum(c)
              : Integer.compare(System.identityHashCode(ta), System.identityHashCode(tb));
        }
        return compare(ta, TypeDesc.valueOf(a), TypeDesc.valueOf(b));
      }
      case POINTER, CHAN, UNSAFE_POINTER, FUNC -> {
        if (a == null || b == null) {
          return a == null ? (b == null ? 0 : -1) : 1;
        }
        return Integer.compare(System.identityHashCode(a), System.identityHashCode(b));
      }
      default -> {
        if (k.isSignedInt()) {
          return Long.compare((Long) a, (Long) b);
        }
        if (k.isUnsignedInt()) {
          return Long.compareUnsigned((Long) a, (Long) b);
        }
        throw new IllegalArgumentException("unordered key type " + t);
      }
    }
  }

  private static int floatCompare(double a, double b) {
    if (a < b) {
      return -1;
    }
    if (a > b) {
      return 1;
    }
    if (a == b) {
      return 0;
    }
    boolean na = Double.isNaN(a);
    boolean nb = Double.isNaN(b);
    if (na && !nb) {
      return -1;
    }
    if (!na && nb) {
      return 1;
    }
    return 0;
  }
}
