package dev.gosem.runtime;

/**
 * A value with a Go {@code String() string} method: fmt's %v and the panic printer show
 * {@link #string()} (after {@link GoError}, which takes precedence as in Go).
 */
public interface GoStringer {
  /** The String() text, as a Go byte-string. */
  String string();
}
