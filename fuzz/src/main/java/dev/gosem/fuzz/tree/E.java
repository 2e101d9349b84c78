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
  Ty type();

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
  record Ref(Ty type, String name, Val constant) implements E {}

  record Unary(Ty type, UnaryOp op, E x) implements E {}

  record Binary(Ty type, BinaryOp op, E x, E y) implements E {}

  /** The conversion {@code type(x)}. */
  record Conv(Ty type, E x) implements E {}

  /**
   * A call of a function with one result. In a call of a recursive function from its own body,
   * the first argument is the depth ({@code d-1}), which keeps the recursion bounded, so the
   * shrinker leaves it alone.
   */
  record Call(Ty type, String fn, List<E> args, boolean recursive) implements E {}

  /** {@code len(x)} of a string. */
  record Len(E x) implements E {
    @Override
    public Ty type() {
      return Ty.INT;
    }
  }

  /** {@code s[i]}: a byte of a string. */
  record Index(E s, E i) implements E {
    @Override
    public Ty type() {
      return Ty.UINT8;
    }
  }
}
