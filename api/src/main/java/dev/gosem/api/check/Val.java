package dev.gosem.api.check;

import dev.gosem.api.constant.Const;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Val is the checker's exact constant value. Numbers are exact: integers are BigIntegers and
 * floats exact rationals while numerator and denominator stay below {@link #MAX_BITS} bits (as
 * Go's go/constant does); beyond that a float becomes a BigDecimal of 512-bit-like precision.
 * Strings are Go byte-strings (one char per byte).
 */
sealed interface Val {
  /** Rationals with a numerator or denominator this long turn into approximate floats. */
  int MAX_BITS = 4096;

  /** Precision of approximate floats: about Go's 512-bit mantissa. */
  MathContext APPROX = new MathContext(160, RoundingMode.HALF_EVEN);

  record BoolV(boolean v) implements Val {}

  record StrV(String v) implements Val {}

  record IntV(BigInteger v) implements Val {}

  /** An exact rational num/den, den > 0, in lowest terms. */
  record RatV(BigInteger num, BigInteger den) implements Val {}

  /** An approximate float outside the exact range. */
  record FloatV(BigDecimal v) implements Val {}

  /**
   * The value of a constant whose declaration failed (it overflowed its type, say): go/constant's
   * Unknown. It is representable in every type and operations on it yield it again, so one
   * mistake is reported once.
   */
  record UnknownV() implements Val {}

  Val UNKNOWN = new UnknownV();

  static boolean isUnknown(Val v) {
    return v instanceof UnknownV;
  }

  static Val of(boolean b) {
    return new BoolV(b);
  }

  static Val of(long v) {
    return new IntV(BigInteger.valueOf(v));
  }

  static Val of(BigInteger v) {
    return new IntV(v);
  }

  static Val str(String bytes) {
    return new StrV(bytes);
  }

  /** A normalised rational, or an approximate float when it is too large to keep exact. */
  static Val rat(BigInteger num, BigInteger den) {
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    BigInteger g = num.gcd(den);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      num = num.divide(g);
      den = den.divide(g);
    }
    if (num.signum() == 0) den = BigInteger.ONE;
    if (num.bitLength() >= MAX_BITS || den.bitLength() >= MAX_BITS) {
      return new FloatV(new BigDecimal(num).divide(new BigDecimal(den), APPROX));
    }
    return new RatV(num, den);
  }

  static Val fromDecimal(BigDecimal d) {
    int scale = d.scale();
    BigInteger unscaled = d.unscaledValue();
    if (Math.abs((long) scale) > 1300) {
      // Too large or small to keep exact cheaply.
      return new FloatV(d.round(APPROX));
    }
    if (scale <= 0) return rat(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
    return rat(unscaled, BigInteger.TEN.pow(scale));
  }

  static Val fromDouble(double d) {
    if (d == 0) return rat(BigInteger.ZERO, BigInteger.ONE);
    return fromDecimal(new BigDecimal(d));
  }

  // ---- classification ----

  static boolean isNumeric(Val v) {
    return v instanceof IntV || v instanceof RatV || v instanceof FloatV;
  }

  static int sign(Val v) {
    return switch (v) {
      case IntV i -> i.v.signum();
      case RatV r -> r.num.signum();
      case FloatV f -> f.v.signum();
      case UnknownV u -> 1;
      default -> 0;
    };
  }

  /** The value as an exact integer, or null if it is not an integral number. */
  static BigInteger toInt(Val v) {
    return switch (v) {
      case IntV i -> i.v;
      case RatV r -> r.den.equals(BigInteger.ONE) ? r.num : null;
      case FloatV f -> {
        BigDecimal s = f.v.stripTrailingZeros();
        if (s.scale() > 0) yield null;
        if (-s.scale() > 100_000) yield null; // absurdly large: treat as non-representable
        yield s.toBigIntegerExact();
      }
      default -> null;
    };
  }

  static boolean isIntegral(Val v) {
    return toInt(v) != null;
  }

  /** The value as a float (rational or approximate). */
  static Val toFloat(Val v) {
    return switch (v) {
      case IntV i -> rat(i.v, BigInteger.ONE);
      default -> v;
    };
  }

  static BigDecimal toDecimal(Val v, MathContext mc) {
    return switch (v) {
      case IntV i -> new BigDecimal(i.v);
      case RatV r -> r.den.equals(BigInteger.ONE)
          ? new BigDecimal(r.num)
          : new BigDecimal(r.num).divide(new BigDecimal(r.den), mc);
      case FloatV f -> f.v;
      default -> throw new IllegalStateException("not a number: " + v);
    };
  }

  /**
   * The nearest float64 (round half to even), or an infinity if the value overflows float64.
   */
  static double toDouble(Val v) {
    return switch (v) {
      case IntV i -> new BigDecimal(i.v).doubleValue();
      case RatV r -> {
        if (r.den.equals(BigInteger.ONE)) yield new BigDecimal(r.num).doubleValue();
        // Truncate to many digits and add a sticky digit: a non-terminating quotient is never a
        // halfway point, and 800 digits are more than any halfway point between doubles needs.
        BigDecimal q = new BigDecimal(r.num).divide(new BigDecimal(r.den), new MathContext(800, RoundingMode.DOWN));
        if (q.multiply(new BigDecimal(r.den)).compareTo(new BigDecimal(r.num)) != 0) {
          q = q.add(q.ulp().divide(BigDecimal.TEN).multiply(BigDecimal.valueOf(q.signum())));
        }
        yield q.doubleValue();
      }
      case FloatV f -> f.v.doubleValue();
      default -> throw new IllegalStateException("not a number: " + v);
    };
  }

  static int compare(Val a, Val b) {
    if (a instanceof UnknownV || b instanceof UnknownV) return 1;
    if (a instanceof IntV x && b instanceof IntV y) return x.v.compareTo(y.v);
    if (a instanceof StrV x && b instanceof StrV y) return x.v.compareTo(y.v);
    if (a instanceof BoolV x && b instanceof BoolV y) return Boolean.compare(x.v, y.v);
    Val fa = toFloat(a);
    Val fb = toFloat(b);
    if (fa instanceof RatV x && fb instanceof RatV y) {
      return x.num.multiply(y.den).compareTo(y.num.multiply(x.den));
    }
    return toDecimal(fa, APPROX).compareTo(toDecimal(fb, APPROX));
  }

  // ---- arithmetic (operands already of matching kinds) ----

  static Val add(Val a, Val b) {
    if (a instanceof IntV x && b instanceof IntV y) return of(x.v.add(y.v));
    if (a instanceof StrV x && b instanceof StrV y) return str(x.v + y.v);
    return floatOp(a, b, 0);
  }

  static Val sub(Val a, Val b) {
    if (a instanceof IntV x && b instanceof IntV y) return of(x.v.subtract(y.v));
    return floatOp(a, b, 1);
  }

  static Val mul(Val a, Val b) {
    if (a instanceof IntV x && b instanceof IntV y) return of(x.v.multiply(y.v));
    return floatOp(a, b, 2);
  }

  /** Exact (float) division; b is not zero. */
  static Val quo(Val a, Val b) {
    return floatOp(a, b, 3);
  }

  private static Val floatOp(Val a, Val b, int op) {
    Val fa = toFloat(a);
    Val fb = toFloat(b);
    if (fa instanceof RatV x && fb instanceof RatV y) {
      return switch (op) {
        case 0 -> rat(x.num.multiply(y.den).add(y.num.multiply(x.den)), x.den.multiply(y.den));
        case 1 -> rat(x.num.multiply(y.den).subtract(y.num.multiply(x.den)), x.den.multiply(y.den));
        case 2 -> rat(x.num.multiply(y.num), x.den.multiply(y.den));
        default -> rat(x.num.multiply(y.den), x.den.multiply(y.num));
      };
    }
    BigDecimal da = toDecimal(fa, APPROX);
    BigDecimal db = toDecimal(fb, APPROX);
    BigDecimal r = switch (op) {
      case 0 -> da.add(db, APPROX);
      case 1 -> da.subtract(db, APPROX);
      case 2 -> da.multiply(db, APPROX);
      default -> da.divide(db, APPROX);
    };
    return normalizeApprox(r);
  }

  /** An approximate result that came back into the exact range becomes exact again. */
  private static Val normalizeApprox(BigDecimal r) {
    if (r.signum() == 0) return rat(BigInteger.ZERO, BigInteger.ONE);
    long exp = (long) r.precision() - r.scale();
    if (Math.abs(exp) < 1000) return fromDecimal(r);
    return new FloatV(r);
  }

  static Val neg(Val a) {
    return switch (a) {
      case IntV x -> of(x.v.negate());
      case RatV r -> new RatV(r.num.negate(), r.den);
      case FloatV f -> new FloatV(f.v.negate());
      default -> throw new IllegalStateException("cannot negate " + a);
    };
  }

  // ---- conversion to the public model ----

  /** The public constant for a value of a final type (floats: exact decimal of the value). */
  static Const toConst(Val v) {
    return switch (v) {
      case BoolV b -> new Const.Bool(b.v);
      case StrV s -> new Const.Str(s.v);
      case IntV i -> new Const.Int(i.v);
      case RatV r -> new Const.Float(toDecimal(r, Const.FLOAT_PRECISION));
      case FloatV f -> new Const.Float(f.v.round(Const.FLOAT_PRECISION));
      case UnknownV u -> null;
    };
  }

  // ---- Go's spelling of a value (go/constant's String) ----

  static String goString(Val v) {
    return switch (v) {
      case BoolV b -> Boolean.toString(b.v);
      case IntV i -> i.v.toString();
      case StrV s -> quoteTruncated(s.v);
      case RatV r -> floatString(v);
      case FloatV f -> floatString(v);
      case UnknownV u -> "unknown";
    };
  }

  private static String floatString(Val v) {
    double d = toDouble(v);
    boolean zero = sign(v) == 0;
    if (!Double.isInfinite(d) && (d == 0) == zero) {
      // Go 1.19's %.6g (later Go versions add digits when a non-integer would look integral).
      return GoFormat.formatG(d, 6);
    }
    // Outside float64's range: mantissa with 6 digits and a decimal exponent.
    BigDecimal x = toDecimal(v, APPROX);
    BigDecimal r = x.round(new MathContext(6, RoundingMode.HALF_EVEN));
    int exp = r.precision() - r.scale() - 1;
    BigDecimal mant = r.movePointLeft(exp);
    String m = GoFormat.formatG(mant.doubleValue(), 6);
    return m + "e" + (exp >= 0 ? "+" : "-") + Math.abs(exp);
  }

  /** strconv.Quote of a byte-string, cut to 72 runes with "..." as go/constant does. */
  static String quoteTruncated(String bytes) {
    String q = GoFormat.quote(bytes);
    final int maxLen = 72;
    if (q.codePointCount(0, q.length()) > maxLen) {
      int end = q.offsetByCodePoints(0, maxLen - 3);
      q = q.substring(0, end) + "...";
    }
    return q;
  }
}
