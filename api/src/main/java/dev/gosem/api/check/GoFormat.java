package dev.gosem.api.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * GoFormat spells numbers and strings the way Go's fmt and strconv do, and reads Go literals;
 * messages quote constant values in Go's spelling.
 */
final class GoFormat {
  private GoFormat() {}

  // ---- %g ----

  /** fmt's {@code %.<prec>g} of a finite double. */
  static String formatG(double d, int prec) {
    if (d == 0) return (1 / d < 0) ? "-0" : "0";
    BigDecimal r = new BigDecimal(d).round(new MathContext(prec, RoundingMode.HALF_EVEN));
    return formatDigits(r, prec, false);
  }

  /** fmt's {@code %g} (shortest digits that read back as the same double). */
  static String formatShortestG(double d) {
    if (d == 0) return (1 / d < 0) ? "-0" : "0";
    BigDecimal r = new BigDecimal(Double.toString(d));
    return formatDigits(r, -1, true);
  }

  private static String formatDigits(BigDecimal value, int prec, boolean shortest) {
    boolean neg = value.signum() < 0;
    BigDecimal a = value.abs().stripTrailingZeros();
    String digs = a.unscaledValue().toString();
    int nd = digs.length();
    int dp = a.precision() - a.scale(); // position of the decimal point relative to digs
    if (shortest) prec = nd;
    int eprec = prec;
    if (eprec > nd && nd >= dp) eprec = nd;
    if (shortest) eprec = 6;
    int exp = dp - 1;
    StringBuilder b = new StringBuilder();
    if (neg) b.append('-');
    if (exp < -4 || exp >= eprec) {
      int p = Math.min(prec, nd) - 1;
      b.append(digs.charAt(0));
      if (p > 0) {
        b.append('.');
        for (int i = 1; i <= p; i++) b.append(i < nd ? digs.charAt(i) : '0');
      }
      b.append('e').append(exp < 0 ? '-' : '+');
      int e = Math.abs(exp);
      if (e < 10) b.append('0');
      b.append(e);
      return b.toString();
    }
    int p = prec;
    if (p > dp) p = nd;
    int frac = Math.max(p - dp, 0);
    if (dp > 0) {
      for (int i = 0; i < dp; i++) b.append(i < nd ? digs.charAt(i) : '0');
    } else {
      b.append('0');
    }
    if (frac > 0) {
      b.append('.');
      for (int i = 0; i < frac; i++) {
        int j = dp + i;
        b.append(j >= 0 && j < nd ? digs.charAt(j) : '0');
      }
    }
    return b.toString();
  }

  // ---- strconv.Quote ----

  /** strconv.Quote of a Go byte-string; the result is ordinary (Unicode) Java text. */
  static String quote(String bytes) {
    StringBuilder b = new StringBuilder("\"");
    int i = 0;
    int n = bytes.length();
    while (i < n) {
      int c0 = bytes.charAt(i) & 0xff;
      int r;
      int size;
      if (c0 < 0x80) {
        r = c0;
        size = 1;
      } else {
        int[] dec = decodeRune(bytes, i);
        r = dec[0];
        size = dec[1];
        if (r < 0) {
          b.append(String.format("\\x%02x", c0));
          i++;
          continue;
        }
      }
      i += size;
      appendEscapedRune(b, r, '"');
    }
    return b.append('"').toString();
  }

  static void appendEscapedRune(StringBuilder b, int r, char quote) {
    if (r == quote || r == '\\') {
      b.append('\\').appendCodePoint(r);
      return;
    }
    if (isPrint(r)) {
      b.appendCodePoint(r);
      return;
    }
    switch (r) {
      case 7 -> b.append("\\a");
      case '\b' -> b.append("\\b");
      case '\f' -> b.append("\\f");
      case '\n' -> b.append("\\n");
      case '\r' -> b.append("\\r");
      case '\t' -> b.append("\\t");
      case 11 -> b.append("\\v");
      default -> {
        if (r < ' ' || r == 0x7f) {
          b.append(String.format("\\x%02x", r));
        } else if (r < 0x10000) {
          b.append(String.format("\\u%04x", r));
        } else {
          b.append(String.format("\\U%08x", r));
        }
      }
    }
  }

