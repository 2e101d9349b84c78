package dev.gosem.runtime;

/**
 * The value of a panic raised by the runtime itself (Go's {@code runtime.Error}). Its Error() text
 * is the whole message, e.g. "runtime error: integer divide by zero"; a few of Go's runtime
 * errors carry no "runtime error: " prefix ("assignment to entry in nil map"). Its dynamic type
 * is the one Go's runtime uses for that error (runtime.boundsError, runtime.errorString,
 * runtime.plainError, *runtime.TypeAssertionError), so %T and %v of a recovered value print as
 * in Go.
 */
public final class RuntimeError implements GoRuntimeError, GoValue {
  private static final TypeDesc ERROR_METHODS_BASE = TypeDesc.STRING;

  /** runtime.errorString: most runtime errors ("integer divide by zero", nil dereference). */
  public static final TypeDesc ERROR_STRING =
      TypeDesc.runtimeNamed("runtime", "errorString", ERROR_METHODS_BASE, "Error", "RuntimeError");

  /** runtime.plainError: errors without the "runtime error: " prefix (nil map assignment). */
  public static final TypeDesc PLAIN_ERROR =
      TypeDesc.runtimeNamed("runtime", "plainError", ERROR_METHODS_BASE, "Error", "RuntimeError");

  /** runtime.boundsError: index and slice bounds failures. */
  public static final TypeDesc BOUNDS_ERROR =
      TypeDesc.runtimeNamed(
          "runtime",
          "boundsError",
          TypeDesc.newStruct(
              TypeDesc.Field.of("x", TypeDesc.INT64),
              TypeDesc.Field.of("y", TypeDesc.INT),
              TypeDesc.Field.of("signed", TypeDesc.BOOL),
              TypeDesc.Field.of("code", TypeDesc.UINT8)),
          "Error",
          "RuntimeError");

  /** *runtime.TypeAssertionError: failed interface conversions. */
  public static final TypeDesc TYPE_ASSERTION_ERROR =
      TypeDesc.pointerTo(
          TypeDesc.runtimeNamed(
              "runtime",
              "TypeAssertionError",
              TypeDesc.newStruct(TypeDesc.Field.of("missingMethod", TypeDesc.STRING)),
              new String[0]));

  /** *runtime.PanicNilError: panic(nil) in programs for Go 1.21 and later. */
  public static final TypeDesc PANIC_NIL_ERROR =
      TypeDesc.pointerTo(
          TypeDesc.runtimeNamed(
              "runtime",
              "PanicNilError",
              TypeDesc.newStruct(TypeDesc.Field.of("_", TypeDesc.INT)),
              new String[0]));

  static {
    PANIC_NIL_ERROR.elem().setMethods(new String[0], new String[] {"Error", "RuntimeError"});
    TYPE_ASSERTION_ERROR.elem().setMethods(new String[0], new String[] {"Error", "RuntimeError"});
  }

  private final String text;
  private final boolean segv;
  private final TypeDesc type;

  /** A runtime error whose Error() is exactly {@code text} (a Go byte-string). */
  public RuntimeError(String text) {
    this(text, false, text.startsWith("runtime error: ") ? ERROR_STRING : PLAIN_ERROR);
  }

  private RuntimeError(String text, boolean segv, TypeDesc type) {
    this.text = text;
    this.segv = segv;
    this.type = type;
  }

  /** "runtime error: " + detail, the form of almost every runtime panic. */
  public static RuntimeError of(String detail) {
    return new RuntimeError("runtime error: " + detail, false, ERROR_STRING);
  }

  static RuntimeError bounds(String detail) {
    return new RuntimeError("runtime error: " + detail, false, BOUNDS_ERROR);
  }

  static RuntimeError typeAssertion(String text) {
    return new RuntimeError(text, false, TYPE_ASSERTION_ERROR);
  }

  static RuntimeError panicNil() {
    return new RuntimeError("panic called with nil argument (obsolete?)", false, PANIC_NIL_ERROR);
  }

  /** A nil dereference: Go reports it through SIGSEGV, so the crash report has a signal line. */
  static RuntimeError nilDereference() {
    return new RuntimeError(
        "runtime error: invalid memory address or nil pointer dereference", true, ERROR_STRING);
  }

  @Override
  public String error() {
    return text;
  }

  @Override
  public void runtimeError() {}

  @Override
  public TypeDesc goType() {
    return type;
  }

  /** The errorString and plainError kinds are strings underneath; others are this object. */
  @Override
  public Object goValue() {
    return type.kind() == TypeDesc.Kind.STRING ? text : this;
  }

  /** Whether Go would have raised this through a segmentation fault (see the crash report). */
  boolean fromSegv() {
    return segv;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuntimeError r && r.text.equals(text) && r.type == type;
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return GoStrings.toJava(text);
  }
}
