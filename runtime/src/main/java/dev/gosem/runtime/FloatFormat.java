package dev.gosem.runtime;

/** fmt's formatting of floats. */
public final class FloatFormat {
  private FloatFormat() {}

  /** %v of a float64: strconv's 'g' with the shortest digits that read back. */
  public static String formatV(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
      return special(v);
    }
    return shortestG(v < 0, ShortestDecimal.of(v));
  }

  /** %v of a float32: the same, with the digits that read back as that float32. */
  public static String formatV(float v) {
    if (Float.isNaN(v) || Float.isInfinite(v) || v == 0) {
      return special(v);
    }
    return shortestG(v < 0, ShortestDecimal.of(v));
  }

  private static String special(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "+Inf" : "-Inf";
    }
    return 1 / v < 0 ? "-0" : "0";
  }

  /**
   * %g with shortest digits switches to exponent form when the exponent is below -4 or at least
   * 6 (Go fixes the threshold at 6 for shortest output, whatever the digit count): 123456 but
   * 1.234567e+06, 0.0001 but 1e-05.
   */
  private static String shortestG(boolean negative, ShortestDecimal d) {
    StringBuilder sb = new StringBuilder(24);
    if (negative) {
      sb.append('-');
    }
    String digits = d.digits();
    int exp = d.point() - 1;
    if (exp < -4 || exp >= 6) {
      sb.append(digits.charAt(0));
      if (digits.length() > 1) {
        sb.append('.').append(digits, 1, digits.length());
      }
      sb.append('e').append(exp < 0 ? '-' : '+');
      int e = Math.abs(exp);
      if (e < 10) {
        sb.append('0');
      }
      sb.append(e);
    } else if (d.point() <= 0) {
      sb.append("0.");
      sb.repeat('0', -d.point());
      sb.append(digits);
    } else if (d.point() >= digits.length()) {
      sb.append(digits);
      sb.repeat('0', d.point() - digits.length());
    } else {
      sb.append(digits, 0, d.point()).append('.').append(digits, d.point(), digits.length());
    }
    return sb.toString();
  }
}
