package dev.gosem.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.Predicate;

/**
 * The shortest decimal that reads back as a given float (what Go's strconv produces for precision
 * -1): {@code digits} without leading or trailing zeros, and {@code point} such that the value is
 * 0.digits × 10^point. Among the shortest candidates it is the one closest to the exact value.
 */
record ShortestDecimal(String digits, int point) {

  /** For a finite, non-zero float64 (the sign is ignored). */
  static ShortestDecimal of(double v) {
    double a = Math.abs(v);
    return fix(parseJava(Double.toString(a)), a, s -> Double.parseDouble(s) == a);
  }

  /** For a finite, non-zero float32 (the sign is ignored). */
  static ShortestDecimal of(float v) {
    float a = Math.abs(v);
    return fix(parseJava(Float.toString(a)), a, s -> Float.parseFloat(s) == a);
  }

  /**
   * Java's toString (JDK 19+) is also shortest-and-closest, with one exception: when a 1-digit
   * decimal would do, it may still choose a closer 2-digit one (Double.MIN_VALUE gives "4.9E-324"
   * where Go gives "5e-324"). So a 2-digit answer is checked against the 1-digit candidates.
   */
  private static ShortestDecimal fix(
      ShortestDecimal java, double exact, Predicate<String> readsBack) {
    if (java.digits.length() != 2) {
      return java;
    }
    BigDecimal x = new BigDecimal(exact);
    BigDecimal down = x.round(new MathContext(1, RoundingMode.FLOOR));
    BigDecimal up = x.round(new MathContext(1, RoundingMode.CEILING));
    boolean downOk = readsBack.test(down.toString());
    boolean upOk = readsBack.test(up.toString());
    BigDecimal pick;
    if (downOk && upOk) {
      int cmp = x.subtract(down).compareTo(up.subtract(x));
      pick = cmp < 0 ? down : cmp > 0 ? up : (down.unscaledValue().testBit(0) ? up : down);
    } else if (downOk) {
      pick = down;
    } else if (upOk) {
      pick = up;
    } else {
      return java;
    }
    BigDecimal p = pick.stripTrailingZeros();
    String digits = p.unscaledValue().toString();
    return new ShortestDecimal(digits, digits.length() - p.scale());
  }

  // Java's forms: "123.456", "0.001", "1.0E-5", "4.9E-324".
  private static ShortestDecimal parseJava(String s) {
    int e = s.indexOf('E');
    int exp10 = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
    String mantissa = e < 0 ? s : s.substring(0, e);
    int dot = mantissa.indexOf('.');
    String all = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
    int point = dot + exp10;
    int start = 0;
    while (start < all.length() - 1 && all.charAt(start) == '0') {
      start++;
      point--;
    }
    int end = all.length();
    while (end > start + 1 && all.charAt(end - 1) == '0') {
      end--;
    }
    return new ShortestDecimal(all.substring(start, end), point);
  }
}
