package dev.gosem.runtime;

/**
 * A value with a Go {@code Unwrap() error} method: errors.Unwrap, errors.Is and errors.As follow
 * it down an error chain. Generated box and struct classes implement it for types with that
 * method.
 */
public interface GoUnwrapper {
  /** The Unwrap() result: the wrapped error, or null. */
  Object unwrap();
}
