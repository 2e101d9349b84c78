package dev.gosem.runtime;

/**
 * Package fmt. Operands are interface values (see docs/jvm-representation.md): Long, Double,
 * Boolean, String for int, float64, bool and string; struct objects for pointers to structs;
 * {@link Boxed} and generated boxes for everything else; null for nil. Also accepted, for older
 * callers: {@link Unsigned} (read as uint64), Float (float32) and Integer (int32). All strings are
 * Go byte-strings.
 *
 * <p>Go's Print functions also return a byte count and an error, which programs almost never use;
 * these return nothing.
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

  /** fmt.Printf. */
  public static void printf(String format, Object... args) {
    GoProcess.current().writeOut(sprintf(format, args));
  }

  /** fmt.Fprint to an io.Writer (os.Stdout, os.Stderr, a *strings.Builder, ...). */
  public static void fprint(GoWriter w, Object... args) {
    w.writeBytes(sprint(args));
  }

  /** fmt.Fprintln. */
  public static void fprintln(GoWriter w, Object... args) {
    w.writeBytes(sprintln(args));
  }

  /** fmt.Fprintf. */
  public static void fprintf(GoWriter w, String format, Object... args) {
    w.writeBytes(sprintf(format, args));
  }

  public static String sprint(Object... args) {
    Printer p = new Printer();
    p.doPrint(args);
    return p.result();
  }

  public static String sprintln(Object... args) {
    Printer p = new Printer();
    p.doPrintln(args);
    return p.result();
  }

  public static String sprintf(String format, Object... args) {
    Printer p = new Printer();
    p.doPrintf(format, args);
    return p.result();
  }

  /**
   * fmt.Errorf: an error whose Error() is the formatted text; when the format has a %w verb
   * with an error operand, the result's Unwrap returns that operand.
   */
  public static Object errorf(String format, Object... args) {
    Printer p = Printer.forErrorf();
    p.doPrintf(format, args);
    String s = p.result();
    Object wrapped = p.wrappedError();
    return wrapped == null ? Errors.newError(s) : new Errors.WrapError(s, wrapped);
  }

  /** %v of one value (what Sprint gives for a single operand), as a Go byte-string. */
  public static String formatValue(Object v) {
    Printer p = new Printer();
    p.printArg(v, 'v');
    return p.result();
  }
}
