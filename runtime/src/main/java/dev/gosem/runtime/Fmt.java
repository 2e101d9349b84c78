package dev.gosem.runtime;

/**
 * Package fmt: Print, Println, Sprint, Sprintln and the %v of the values the compiler boxes for
 * them: Boolean, Long (signed integers), {@link Unsigned}, Double (float64), Float (float32),
 * String (Go byte-string), {@link GoError}, {@link GoStringer}, and null (nil).
 */
public final class Fmt {
  private Fmt() {}

  /** fmt.Println: operands separated by spaces, then a newline, to stdout. */
  public static void println(Object... args) {
    GoProcess.current().writeOut(sprintln(args));
  }

  /** fmt.Print: a space between two operands only when neither is a string. */
  public static void print(Object... args) {
    GoProcess.current().writeOut(sprint(args));
  }

  public static String sprint(Object... args) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < args.length; i++) {
      if (i > 0 && !(args[i - 1] instanceof String) && !(args[i] instanceof String)) {
        sb.append(' ');
      }
      sb.append(formatValue(args[i]));
    }
    return sb.toString();
  }

  public static String sprintln(Object... args) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < args.length; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(formatValue(args[i]));
    }
    return sb.append('\n').toString();
  }

  /** %v of one value, as a Go byte-string. */
  public static String formatValue(Object v) {
    return switch (v) {
      case null -> "<nil>";
      case String s -> s;
      case Boolean b -> b ? "true" : "false";
      case Long l -> Long.toString(l);
      case Integer i -> Integer.toString(i);
      case Unsigned u -> Long.toUnsignedString(u.bits());
      case Double d -> FloatFormat.formatV(d);
      case Float f -> FloatFormat.formatV(f);
      // Go consults Error before String.
      case GoError e -> e.error();
      case GoStringer s -> s.string();
      default -> GoStrings.fromJava(String.valueOf(v));
    };
  }
}
