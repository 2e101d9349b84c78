package dev.gosem.api.print;

import dev.gosem.api.ast.Expr;

/** Numbers normalizes number literals as gofmt does; other literals are printed as given. */
final class Numbers {
  private Numbers() {}

  /**
   * go/printer's normalizedNumber: lower-case prefixes ({@code 0X} to {@code 0x}, {@code 0O},
   * {@code 0B}) and exponents ({@code E} to {@code e}, {@code P} to {@code p}); digits, including
   * hexadecimal ones, keep their case.
   */
  static String normalize(Expr.BasicLit lit) {
    if (lit.kind() != Expr.LitKind.INT && lit.kind() != Expr.LitKind.FLOAT) return lit.text();
    String x = lit.text();
    if (x.length() < 2) return x;
    switch (x.substring(0, 2)) {
      case "0X" -> {
        x = "0x" + x.substring(2);
        int i = x.lastIndexOf('P');
        if (i >= 0) x = x.substring(0, i) + "p" + x.substring(i + 1);
      }
      case "0x" -> {
        int i = x.lastIndexOf('P');
        if (i >= 0) x = x.substring(0, i) + "p" + x.substring(i + 1);
      }
      case "0O" -> x = "0o" + x.substring(2);
      case "0B" -> x = "0b" + x.substring(2);
      case "0o", "0b" -> {}
      default -> {
        int i = x.lastIndexOf('E');
        if (i >= 0) x = x.substring(0, i) + "e" + x.substring(i + 1);
      }
    }
    return x;
  }
}
