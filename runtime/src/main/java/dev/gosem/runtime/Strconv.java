package dev.gosem.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Package strconv, as Go 1.19 behaves: number formatting (fmt builds on it), parsing with Go's
 * NumError texts, and quoting. Strings are Go byte-strings. Functions with two results return an
 * Object[] of boxes ({value, error}), as compiled code receives multiple results.
 */
public final class Strconv {
  private Strconv() {}

  /** strconv.ErrRange. */
  public static final Object ERR_RANGE = Errors.newError("value out of range");

  /** strconv.ErrSyntax. */
  public static final Object ERR_SYNTAX = Errors.newError("invalid syntax");

  private static final String LOWER_HEX = "0123456789abcdef";
  private static final String UPPER_HEX = "0123456789ABCDEF";

  // ---- integers ----

  /** strconv.Itoa. */
  public static String itoa(long i) {
    return Long.toString(i);
  }

  /** strconv.FormatInt (base 2..36, lower-case digits). */
  public static String formatInt(long i, long base) {
    checkBase(base);
    return Long.toString(i, (int) base);
  }

  /** strconv.FormatUint for the bits of a uint64. */
  public static String formatUint(long bits, long base) {
    checkBase(base);
    return Long.toUnsignedString(bits, (int) base);
  }

  private static void checkBase(long base) {
    if (base < 2 || base > 36) {
      throw Panics.panic(Errors.newError("strconv: illegal AppendInt/FormatInt base"));
    }
  }

  /** strconv.FormatBool. */
  public static String formatBool(boolean b) {
    return b ? "true" : "false";
  }

  /** strconv.Atoi: {Long value, error}. */
  public static Object[] atoi(String s) {
    int n = s.length();
    if (n > 0 && n < 19) {
      // Go's fast path for strings too short to overflow.
      int i = 0;
      if (s.charAt(0) == '-' || s.charAt(0) == '+') {
        i = 1;
        if (n == 1) {
          return new Object[] {0L, numError("Atoi", s, ERR_SYNTAX)};
        }
      }
      long v = 0;
      for (; i < n; i++) {
        int d = s.charAt(i) - '0';
        if (d < 0 || d > 9) {
          return new Object[] {0L, numError("Atoi", s, ERR_SYNTAX)};
        }
        v = v * 10 + d;
      }
      return new Object[] {s.charAt(0) == '-' ? -v : v, null};
    }
    Object[] r = parseInt(s, 10, 0);
    if (r[1] instanceof NumError e) {
      r[1] = new NumError("Atoi", e.num(), e.err());
    }
    return r;
  }

  /** strconv.ParseInt: {Long value, error}; on a range error the value is the nearest bound. */
  public static Object[] parseInt(String s, long base, long bitSize) {
    if (s.isEmpty()) {
      return new Object[] {0L, numError("ParseInt", s, ERR_SYNTAX)};
    }
    boolean neg = false;
    String digits = s;
    if (s.charAt(0) == '+') {
      digits = s.substring(1);
    } else if (s.charAt(0) == '-') {
      neg = true;
      digits = s.substring(1);
    }
    Object[] u = parseUint(digits, base, bitSize);
    if (u[1] instanceof NumError e && e.err() != ERR_RANGE) {
      return new Object[] {0L, new NumError("ParseInt", s, e.err())};
    }
    long bits = bitSize == 0 ? 64 : bitSize;
    long un = (Long) u[0];
    long cutoff = 1L << (bits - 1);
    if (!neg && Long.compareUnsigned(un, cutoff) >= 0) {
      return new Object[] {cutoff - 1, numError("ParseInt", s, ERR_RANGE)};
    }
    if (neg && Long.compareUnsigned(un, cutoff) > 0) {
      return new Object[] {-cutoff, numError("ParseInt", s, ERR_RANGE)};
    }
    return new Object[] {neg ? -un : un, null};
  }

