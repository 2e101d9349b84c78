package dev.gosem.runtime;

/**
 * A value of Go's {@code error} interface as the runtime sees it: fmt's %v and the panic printer
 * show {@link #error()} instead of the value itself.
 */
public interface GoError {
  /** The Error() text, as a Go byte-string. */
  String error();
}
