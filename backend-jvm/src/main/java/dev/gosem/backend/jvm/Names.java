package dev.gosem.backend.jvm;

import dev.gosem.runtime.JarMain;

/**
 * JVM names for Go names. Package main becomes class go.main.Main (the runtime's tracebacks
 * turn its frames back into main.f); Go's dots in synthetic names (init.0, main.func1) become
 * '$', which no Go identifier contains, so the entry method "$entry" cannot clash with a Go
 * function.
 */
final class Names {
  static final String MAIN_CLASS = JarMain.MAIN_CLASS.replace('.', '/');
  static final String ENTRY = JarMain.ENTRY;

  private Names() {}

  static String method(String goName) {
    return goName.replace('.', '$');
  }

  static String field(String goName) {
    return goName.replace('.', '$');
  }
}