  /** strconv.ParseUint: {Long bits, error}. */
  public static Object[] parseUint(String s, long base, long bitSize) {
    final String fn = "ParseUint";
    if (s.isEmpty()) {
      return new Object[] {0L, numError(fn, s, ERR_SYNTAX)};
    }
    boolean base0 = base == 0;
    String s0 = s;
    if (base == 0) {
      base = 10;
      if (s.charAt(0) == '0') {
        char c1 = s.length() >= 3 ? (char) (s.charAt(1) | 0x20) : 0;
        if (c1 == 'b') {
          base = 2;
          s = s.substring(2);
        } else if (c1 == 'o') {
          base = 8;
          s = s.substring(2);
        } else if (c1 == 'x') {
          base = 16;
          s = s.substring(2);
        } else {
          base = 8;
          s = s.substring(1);
        }
      }
    } else if (base < 2 || base > 36) {
      return new Object[] {0L, numError(fn, s0, Errors.newError("invalid base " + base))};
    }
    if (bitSize == 0) {
      bitSize = 64;
    } else if (bitSize < 0 || bitSize > 64) {
      return new Object[] {0L, numError(fn, s0, Errors.newError("invalid bit size " + bitSize))};
    }
    long cutoff = Long.divideUnsigned(-1L, base) + 1;
    long maxVal = bitSize == 64 ? -1L : (1L << bitSize) - 1;
    boolean underscores = false;
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d;
      if (c == '_' && base0) {
        underscores = true;
        continue;
      } else if (c >= '0' && c <= '9') {
        d = c - '0';
      } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
        d = (c | 0x20) - 'a' + 10;
      } else {
        return new Object[] {0L, numError(fn, s0, ERR_SYNTAX)};
      }
      if (d >= base) {
        return new Object[] {0L, numError(fn, s0, ERR_SYNTAX)};
      }
      if (Long.compareUnsigned(n, cutoff) >= 0) {
        return new Object[] {maxVal, numError(fn, s0, ERR_RANGE)};
      }
      n *= base;
      long n1 = n + d;
      if (Long.compareUnsigned(n1, n) < 0 || Long.compareUnsigned(n1, maxVal) > 0) {
        return new Object[] {maxVal, numError(fn, s0, ERR_RANGE)};
      }
      n = n1;
    }
    if (underscores && !underscoreOk(s0)) {
      return new Object[] {0L, numError(fn, s0, ERR_SYNTAX)};
    }
    return new Object[] {n, null};
  }

  /** Underscores may only separate digits (or follow a base prefix). */
  private static boolean underscoreOk(String s) {
    char saw = '^';
    int i = 0;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      s = s.substring(1);
    }
    boolean hex = false;
    if (s.length() >= 2 && s.charAt(0) == '0') {
      char c = (char) (s.charAt(1) | 0x20);
      if (c == 'b' || c == 'o' || c == 'x') {
        i = 2;
        saw = '0';
        hex = c == 'x';
      }
    }
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '0' && c <= '9') || (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')) {
        saw = '0';
        continue;
      }
      if (c == '_') {
        if (saw != '0') {
          return false;
        }
        saw = '_';
        continue;
      }
      if (saw == '_') {
        return false;
      }
      saw = '!';
    }
    return saw != '_';
  }

  /** strconv.ParseBool: {Boolean, error}. */
  public static Object[] parseBool(String s) {
    return switch (s) {
      case "1", "t", "T", "true", "TRUE", "True" -> new Object[] {true, null};
      case "0", "f", "F", "false", "FALSE", "False" -> new Object[] {false, null};
      default -> new Object[] {false, numError("ParseBool", s, ERR_SYNTAX)};
    };
  }

  private static NumError numError(String fn, String num, Object err) {
    return new NumError(fn, num, err);
  }

  /**
   * *strconv.NumError: "strconv." + Func + ": parsing " + Quote(Num) + ": " + Err.Error();
   * Unwrap gives Err (so errors.Is(err, strconv.ErrRange) holds).
   */
  public static final class NumError implements GoError, GoStruct, GoUnwrapper {
    public static final TypeDesc TYPE =
        TypeDesc.pointerTo(
            TypeDesc.runtimeNamed(
                "strconv",
                "NumError",
                TypeDesc.newStruct(
                    TypeDesc.Field.of("Func", TypeDesc.STRING),
                    TypeDesc.Field.of("Num", TypeDesc.STRING),
                    TypeDesc.Field.of("Err", TypeDesc.ERROR)),
                new String[0]));

    static {
      TYPE.elem().setMethods(new String[0], new String[] {"Error", "Unwrap"});
    }

    private final String func;
    private final String num;
    private final Object err;

    public NumError(String func, String num, Object err) {
      this.func = func;
      this.num = num;
      this.err = err;
    }

    public String func() {
      return func;
    }

    public String num() {
      return num;
    }

    public Object err() {
      return err;
    }

    @Override
    public String error() {
      return "strconv." + func + ": parsing " + quote(num) + ": " + ((GoError) err).error();
    }

    @Override
    public Object unwrap() {
      return err;
    }

    @Override
    public Object goField(int i) {
      return switch (i) {
        case 0 -> func;
        case 1 -> num;
        default -> err;
      };
    }

    @Override
    public GoStruct goCopy() {
      return new NumError(func, num, err);
    }

    @Override
    public void goAssign(GoStruct from) {
      throw new UnsupportedOperationException("strconv.NumError is immutable here");
    }

    @Override
    public TypeDesc goType() {
      return TYPE;
    }

    @Override
    public String toString() {
      return GoStrings.toJava(error());
    }
  }

  // ---- quoting ----

  /** strconv.Quote. */
  public static String quote(String s) {
    return appendQuoted(new StringBuilder(s.length() + 2), s, '"', false).toString();
  }

  /** strconv.QuoteToASCII. */
  public static String quoteToASCII(String s) {
    return appendQuoted(new StringBuilder(s.length() + 2), s, '"', true).toString();
  }

  /** strconv.QuoteRune. */
  public static String quoteRune(long r) {
    return appendQuotedRune(new StringBuilder(), r, false).toString();
  }

  /** strconv.QuoteRuneToASCII. */
  public static String quoteRuneToASCII(long r) {
    return appendQuotedRune(new StringBuilder(), r, true).toString();
  }

  static StringBuilder appendQuoted(StringBuilder sb, String s, char quote, boolean asciiOnly) {
    sb.append(quote);
    int n = s.length();
    for (int i = 0; i < n; ) {
      char c = s.charAt(i);
      int r;
      int width;
      if (c < 0x80) {
        r = c;
        width = 1;
      } else {
        long d = GoStrings.decodeRune(s, i);
        r = (int) (d >> 32);
        width = (int) d;
      }
      if (width == 1 && r == GoStrings.RUNE_ERROR) {
        sb.append("\\x").append(LOWER_HEX.charAt(c >> 4)).append(LOWER_HEX.charAt(c & 0xF));
        i++;
        continue;
      }
      appendEscapedRune(sb, r, quote, asciiOnly);
      i += width;
    }
    return sb.append(quote);
  }

  static StringBuilder appendQuotedRune(StringBuilder sb, long r, boolean asciiOnly) {
    int rr = GoStrings.validRune(r) ? (int) r : GoStrings.RUNE_ERROR;
    sb.append('\'');
    appendEscapedRune(sb, rr, '\'', asciiOnly);
    return sb.append('\'');
  }

  private static void appendEscapedRune(StringBuilder sb, int r, char quote, boolean asciiOnly) {
    if (r == quote || r == '\\') {
      sb.append('\\').append((char) r);
      return;
    }
    if (asciiOnly) {
      if (r < 0x80 && GoUnicode.isPrint(r)) {
        sb.append((char) r);
        return;
      }
    } else if (GoUnicode.isPrint(r)) {
      GoStrings.appendRune(sb, r);
      return;
    }
    switch (r) {
      case 7 -> sb.append("\\a");
      case '\b' -> sb.append("\\b");
      case '\f' -> sb.append("\\f");
      case '\n' -> sb.append("\\n");
      case '\r' -> sb.append("\\r");
      case '\t' -> sb.append("\\t");
      case 11 -> sb.append("\\v");
      default -> {
        if (r < ' ' || r == 0x7F) {
          sb.append("\\x").append(LOWER_HEX.charAt(r >> 4)).append(LOWER_HEX.charAt(r & 0xF));
        } else if (!GoStrings.validRune(r)) {
          sb.append("\\ufffd");
        } else if (r < 0x10000) {
          sb.append("\\u");
          for (int s = 12; s >= 0; s -= 4) {
            sb.append(LOWER_HEX.charAt(r >> s & 0xF));
          }
        } else {
          sb.append("\\U");
          for (int s = 28; s >= 0; s -= 4) {
            sb.append(LOWER_HEX.charAt(r >> s & 0xF));
          }
        }
      }
    }
  }

  /** strconv.CanBackquote: no control characters but tab, no backquote, valid UTF-8, no BOM. */
  public static boolean canBackquote(String s) {
    int n = s.length();
    for (int i = 0; i < n; ) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if ((c < ' ' && c != '\t') || c == '`' || c == 0x7F) {
          return false;
        }
        i++;
        continue;
      }
      long d = GoStrings.decodeRune(s, i);
      int r = (int) (d >> 32);
      int w = (int) d;
      if (w == 1 && r == GoStrings.RUNE_ERROR) {
        return false;
      }
      if (r == 0xFEFF) {
        return false;
      }
      i += w;
    }
    return true;
  }

  // ---- floats ----

  /** strconv.FormatFloat(f, fmt, prec, bitSize). */
  public static String formatFloat(double f, char fmt, long prec, long bitSize) {
    return appendFloat(new StringBuilder(24), f, fmt, (int) prec, (int) bitSize).toString();
  }

  /**
   * Decimal digits of a float: {@code digits} (no trailing zeros; empty for zero) and {@code dp},
   * the value being 0.digits × 10^dp.
   */
  private record Digits(String digits, int dp) {
    int nd() {
      return digits.length();
    }

    char at(int i) {
      return digits.charAt(i);
    }
  }

  static StringBuilder appendFloat(StringBuilder sb, double f, char fmt, int prec, int bitSize) {
    if (bitSize == 32) {
      f = (float) f;
    }
    if (Double.isNaN(f)) {
      return sb.append("NaN");
    }
    if (Double.isInfinite(f)) {
      return sb.append(f > 0 ? "+Inf" : "-Inf");
    }
    boolean neg = (Double.doubleToRawLongBits(f) < 0);
    if (fmt == 'b') {
      return fmtB(sb, f, neg, bitSize);
    }
    if (fmt == 'x' || fmt == 'X') {
      return fmtX(sb, f, neg, prec, fmt, bitSize);
    }
    double a = Math.abs(f);
    boolean shortest = prec < 0;
    Digits digs;
    if (shortest) {
      if (a == 0) {
        digs = new Digits("", 0);
      } else {
        ShortestDecimal d = bitSize == 32 ? ShortestDecimal.of((float) a) : ShortestDecimal.of(a);
        digs = new Digits(d.digits(), d.point());
      }
      switch (fmt) {
        case 'e', 'E' -> prec = Math.max(digs.nd() - 1, 0);
        case 'f' -> prec = Math.max(digs.nd() - digs.dp(), 0);
        case 'g', 'G' -> prec = digs.nd();
        default -> {}
      }
    } else if (fmt == 'f') {
      digs = exactRounded(new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN));
    } else {
      int n = prec;
      if (fmt == 'e' || fmt == 'E') {
        n++;
      } else if (fmt == 'g' || fmt == 'G') {
        if (prec == 0) {
          prec = 1;
        }
        n = prec;
      } else {
        n = 1;
      }
      digs = a == 0
          ? new Digits("", 0)
          : exactRounded(new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN)));
    }
    return formatDigits(sb, shortest, neg, digs, prec, fmt);
  }

  private static Digits exactRounded(BigDecimal r) {
    if (r.signum() == 0) {
      return new Digits("", 0);
    }
    String d = r.unscaledValue().toString();
    int dp = d.length() - r.scale();
    int end = d.length();
    while (end > 0 && d.charAt(end - 1) == '0') {
      end--;
    }
    return new Digits(d.substring(0, end), dp);
  }

  private static StringBuilder formatDigits(
      StringBuilder sb, boolean shortest, boolean neg, Digits digs, int prec, char fmt) {
    switch (fmt) {
      case 'e', 'E' -> {
        return fmtE(sb, neg, digs, prec, fmt);
      }
      case 'f' -> {
        return fmtF(sb, neg, digs, prec);
      }
      case 'g', 'G' -> {
        int eprec = prec;
        if (eprec > digs.nd() && digs.nd() >= digs.dp()) {
          eprec = digs.nd();
        }
        if (shortest) {
          eprec = 6;
        }
        int exp = digs.dp() - 1;
        if (exp < -4 || exp >= eprec) {
          if (prec > digs.nd()) {
            prec = digs.nd();
          }
          return fmtE(sb, neg, digs, prec - 1, (char) (fmt + 'e' - 'g'));
        }
        if (prec > digs.dp()) {
          prec = digs.nd();
        }
        return fmtF(sb, neg, digs, Math.max(prec - digs.dp(), 0));
      }
      default -> {
        return sb.append('%').append(fmt);
      }
    }
  }

  private static StringBuilder fmtE(
      StringBuilder sb, boolean neg, Digits d, int prec, char fmt) {
    if (neg) {
      sb.append('-');
    }
    sb.append(d.nd() != 0 ? d.at(0) : '0');
    if (prec > 0) {
      sb.append('.');
      int i = 1;
      int m = Math.min(d.nd(), prec + 1);
      if (i < m) {
        sb.append(d.digits(), i, m);
        i = m;
      }
      for (; i <= prec; i++) {
        sb.append('0');
      }
    }
    sb.append(fmt);
    int exp = d.nd() == 0 ? 0 : d.dp() - 1;
    sb.append(exp < 0 ? '-' : '+');
    exp = Math.abs(exp);
    if (exp < 10) {
      sb.append('0').append((char) ('0' + exp));
    } else {
      sb.append(exp);
    }
    return sb;
  }

  private static StringBuilder fmtF(StringBuilder sb, boolean neg, Digits d, int prec) {
    if (neg) {
      sb.append('-');
    }
    if (d.dp() > 0) {
      int m = Math.min(d.nd(), d.dp());
      sb.append(d.digits(), 0, m);
      for (; m < d.dp(); m++) {
        sb.append('0');
      }
    } else {
      sb.append('0');
    }
    if (prec > 0) {
      sb.append('.');
      for (int i = 0; i < prec; i++) {
        int j = d.dp() + i;
        sb.append(j >= 0 && j < d.nd() ? d.at(j) : '0');
      }
    }
    return sb;
  }

  /** Mantissa and binary exponent of the float: Go's 'b' format ("-4503599627370496p-52"). */
  private static StringBuilder fmtB(StringBuilder sb, double f, boolean neg, int bitSize) {
    long mant;
    int exp;
    if (bitSize == 32) {
      int bits = Float.floatToRawIntBits((float) f);
      exp = (bits >>> 23) & 0xFF;
      mant = bits & ((1 << 23) - 1);
      if (exp == 0) {
        exp++;
      } else {
        mant |= 1L << 23;
      }
      exp += -127 - 23;
    } else {
      long bits = Double.doubleToRawLongBits(f);
      exp = (int) (bits >>> 52) & 0x7FF;
      mant = bits & ((1L << 52) - 1);
      if (exp == 0) {
        exp++;
      } else {
        mant |= 1L << 52;
      }
      exp += -1023 - 52;
    }
    if (neg) {
      sb.append('-');
    }
    sb.append(mant).append('p');
    if (exp >= 0) {
      sb.append('+');
    }
    return sb.append(exp);
  }

  /** Go's hexadecimal float format ("0x1.8p+01"), rounded to prec hex digits if prec >= 0. */
  private static StringBuilder fmtX(
      StringBuilder sb, double f, boolean neg, int prec, char fmt, int bitSize) {
    long mant;
    int exp;
    int mantBits;
    if (bitSize == 32) {
      int bits = Float.floatToRawIntBits((float) f);
      exp = (bits >>> 23) & 0xFF;
      mant = bits & ((1 << 23) - 1);
      mantBits = 23;
      if (exp == 0) {
        exp++;
      } else {
        mant |= 1L << 23;
      }
      exp += -127;
    } else {
      long bits = Double.doubleToRawLongBits(f);
      exp = (int) (bits >>> 52) & 0x7FF;
      mant = bits & ((1L << 52) - 1);
      mantBits = 52;
      if (exp == 0) {
        exp++;
      } else {
        mant |= 1L << 52;
      }
      exp += -1023;
    }
    if (mant == 0) {
      exp = 0;
    }
    mant <<= 60 - mantBits;
    while (mant != 0 && (mant & (1L << 60)) == 0) {
      mant <<= 1;
      exp--;
    }
    if (prec >= 0 && prec < 15) {
      int shift = prec * 4;
      long extra = (mant << shift) & ((1L << 60) - 1);
      mant >>>= 60 - shift;
      if (Long.compareUnsigned(extra | (mant & 1), 1L << 59) > 0) {
        mant++;
      }
      mant <<= 60 - shift;
      if ((mant & (1L << 61)) != 0) {
        mant >>>= 1;
        exp++;
      }
    }
    String hex = fmt == 'X' ? UPPER_HEX : LOWER_HEX;
    if (neg) {
      sb.append('-');
    }
    sb.append('0').append(fmt).append((char) ('0' + ((mant >>> 60) & 1)));
    mant <<= 4;
    if (prec < 0 && mant != 0) {
      sb.append('.');
      while (mant != 0) {
        sb.append(hex.charAt((int) ((mant >>> 60) & 15)));
        mant <<= 4;
      }
    } else if (prec > 0) {
      sb.append('.');
      for (int i = 0; i < prec; i++) {
        sb.append(hex.charAt((int) ((mant >>> 60) & 15)));
        mant <<= 4;
      }
    }
    sb.append(fmt == 'X' ? 'P' : 'p');
    sb.append(exp < 0 ? '-' : '+');
    exp = Math.abs(exp);
    if (exp < 100) {
      sb.append((char) ('0' + exp / 10)).append((char) ('0' + exp % 10));
    } else {
      sb.append(exp);
    }
    return sb;
  }
}
