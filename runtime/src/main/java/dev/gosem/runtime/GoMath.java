package dev.gosem.runtime;

/**
 * Package math (the constants are the compiler's). Special cases follow Go, which differs from
 * java.lang.Math in places: Max(+Inf, NaN) is +Inf, Pow(1, NaN) and Pow(-1, ±Inf) are 1, Round
 * rounds half away from zero. Pow is Go's algorithm (repeated squaring of the mantissa for the
 * integer part of the exponent, so integer powers come out bit for bit as Go's); for fractional
 * exponents it uses exp and log, whose last bits may differ from Go's amd64 assembly (Go itself
 * gives different last bits on CPUs with and without FMA).
 */
public final class GoMath {
  private GoMath() {}

  /** NaN with Go's bit pattern (0x7FF8000000000001). */
  public static double nan() {
    return Double.longBitsToDouble(0x7FF8000000000001L);
  }

  /** math.Inf(sign): +Inf for sign >= 0. */
  public static double inf(long sign) {
    return sign >= 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
  }

  public static boolean isNaN(double f) {
    return f != f;
  }

  /** math.IsInf(f, sign): sign > 0 asks for +Inf, sign < 0 for -Inf, 0 for either. */
  public static boolean isInf(double f, long sign) {
    return (sign >= 0 && f == Double.POSITIVE_INFINITY)
        || (sign <= 0 && f == Double.NEGATIVE_INFINITY);
  }

  public static double sqrt(double x) {
    return Math.sqrt(x);
  }

  public static double abs(double x) {
    return Math.abs(x);
  }

  public static double floor(double x) {
    return Math.floor(x);
  }

  public static double ceil(double x) {
    return Math.ceil(x);
  }

  public static double trunc(double x) {
    return x < 0 ? Math.ceil(x) : Math.floor(x);
  }

  /** math.Round: half away from zero. */
  public static double round(double x) {
    if (x != x || Double.isInfinite(x)) {
      return x;
    }
    double t = trunc(x);
    if (Math.abs(x - t) >= 0.5) {
      return t + Math.copySign(1, x);
    }
    return t;
  }

  /** math.Max: +Inf wins over NaN, NaN over numbers, +0 over -0. */
  public static double max(double x, double y) {
    if (x == Double.POSITIVE_INFINITY || y == Double.POSITIVE_INFINITY) {
      return Double.POSITIVE_INFINITY;
    }
    if (x != x || y != y) {
      return nan();
    }
    if (x == 0 && x == y) {
      return Double.doubleToRawLongBits(x) < 0 ? y : x;
    }
    return x > y ? x : y;
  }

  /** math.Min: -Inf wins over NaN, NaN over numbers, -0 over +0. */
  public static double min(double x, double y) {
    if (x == Double.NEGATIVE_INFINITY || y == Double.NEGATIVE_INFINITY) {
      return Double.NEGATIVE_INFINITY;
    }
    if (x != x || y != y) {
      return nan();
    }
    if (x == 0 && x == y) {
      return Double.doubleToRawLongBits(x) < 0 ? x : y;
    }
    return x < y ? x : y;
  }

  /** math.Mod: the remainder with the sign of x (C's fmod, which Java's % is). */
  public static double mod(double x, double y) {
    return x % y;
  }

  public static double exp(double x) {
    return StrictMath.exp(x);
  }

  public static double log(double x) {
    return StrictMath.log(x);
  }

  /** math.Log2 as Go computes it: exact for powers of two. */
  public static double log2(double x) {
    if (x != x || x <= 0 || Double.isInfinite(x)) {
      return StrictMath.log(x) * INV_LN2;
    }
    double[] fe = frexp(x);
    if (fe[0] == 0.5) {
      return fe[1] - 1;
    }
    return StrictMath.log(fe[0]) * INV_LN2 + fe[1];
  }

  /** math.Log10 as Go computes it: log(x) * (1/ln 10). */
  public static double log10(double x) {
    return StrictMath.log(x) * INV_LN10;
  }

