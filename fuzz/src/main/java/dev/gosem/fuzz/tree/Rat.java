package dev.gosem.fuzz.tree;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Rat is an exact rational number: Go's untyped float constants are exact, and so are ours. */
public record Rat(BigInteger num, BigInteger den) implements Comparable<Rat> {
  public Rat {
    if (den.signum() == 0) throw new ArithmeticException("zero denominator");
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    BigInteger g = num.gcd(den);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      num = num.divide(g);
      den = den.divide(g);
    }
  }

  public static Rat of(BigInteger i) {
    return new Rat(i, BigInteger.ONE);
  }

  /** The exact value of a decimal literal such as {@code 2.5} or {@code 1e-3}. */
  public static Rat parse(String literal) {
    BigDecimal d = new BigDecimal(literal);
    if (d.scale() <= 0) return of(d.toBigIntegerExact());
    return new Rat(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
  }

  public Rat add(Rat o) {
    return new Rat(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  public Rat sub(Rat o) {
    return add(o.negate());
  }

  public Rat mul(Rat o) {
    return new Rat(num.multiply(o.num), den.multiply(o.den));
  }

  public Rat div(Rat o) {
    return new Rat(num.multiply(o.den), den.multiply(o.num));
  }

  public Rat negate() {
    return new Rat(num.negate(), den);
  }

  public int signum() {
    return num.signum();
  }

  public boolean isInteger() {
    return den.equals(BigInteger.ONE);
  }

  /** Whether the value rounds to a finite float64 (Go rejects constants that overflow it). */
  public boolean fitsFloat64() {
    return Math.abs(num.doubleValue() / den.doubleValue()) < 1e300
        || (num.bitLength() - den.bitLength() < 1000);
  }

  @Override
  public int compareTo(Rat o) {
    return num.multiply(o.den).compareTo(o.num.multiply(den));
  }

  @Override
  public String toString() {
    return isInteger() ? num.toString() : num + "/" + den;
  }
}
