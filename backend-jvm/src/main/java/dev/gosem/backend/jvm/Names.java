package dev.gosem.backend.jvm;

import dev.gosem.runtime.JarMain;

/**
 * JVM names for Go names. Package main becomes class go.main.Main (the runtime's tracebacks
 * turn its frames back into main.f); Go's dots in synthetic names (init.0, main.func1, T.M)
 * become '$', which no Go identifier contains, so the entry method "$entry" and the other names
 * the backend makes up cannot clash with a Go name. Methods whose names start with '$' (bridges
 * of func values and interface dispatch) are left out of tracebacks.
 */
final class Names {
  static final String MAIN_CLASS = JarMain.MAIN_CLASS.replace('.', '/');
  static final String ENTRY = JarMain.ENTRY;
  /** The package prefix of every generated class of package main. */
  static final String PKG = MAIN_CLASS.substring(0, MAIN_CLASS.lastIndexOf('/') + 1);
  /** The class holding the program's type descriptors. */
  static final String TYPES_CLASS = PKG + "$Types";
  /** The method of a func-value interface. */
  static final String CALL = "$call";

  private Names() {}

  /**
   * The class of a package's functions and variables: go.main.Main for package main, and for
   * the package with import path example/geom the class go.example.geom.Geom (its JVM package
   * is the import path; a '.' in a path element becomes '$').
   */
  static String packageClass(String pkgPath) {
    if (pkgPath.equals("main")) return MAIN_CLASS;
    String last = pkgPath.substring(pkgPath.lastIndexOf('/') + 1).replace('.', '$');
    return classPrefix(pkgPath) + Character.toUpperCase(last.charAt(0)) + last.substring(1);
  }

  /** The JVM package (internal form, ending in '/') of the classes generated for a Go package. */
  static String classPrefix(String pkgPath) {
    if (pkgPath.isEmpty() || pkgPath.equals("main")) return PKG;
    return "go/" + pkgPath.replace('.', '$') + "/";
  }

  /** The class holding a function or package-level variable of the module, by its IR name. */
  static String owner(dev.gosem.ir.ssa.Module m, String name) {
    return packageClass(m.packageOf(name));
  }

  /** An IR name without its package's import path ("example/geom.Area" → "Area"). */
  static String local(dev.gosem.ir.ssa.Module m, String name) {
    String p = m.packageOf(name);
    return p.equals("main") ? name : name.substring(p.length() + 1);
  }

  static String method(String goName) {
    return goName.replace('.', '$');
  }

  static String field(String goName) {
    return goName.replace('.', '$');
  }

  /** A Go type name as a class name (identifiers are legal JVM names as they are). */
  static String className(String goName) {
    return goName.replace('.', '$');
  }

  /** The JVM name of the dispatch method for Go method m in interfaces and bridges. */
  static String bridge(String goMethod) {
    return "$" + goMethod;
  }
}