  /** Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
  static boolean isPrint(int r) {
    if (r == ' ') return true;
    if (r < 0x20 || r == 0x7f) return false;
    return switch (Character.getType(r)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
      default -> false;
    };
  }

  /** Decodes one UTF-8 rune at i of a byte-string: {rune, size}, rune -1 if invalid. */
  static int[] decodeRune(String s, int i) {
    int n = s.length();
    int c0 = s.charAt(i) & 0xff;
    if (c0 < 0x80) return new int[] {c0, 1};
    int need;
    int min;
    int r;
    if (c0 >= 0xc2 && c0 <= 0xdf) {
      need = 1;
      r = c0 & 0x1f;
      min = 0x80;
    } else if (c0 >= 0xe0 && c0 <= 0xef) {
      need = 2;
      r = c0 & 0x0f;
      min = 0x800;
    } else if (c0 >= 0xf0 && c0 <= 0xf4) {
      need = 3;
      r = c0 & 0x07;
      min = 0x10000;
    } else {
      return new int[] {-1, 1};
    }
    for (int k = 1; k <= need; k++) {
      if (i + k >= n) return new int[] {-1, 1};
      int c = s.charAt(i + k) & 0xff;
      if ((c & 0xc0) != 0x80) return new int[] {-1, 1};
      r = (r << 6) | (c & 0x3f);
    }
    if (r < min || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) return new int[] {-1, 1};
    return new int[] {r, need + 1};
  }

