package dev.gosem.api.constant;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Const is the exact value of a constant expression. Integers are unbounded and floats carry
 * far more precision than float64, as Go's untyped constants do; a value is only narrowed when
 * the constant gets a type. String constants are Go byte-strings (one char per byte).
 */
public sealed interface Const {
  /** Precision for untyped float arithmetic: well above float64's 17 significant digits. */
  MathContext FLOAT_PRECISION = new MathContext(80);

  record Bool(boolean value) implements Const {
    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  record Int(BigInteger value) implements Const {
    public static Int of(long v) {
      return new Int(BigInteger.valueOf(v));
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  record Float(BigDecimal value) implements Const {
    @Override
    public String toString() {
      return value.stripTrailingZeros().toString();
    }
  }

  record Str(String value) implements Const {
    @Override
    public String toString() {
      return value;
    }
  }
}
