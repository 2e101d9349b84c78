package dev.gosem.fuzz.tree;

import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.UnaryOp;
import java.math.BigInteger;
import java.util.List;

/**
 * E is an expression of the generator's programs. Every node knows its Go type, so the shrinker
 * can replace it with a literal or a subexpression of the same type and stay well typed.
 */
public sealed interface E {
  T type();

  /**
   * A literal: a BigInteger for an integer type, the literal's text for float64 (e.g. "2.5",
   * "-1e3"), a String for string, a Boolean for bool. A literal of a type other than int, float64,
   * string and bool is written as a conversion {@code int8(5)} unless {@code bare}, which the
   * generator sets only where the context gives the untyped literal its type.
   */
  record Lit(Ty type, Object value, boolean bare) implements E {
    public Lit {
      boolean ok = switch (type) {
        case BOOL -> value instanceof Boolean;
        case STRING -> value instanceof String;
        case FLOAT64 -> value instanceof String s && !s.isEmpty();
        default -> value instanceof BigInteger b && type.fits(b);
      };
      if (!ok) throw new IllegalArgumentException("bad " + type + " literal " + value);
    }

    public static Lit of(Ty type, long v) {
      return new Lit(type, BigInteger.valueOf(v), false);
    }

    public static Lit str(String s) {
      return new Lit(Ty.STRING, s, true);
    }

    public static Lit bool(boolean b) {
      return new Lit(Ty.BOOL, b, true);
    }

    /** Whether it is written without a conversion, as an untyped constant. */
    public boolean untyped() {
      return bare || type.isDefault();
    }
  }

  /** A variable, parameter, global or constant; {@code constant} is set for constants. */
  record Ref(T type, String name, Val constant) implements E {}

  record Unary(T type, UnaryOp op, E x) implements E {}

  record Binary(T type, BinaryOp op, E x, E y) implements E {}

  /** The conversion {@code type(x)}. */
  record Conv(Ty type, E x) implements E {}

  /**
   * A call of a function with one result. In a call of a recursive function from its own body,
   * the first argument is the depth ({@code d-1}), which keeps the recursion bounded, so the
   * shrinker leaves it alone.
   */
  record Call(T type, String fn, List<E> args, boolean recursive) implements E {}

  /** {@code len(x)} of a string, slice or map. */
  record Len(E x) implements E {
    @Override
    public T type() {
      return Ty.INT;
    }
  }

  /** {@code cap(x)} of a slice. */
  record Cap(E x) implements E {
    @Override
    public T type() {
      return Ty.INT;
    }
  }

  /** {@code s[i]}: a byte of a string. */
  record Index(E s, E i) implements E {
    @Override
    public T type() {
      return Ty.UINT8;
    }
  }

  /** {@code x[i]}: an element of a slice, or a map's value for key i (its zero value if absent). */
  record Elem(T type, E x, E i) implements E {}

  /** {@code x.name}: a field of a struct, or of the struct a pointer points to. */
  record Field(T type, E x, String name) implements E {}

  /** {@code &x} of a variable or a composite literal. */
  record Addr(T type, E x) implements E {}

  /** {@code *x}. */
  record Deref(T type, E x) implements E {}

  /**
   * A composite literal: {@code T{elems...}} of a slice type (keys null), {@code T{k: v, ...}} of a
   * map type, {@code T{f1: v1, ...}} of a struct type (keys null, values in field order).
   */
  record CompositeLit(T type, List<E> keys, List<E> values) implements E {}

  /** {@code make(T, n)} of a slice type, {@code make(T)} of a map type (len null). */
  record Make(T type, E len) implements E {}

  /** {@code new(T)} of a basic or struct type. */
  record New(T type) implements E {}

  /** {@code append(s, xs...)}. */
  record Append(T type, E s, List<E> xs) implements E {}

  /** {@code x[lo:hi]} of a string or slice; a null bound is left out. */
  record SliceOf(T type, E x, E lo, E hi) implements E {}

  /** A function literal; its body may read and assign the variables it captures. */
  record FuncLit(T.Func type, List<Fn.Param> params, List<S> body) implements E {}

  /** A call of a function value: {@code f(args)}. */
  record CallValue(T type, E fn, List<E> args) implements E {}

  /** A method call {@code x.name(args)}: on a struct, a pointer to one, or an interface (dynamic dispatch). */
  record MethodCall(T type, E x, String name, List<E> args) implements E {}

  /** The conversion {@code I(x)} of a value to an interface type. */
  record ToIface(T.Iface type, E x) implements E {}

  /** The type assertion {@code x.(T)}, which panics when x does not hold a T. */
  record Assert(T type, E x) implements E {}

  /** {@code errors.New(msg)}, typed {@code any} here: the generator only panics with it. */
  record ErrorsNew(String msg) implements E {
    @Override
    public T type() {
      return T.Iface.ANY;
    }
  }
}