  /** The UTF-8 bytes of a code point, as a byte-string; invalid code points become U+FFFD. */
  static String encodeRune(long r) {
    if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) r = 0xfffd;
    int c = (int) r;
    StringBuilder b = new StringBuilder();
    if (c < 0x80) {
      b.append((char) c);
    } else if (c < 0x800) {
      b.append((char) (0xc0 | (c >> 6))).append((char) (0x80 | (c & 0x3f)));
    } else if (c < 0x10000) {
      b.append((char) (0xe0 | (c >> 12))).append((char) (0x80 | ((c >> 6) & 0x3f)))
          .append((char) (0x80 | (c & 0x3f)));
    } else {
      b.append((char) (0xf0 | (c >> 18))).append((char) (0x80 | ((c >> 12) & 0x3f)))
          .append((char) (0x80 | ((c >> 6) & 0x3f))).append((char) (0x80 | (c & 0x3f)));
    }
    return b.toString();
  }

  /** The byte-string (UTF-8 bytes, one char each) of ordinary Java text. */
  static String utf8(String text) {
    StringBuilder b = new StringBuilder();
    text.codePoints().forEach(cp -> b.append(encodeRune(cp)));
    return b.toString();
  }

  // ---- literals ----

  /** The value of an integer literal, or null if it is malformed. */
  static BigInteger parseInt(String text) {
    String t = text.replace("_", "");
    try {
      if (t.length() > 1 && t.charAt(0) == '0') {
        char p = Character.toLowerCase(t.charAt(1));
        if (p == 'x') return new BigInteger(t.substring(2), 16);
        if (p == 'b') return new BigInteger(t.substring(2), 2);
        if (p == 'o') return new BigInteger(t.substring(2), 8);
        return new BigInteger(t.substring(1), 8);
      }
      return new BigInteger(t, 10);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The value of a float literal, or null if it is malformed or its exponent absurd. */
  static Val parseFloat(String text) {
    String t = text.replace("_", "");
    try {
      if (t.length() > 1 && t.charAt(0) == '0' && Character.toLowerCase(t.charAt(1)) == 'x') {
        String body = t.substring(2);
        int p = body.toLowerCase().indexOf('p');
        if (p < 0) return null;
        String mant = body.substring(0, p);
        long exp = Long.parseLong(body.substring(p + 1).replace("+", ""));
        int dot = mant.indexOf('.');
        String digits = dot < 0 ? mant : mant.substring(0, dot) + mant.substring(dot + 1);
        int fracDigits = dot < 0 ? 0 : mant.length() - dot - 1;
        if (digits.isEmpty()) return null;
        BigInteger m = new BigInteger(digits, 16);
        exp -= 4L * fracDigits;
        if (Math.abs(exp) > 2_000_000_000L) return null;
        if (Math.abs(exp) > 20000) {
          BigDecimal v = new BigDecimal(m).multiply(new BigDecimal(2).pow((int) exp, Val.APPROX), Val.APPROX);
          return Val.fromDecimal(v);
        }
        return exp >= 0
            ? Val.rat(m.shiftLeft((int) exp), BigInteger.ONE)
            : Val.rat(m, BigInteger.ONE.shiftLeft((int) -exp));
      }
      BigDecimal d = new BigDecimal(t);
      long exp10 = (long) d.precision() - d.scale();
      // beyond big.Float's exponent range (binary exponents up to 2^31, about 10^646456993)
      if (Math.abs(exp10) > 646_456_993L) return null;
      return Val.fromDecimal(d);
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /** The code point (or byte value) of a rune literal such as {@code 'a'} or {@code '\\n'}, or -1 if malformed. */
  static long parseRune(String text) {
    if (text.length() < 3 || text.charAt(0) != '\'' || text.charAt(text.length() - 1) != '\'') return -1;
    String body = text.substring(1, text.length() - 1);
    if (body.charAt(0) != '\\') {
      if (body.codePointCount(0, body.length()) != 1) return -1;
      return body.codePointAt(0);
    }
    Esc e = unescape(body, 0, '\'');
    if (e == null || e.next != body.length()) return -1;
    return e.value;
  }

  /** The byte-string value of a string literal (interpreted or raw), or null if malformed. */
  static String parseString(String text) {
    if (text.length() < 2) return null;
    char q = text.charAt(0);
    if (q == '`') {
      if (text.charAt(text.length() - 1) != '`') return null;
      return utf8(text.substring(1, text.length() - 1).replace("\r", ""));
    }
    if (q != '"' || text.charAt(text.length() - 1) != '"') return null;
    String body = text.substring(1, text.length() - 1);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '\\') {
        Esc e = unescape(body, i, '"');
        if (e == null) return null;
        if (e.isByte) out.append((char) e.value);
        else out.append(encodeRune(e.value));
        i = e.next;
      } else {
        int cp = body.codePointAt(i);
        out.append(encodeRune(cp));
        i += Character.charCount(cp);
      }
    }
    return out.toString();
  }

  /** One escape sequence: the index after it, whether it denotes a byte, and its value. */
  private record Esc(int next, boolean isByte, long value) {}

  /** Reads the escape sequence whose backslash is at i, or returns null if it is malformed. */
  private static Esc unescape(String s, int i, char quote) {
    if (i + 1 >= s.length()) return null;
    char c = s.charAt(i + 1);
    long simple = switch (c) {
      case 'a' -> 7;
      case 'b' -> 8;
      case 'f' -> 12;
      case 'n' -> 10;
      case 'r' -> 13;
      case 't' -> 9;
      case 'v' -> 11;
      case '\\' -> '\\';
      case '\'', '"' -> c == quote ? c : -1;
      default -> -2;
    };
    if (simple == -1) return null;
    if (simple >= 0) return new Esc(i + 2, false, simple);
    if (c == 'x') {
      if (i + 4 > s.length()) return null;
      long v = hex(s.substring(i + 2, i + 4));
      return v < 0 ? null : new Esc(i + 4, true, v);
    }
    if (c == 'u' || c == 'U') {
      int len = c == 'u' ? 4 : 8;
      if (i + 2 + len > s.length()) return null;
      long v = hex(s.substring(i + 2, i + 2 + len));
      if (v < 0 || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return null;
      return new Esc(i + 2 + len, false, v);
    }
    if (c >= '0' && c <= '7') {
      if (i + 4 > s.length()) return null;
      int v = 0;
      for (char d : s.substring(i + 1, i + 4).toCharArray()) {
        if (d < '0' || d > '7') return null;
        v = v * 8 + (d - '0');
      }
      return v > 255 ? null : new Esc(i + 4, true, v);
    }
    return null;
  }

  private static long hex(String h) {
    long v = 0;
    for (char d : h.toCharArray()) {
      int x = Character.digit(d, 16);
      if (x < 0) return -1;
      v = v * 16 + x;
    }
    return v;
  }
}
