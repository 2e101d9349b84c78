package dev.gosem.backend.amd64.rt;

import java.math.BigInteger;

/**
 * The powers of ten the shortest-float algorithm (Giulietti's Schubfach) multiplies by,
 * computed exactly with BigInteger when the executable is linked: for each k in [K_MIN, K_MAX],
 * 10^-k = β·2^r with 2^125 ≤ β < 2^126, and g = floor(β) + 1 split into its high 63 bits g1
 * and low 63 bits g0.
 */
public final class Pow10Table {
  public static final int K_MIN = -324;
  public static final int K_MAX = 292;

  private Pow10Table() {}

  /** floor(e·log2(10)) for |e| ≤ 1650 (Schubfach's flog2pow10). */
  public static int flog2pow10(int e) {
    return (int) (e * 913_124_641_741L >> 38);
  }

  /** {g1, g0} for k. */
  public static long[] g(int k) {
    int r = flog2pow10(-k) - 125;
    BigInteger g;
    // β = 10^-k / 2^r, so floor(β) = floor(10^-k · 2^-r), with the sign of each exponent handled exactly.
    if (-k >= 0) {
      BigInteger p = BigInteger.TEN.pow(-k);
      g = r >= 0 ? p.shiftRight(r) : p.shiftLeft(-r);
    } else {
      BigInteger p = BigInteger.TEN.pow(k);
      // floor(2^-r / 10^k); -r is positive here since 10^-k < 1 needs a large scale.
      g = BigInteger.ONE.shiftLeft(-r).divide(p);
    }
    g = g.add(BigInteger.ONE);
    long mask63 = Long.MAX_VALUE;
    return new long[] {g.shiftRight(63).longValueExact(), g.longValue() & mask63};
  }

  private static final byte[] TABLE = compute();

  /** The whole table as little-endian words: g1 then g0 for k = K_MIN .. K_MAX (a fresh copy). */
  public static byte[] bytes() {
    return TABLE.clone();
  }

  private static byte[] compute() {
    int n = K_MAX - K_MIN + 1;
    byte[] out = new byte[16 * n];
    for (int i = 0; i < n; i++) {
      long[] g = g(K_MIN + i);
      for (int b = 0; b < 8; b++) {
        out[16 * i + b] = (byte) (g[0] >>> (8 * b));
        out[16 * i + 8 + b] = (byte) (g[1] >>> (8 * b));
      }
    }
    return out;
  }
}
