package dev.gosem.fuzz.tree;

import java.math.BigInteger;

/**
 * Val is the value of a constant expression, as Go's type checker knows it: an integer
 * ({@link BigInteger}), a float ({@link Rat}), a string or a bool; {@code untyped} when no type
 * was given yet (so the value is exact and checked only where it gets one).
 */
public record Val(Object value, boolean untyped) {
  public Val {
    if (!(value instanceof BigInteger || value instanceof Rat || value instanceof String || value instanceof Boolean)) {
      throw new IllegalArgumentException("not a constant value: " + value);
    }
  }

  public boolean isInt() {
    return value instanceof BigInteger;
  }

  public boolean isFloat() {
    return value instanceof Rat;
  }

  public BigInteger bigInt() {
    return (BigInteger) value;
  }

  /** The value as a rational (integers too). */
  public Rat rat() {
    return value instanceof BigInteger b ? Rat.of(b) : (Rat) value;
  }

  public boolean isZero() {
    return (value instanceof BigInteger b && b.signum() == 0) || (value instanceof Rat r && r.signum() == 0);
  }
}
