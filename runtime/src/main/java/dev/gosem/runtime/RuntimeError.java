package dev.gosem.runtime;

/**
 * The value of a panic raised by the runtime itself (Go's {@code runtime.Error}). Its Error() text
 * is the whole message, e.g. "runtime error: integer divide by zero"; a few of Go's runtime
 * errors carry no "runtime error: " prefix ("assignment to entry in nil map").
 */
public final class RuntimeError implements GoError {
  private final String text;
  private final boolean segv;

  /** A runtime error whose Error() is exactly {@code text} (a Go byte-string). */
  public RuntimeError(String text) {
    this(text, false);
  }

  private RuntimeError(String text, boolean segv) {
    this.text = text;
    this.segv = segv;
  }

  /** "runtime error: " + detail, the form of almost every runtime panic. */
  public static RuntimeError of(String detail) {
    return new RuntimeError("runtime error: " + detail);
  }

  /** A nil dereference: Go reports it through SIGSEGV, so the crash report has a signal line. */
  static RuntimeError nilDereference() {
    return new RuntimeError(
        "runtime error: invalid memory address or nil pointer dereference", true);
  }

  @Override
  public String error() {
    return text;
  }

  /** Whether Go would have raised this through a segmentation fault (see the crash report). */
  boolean fromSegv() {
    return segv;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuntimeError r && r.text.equals(text);
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
