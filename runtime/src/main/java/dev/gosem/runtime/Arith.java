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

  /**
   * int64(f) as Go on amd64 computes it (CVTTSD2SQ): truncated toward zero, and MinInt64 for NaN
   * and values outside int64, where Java's (long) would saturate. Also the first step of
   * uint32(f), which keeps the low 32 bits.
   */
  public static long floatToInt64(double f) {
    return f >= -0x1p63 && f < 0x1p63 ? (long) f : Long.MIN_VALUE;
  }

  /**
   * int32(f) as Go on amd64 computes it (CVTTSD2SL), MinInt32 outside int32 and for NaN; int16,
   * int8, uint16 and uint8 conversions keep the low bits of this.
   */
  public static long floatToInt32(double f) {
    return f > -0x1p31 - 1 && f < 0x1p31 ? (long) f : Integer.MIN_VALUE;
  }

  /**
   * uint64(f) as Go on amd64 computes it: below 2^63 as int64(f); from 2^63 on (and for NaN)
   * int64(f - 2^63) with the top bit set.
   */
  public static long floatToUint64(double f) {
    if (f < 0x1p63) return floatToInt64(f);
    return floatToInt64(f - 0x1p63) | Long.MIN_VALUE;
  }
}
