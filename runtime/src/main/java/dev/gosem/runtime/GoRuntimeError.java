package dev.gosem.runtime;

/**
 * Go's {@code runtime.Error} interface beyond Error(): the marker method RuntimeError(), which
 * the runtime's own panic values have and which generated code calls through this interface.
 */
public interface GoRuntimeError extends GoError {
  /** Does nothing: it marks runtime errors. */
  void runtimeError();
}