  // 1/Ln2 and 1/Ln10 as Go's exact constant arithmetic rounds them (1 / LN10 in double
  // arithmetic is one ulp off).
  private static final double INV_LN2 = 1.4426950408889634;
  private static final double INV_LN10 = 0.4342944819032518;

  /** math.Pow, Go's algorithm and special cases. */
  public static double pow(double x, double y) {
    if (y == 0 || x == 1) {
      return 1;
    }
    if (y == 1) {
      return x;
    }
    if (x != x || y != y) {
      return nan();
    }
    if (x == 0) {
      if (y < 0) {
        return isOddInt(y) ? Math.copySign(Double.POSITIVE_INFINITY, x) : Double.POSITIVE_INFINITY;
      }
      return isOddInt(y) ? x : 0;
    }
    if (Double.isInfinite(y)) {
      if (x == -1) {
        return 1;
      }
      return (Math.abs(x) < 1) == (y > 0) ? 0 : Double.POSITIVE_INFINITY;
    }
    if (Double.isInfinite(x)) {
      if (x < 0) {
        return pow(1 / x, -y);
      }
      return y < 0 ? 0 : Double.POSITIVE_INFINITY;
    }
    if (y == 0.5) {
      return Math.sqrt(x);
    }
    if (y == -0.5) {
      return 1 / Math.sqrt(x);
    }

    double ay = Math.abs(y);
    double yi = Math.floor(ay);
    double yf = ay - yi;
    if (yf != 0 && x < 0) {
      return nan();
    }
    if (yi >= 0x1p63) {
      if (x == -1) {
        return 1;
      }
      return (Math.abs(x) < 1) == (y > 0) ? 0 : Double.POSITIVE_INFINITY;
    }

    double a1 = 1.0;
    long ae = 0;
    if (yf != 0) {
      if (yf > 0.5) {
        yf--;
        yi++;
      }
      a1 = StrictMath.exp(yf * StrictMath.log(x));
    }

    double[] fe = frexp(x);
    double x1 = fe[0];
    long xe = (long) fe[1];
    for (long i = (long) yi; i != 0; i >>= 1) {
      if (xe < -(1 << 12) || (1 << 12) < xe) {
        ae += xe;
        break;
      }
      if ((i & 1) == 1) {
        a1 *= x1;
        ae += xe;
      }
      x1 *= x1;
      xe <<= 1;
      if (x1 < .5) {
        x1 += x1;
        xe--;
      }
    }
    if (y < 0) {
      a1 = 1 / a1;
      ae = -ae;
    }
    return ldexp(a1, ae);
  }

  private static boolean isOddInt(double x) {
    if (Math.abs(x) >= 0x1p53) {
      return false;
    }
    double xi = trunc(x);
    return xi == x && (((long) xi) & 1) == 1;
  }

  /** math.Frexp: {frac, exp} with frac in [0.5, 1) and x = frac × 2^exp. */
  public static double[] frexp(double x) {
    if (x == 0 || x != x || Double.isInfinite(x)) {
      return new double[] {x, 0};
    }
    int e = Math.getExponent(x);
    if (e == Double.MIN_EXPONENT - 1) {
      // Subnormal: scale up first.
      x *= 0x1p52;
      e = Math.getExponent(x) - 52;
      return new double[] {Math.scalb(x, -Math.getExponent(x) - 1), e + 1};
    }
    return new double[] {Math.scalb(x, -e - 1), e + 1};
  }

  /** math.Ldexp: frac × 2^exp, correctly rounded into the subnormal range. */
  public static double ldexp(double frac, long exp) {
    int e = (int) Math.max(Math.min(exp, 1 << 14), -(1 << 14));
    return Math.scalb(frac, e);
  }

  public static long float64bits(double f) {
    return Double.doubleToRawLongBits(f);
  }

  public static double float64frombits(long b) {
    return Double.longBitsToDouble(b);
  }
}
