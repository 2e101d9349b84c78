package dev.gosem.runtime;

/**
 * Integer operations whose Go semantics the JVM's instructions do not give directly. Compiled
 * code keeps every integer in a long, normalized to its Go type's width (sign-extended for
 * signed types, zero-extended for unsigned ones), and re-normalizes results itself; these
 * helpers only add Go's checks and out-of-range shift counts.
 */
public final class Arith {
  private Arith() {}

  /** x / y truncated toward zero; MinInt64 / -1 is MinInt64 in both Go and Java. */
  public static long div(long x, long y) {
    if (y == 0) throw Panics.divideByZero();
    return x / y;
  }

  /** x % y with the sign of x. */
  public static long rem(long x, long y) {
    if (y == 0) throw Panics.divideByZero();
    return x % y;
  }

  /** Division of two uint64 bit patterns. */
  public static long divUnsigned(long x, long y) {
    if (y == 0) throw Panics.divideByZero();
    return Long.divideUnsigned(x, y);
  }

  public static long remUnsigned(long x, long y) {
    if (y == 0) throw Panics.divideByZero();
    return Long.remainderUnsigned(x, y);
  }

  /** A shift count of a signed type: negative counts panic; returns the count. */
  public static long shiftCount(long n) {
    if (n < 0) throw Panics.negativeShift();
    return n;
  }

  /** x << n where n is an unsigned count: counts of 64 and more shift every bit out. */
  public static long shl(long x, long n) {
    return Long.compareUnsigned(n, 64) >= 0 ? 0 : x << n;
  }

  /** Arithmetic x >> n: large counts leave only the sign. */
  public static long shr(long x, long n) {
    return Long.compareUnsigned(n, 64) >= 0 ? x >> 63 : x >> n;
  }

  /** Logical x >> n for unsigned x. */
  public static long ushr(long x, long n) {
    return Long.compareUnsigned(n, 64) >= 0 ? 0 : x >>> n;
  }

  /** float64(x) for a uint64 bit pattern, correctly rounded. */
  public static double uint64ToFloat(long x) {
    if (x >= 0) return (double) x;
    // Halve with the low bit kept sticky so the final doubling rounds as the exact value would.
    double half = (double) ((x >>> 1) | (x & 1));
    return half * 2;
  }

  /** uint64(f) as amd64 Go computes it for f in range (values of 2^63 and above included). */
  public static long floatToUint64(double f) {
    final double twoTo63 = 9223372036854775808.0;
    if (f < twoTo63) return (long) f;
    return ((long) (f - twoTo63)) ^ Long.MIN_VALUE;
  }
}
