package dev.gosem.ir.pass;

import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;

/**
 * IntArith computes Go's integer operations on values held as the 64 bits of a long, wrapping
 * to the type's width: the semantics constant folding must reproduce exactly.
 */
final class IntArith {
  private IntArith() {}

  static int bits(Type t) {
    return ((Basic) Types.underlying(t)).kind().bits();
  }

  static boolean unsigned(Type t) {
    return ((Basic) Types.underlying(t)).kind().isUnsigned();
  }

  /** Truncates v to t's width, then sign- or zero-extends it back to 64 bits. */
  static long wrap(long v, Type t) {
    int shift = 64 - bits(t);
    if (shift == 0) return v;
    return unsigned(t) ? (v << shift) >>> shift : (v << shift) >> shift;
  }

  /** Quotient; the caller has checked the divisor is not zero. */
  static long div(long a, long b, Type t) {
    return wrap(unsigned(t) ? Long.divideUnsigned(a, b) : a / b, t);
  }

  static long rem(long a, long b, Type t) {
    return wrap(unsigned(t) ? Long.remainderUnsigned(a, b) : a % b, t);
  }

  /** x << s with Go's rule that counts at or above the width give 0; s is non-negative. */
  static long shl(long x, long s, Type t) {
    if (Long.compareUnsigned(s, 64) >= 0) return 0;
    return wrap(x << s, t);
  }

  /** x >> s: arithmetic for signed (counts past the width give 0 or -1), logical for unsigned. */
  static long shr(long x, long s, Type t) {
    if (unsigned(t)) return Long.compareUnsigned(s, 64) >= 0 ? 0 : x >>> s;
    return Long.compareUnsigned(s, 64) >= 0 ? (x < 0 ? -1 : 0) : x >> s;
  }

  /**
   * The float d truncated toward zero as a value of integer type t, or null when the result
   * does not fit t (including NaN and the infinities), where Go leaves the result to the machine.
   */
  static Long truncate(double d, Type t) {
    if (Double.isNaN(d) || Double.isInfinite(d)) return null;
    java.math.BigInteger i = new java.math.BigDecimal(d).toBigInteger();
    boolean fits = unsigned(t) ? i.signum() >= 0 && i.bitLength() <= bits(t) : i.bitLength() < bits(t);
    return fits ? wrap(i.longValue(), t) : null;
  }

  static int compare(long a, long b, Type t) {
    return unsigned(t) ? Long.compareUnsigned(a, b) : Long.compare(a, b);
  }
}
