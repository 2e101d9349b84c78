package dev.gosem.ir.backend;

import dev.gosem.ir.Options;
import dev.gosem.ir.ssa.Module;

/**
 * Backend turns an optimized IR module into something that runs. Implementations are found by
 * {@link #name()} through {@link java.util.ServiceLoader}, so a backend is added by putting its
 * jar on the class path. A backend never re-checks types: the module is already well typed.
 */
public interface Backend {
  /** The name users select it by, e.g. "jvm" or "amd64". */
  String name();

  /** The GOARCH build constraints see for this target (GOOS is linux); the name by default. */
  default String goarch() {
    return name();
  }

  Artifact compile(Module module, Options options);
}
