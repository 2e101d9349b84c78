package dev.gosem.api.build;

/** Literals spells Java values as Go literals, the way gofmt leaves them. */
final class Literals {
  private Literals() {}

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints().forEach(c -> escape(b, c, '"'));
    return b.append('"').toString();
  }

  static String quoteRune(int c) {
    StringBuilder b = new StringBuilder("'");
    escape(b, c, '\'');
    return b.append('\'').toString();
  }

  private static void escape(StringBuilder b, int c, char quote) {
    switch (c) {
      case '\\' -> b.append("\\\\");
      case '\n' -> b.append("\\n");
      case '\t' -> b.append("\\t");
      case '\r' -> b.append("\\r");
      case 0x07 -> b.append("\\a");
      case 0x08 -> b.append("\\b");
      case 0x0c -> b.append("\\f");
      case 0x0b -> b.append("\\v");
      default -> {
        if (c == quote) {
          b.append('\\').append(quote);
        } else if (c < 0x20 || c == 0x7f) {
          b.append(String.format("\\x%02x", c));
        } else if (Character.isISOControl(c) || !Character.isDefined(c)
            || (c >= 0xd800 && c <= 0xdfff)) {
          b.append(c > 0xffff ? String.format("\\U%08x", c) : String.format("\\u%04x", c));
        } else {
          b.appendCodePoint(c);
        }
      }
    }
  }

  /** A float literal for a non-negative finite double: shortest digits, always with a '.' or exponent. */
  static String floatText(double d) {
    String s = Double.toString(d); // shortest repr that round-trips, e.g. 1.5, 1.0E10, 1.0E-5
    int e = s.indexOf('E');
    if (e < 0) return s;
    String mant = s.substring(0, e);
    if (mant.endsWith(".0")) mant = mant.substring(0, mant.length() - 2);
    return mant + "e" + s.substring(e + 1);
  }
}
