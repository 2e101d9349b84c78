package dev.gosem.runtime;

/**
 * Go's predeclared print and println. They write to the process's stderr in the runtime's own
 * formats, which differ from fmt's (floats always as +d.dddddde+ddd). The compiler lowers
 * println(a, b) to printX(a); printSp(); printX(b); printNl().
 */
public final class Builtin {
  private Builtin() {}

  public static void printBool(boolean v) {
    write(v ? "true" : "false");
  }

  public static void printInt(long v) {
    write(Long.toString(v));
  }

  /** An unsigned integer given as its 64 bits. */
  public static void printUint(long bits) {
    write(Long.toUnsignedString(bits));
  }

  /** float64 (and float32, which Go widens first). */
  public static void printFloat(double v) {
    write(formatFloat(v));
  }

  /** complex128: Go prints "(" real imag "i)" with both parts as floats. */
  public static void printComplex(double re, double im) {
    write("(" + formatFloat(re) + formatFloat(im) + "i)");
  }

  /** A Go byte-string, written byte for byte. */
  public static void printString(String s) {
    write(s);
  }

  public static void printSp() {
    write(" ");
  }

  public static void printNl() {
    write("\n");
  }

  /**
   * The runtime's float format: sign, 7 significant digits, 3-digit exponent. It is not correctly
   * rounded: Go scales by repeated *10 and /10 in float64 and then adds half a unit in the 7th
   * digit, and we repeat the same float64 steps so that every digit comes out as Go's.
   */
  public static String formatFloat(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "+Inf" : "-Inf";
    }
    final int digits = 7;
    char sign = '+';
    int exp = 0;
    if (v == 0) {
      if (1 / v < 0) {
        sign = '-';
      }
    } else {
      if (v < 0) {
        v = -v;
        sign = '-';
      }
      while (v >= 10) {
        exp++;
        v /= 10;
      }
      while (v < 1) {
        exp--;
        v *= 10;
      }
      double half = 5.0;
      for (int i = 0; i < digits; i++) {
        half /= 10;
      }
      v += half;
      if (v >= 10) {
        exp++;
        v /= 10;
      }
    }
    StringBuilder sb = new StringBuilder(14).append(sign);
    for (int i = 0; i < digits; i++) {
      int d = (int) v;
      sb.append((char) ('0' + d));
      if (i == 0) {
        sb.append('.');
      }
      v -= d;
      v *= 10;
    }
    sb.append('e').append(exp < 0 ? '-' : '+');
    int e = Math.abs(exp);
    sb.append((char) ('0' + e / 100))
        .append((char) ('0' + e / 10 % 10))
        .append((char) ('0' + e % 10));
    return sb.toString();
  }

  private static void write(String s) {
    GoProcess.current().writeErr(s);
  }
}
