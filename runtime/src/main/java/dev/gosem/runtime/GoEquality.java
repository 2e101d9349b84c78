package dev.gosem.runtime;

import java.util.List;

/**
 * Go's == and the matching hash, driven by type descriptors: what map keys, interface comparison
 * and comparison of arrays and structs held in interfaces use.
 *
 * <p>Floats compare as numbers (NaN differs from itself, -0 equals +0); pointers compare by
 * identity (a struct object standing for *T by reference, runtime pointer objects by the variable
 * they address); interface values by dynamic type, then value; arrays and structs element by
 * element (blank fields are skipped). Comparing interface values of identical uncomparable
 * dynamic types panics, as does hashing one.
 */
public final class GoEquality {
  private GoEquality() {}

  /** a == b for two values of type t, in t's representation. */
  public static boolean equal(TypeDesc t, Object a, Object b) {
    TypeDesc u = t.underlying();
    switch (u.kind()) {
      case FLOAT32, FLOAT64 -> {
        return ((Number) a).doubleValue() == ((Number) b).doubleValue();
      }
      case POINTER, CHAN, UNSAFE_POINTER -> {
        return a == b || (a != null && !(a instanceof GoStruct) && a.equals(b));
      }
      case INTERFACE -> {
        return ifaceEqual(a, b);
      }
      case ARRAY -> {
        return arrayEqual(u, a, b);
      }
      case STRUCT -> {
        GoStruct x = (GoStruct) a;
        GoStruct y = (GoStruct) b;
        List<TypeDesc.Field> fields = u.fields();
        for (int i = 0; i < fields.size(); i++) {
          TypeDesc.Field f = fields.get(i);
          if (f.name().equals("_")) {
            continue;
          }
          if (!equal(f.type(), x.goField(i), y.goField(i))) {
            return false;
          }
        }
        return true;
      }
      case SLICE, MAP, FUNC -> throw Panics.uncomparable(t);
      default -> {
        return a.equals(b);
      }
    }
  }

  private static boolean arrayEqual(TypeDesc u, Object a, Object b) {
    return switch (a) {
      case long[] x -> java.util.Arrays.equals(x, (long[]) b);
      case byte[] x -> java.util.Arrays.equals(x, (byte[]) b);
      case boolean[] x -> java.util.Arrays.equals(x, (boolean[]) b);
      case double[] x -> GoArrays.equal(x, (double[]) b);
      case Object[] x -> {
        Object[] y = (Object[]) b;
        TypeDesc e = u.elem();
        for (int i = 0; i < x.length; i++) {
          if (!equal(e, x[i], y[i])) {
            yield false;
          }
        }
        yield true;
      }
      default -> throw new IllegalArgumentException("not an array: " + a.getClass());
    };
  }

  /** x == y for two interface values (null is the nil interface). */
  public static boolean ifaceEqual(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    TypeDesc ta = TypeDesc.of(a);
    TypeDesc tb = TypeDesc.of(b);
    if (ta != tb) {
      return false;
    }
    if (!ta.comparable()) {
      throw Panics.uncomparable(ta);
    }
    return equal(ta, TypeDesc.valueOf(a), TypeDesc.valueOf(b));
  }

  /** The hash of an interface value, consistent with {@link #ifaceEqual}. */
  public static int ifaceHash(Object v) {
    if (v == null) {
      return 0;
    }
    TypeDesc t = TypeDesc.of(v);
    if (!t.comparable()) {
      throw Panics.unhashable(t);
    }
    return System.identityHashCode(t) * 31 + hash(t, TypeDesc.valueOf(v));
  }

  /** The hash of a value of type t, consistent with {@link #equal}. */
  public static int hash(TypeDesc t, Object v) {
    TypeDesc u = t.underlying();
    switch (u.kind()) {
      case FLOAT32, FLOAT64 -> {
        double d = ((Number) v).doubleValue();
        return d == 0 ? 0 : Double.hashCode(d);
      }
      case POINTER, CHAN, UNSAFE_POINTER -> {
        return v == null ? 0 : v instanceof GoStruct ? System.identityHashCode(v) : v.hashCode();
      }
      case INTERFACE -> {
        return ifaceHash(v);
      }
      case ARRAY -> {
        return switch (v) {
          case long[] x -> java.util.Arrays.hashCode(x);
          case byte[] x -> java.util.Arrays.hashCode(x);
          case boolean[] x -> java.util.Arrays.hashCode(x);
          case double[] x -> {
            int h = 1;
            for (double d : x) {
              h = h * 31 + (d == 0 ? 0 : Double.hashCode(d));
            }
            yield h;
          }
          case Object[] x -> {
            int h = 1;
            for (Object e : x) {
              h = h * 31 + hash(u.elem(), e);
            }
            yield h;
          }
          default -> throw new IllegalArgumentException("not an array: " + v.getClass());
        };
      }
      case STRUCT -> {
        GoStruct s = (GoStruct) v;
        List<TypeDesc.Field> fields = u.fields();
        int h = 1;
        for (int i = 0; i < fields.size(); i++) {
          TypeDesc.Field f = fields.get(i);
          if (!f.name().equals("_")) {
            h = h * 31 + hash(f.type(), s.goField(i));
          }
        }
        return h;
      }
      case SLICE, MAP, FUNC -> throw Panics.unhashable(t);
      default -> {
        return v.hashCode();
      }
    }
  }
}
