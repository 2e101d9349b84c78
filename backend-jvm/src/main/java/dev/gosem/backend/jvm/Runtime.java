package dev.gosem.backend.jvm;

/** Internal names of the runtime classes generated code calls; the one place that spells them. */
final class Runtime {
  private static final String PKG = "dev/gosem/runtime/";
  static final String ARITH = PKG + "Arith";
  static final String BUILTIN = PKG + "Builtin";
  static final String FMT = PKG + "Fmt";
  static final String OS = PKG + "Os";
  static final String STRINGS = PKG + "GoStrings";
  static final String UNSIGNED = PKG + "Unsigned";

  private Runtime() {}
}
