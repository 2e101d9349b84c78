package dev.gosem.api.build;

import dev.gosem.api.Pos;

/**
 * Where finds the position a builder call gets by default: the Java line of the user's code that
 * made the call, i.e. the first stack frame outside this package. A diagnostic then points at
 * the user's own source, not at gosem.
 */
final class Where {
  private static final String PKG = Where.class.getPackageName() + ".";
  private static final StackWalker WALKER = StackWalker.getInstance();

  private Where() {}

  static Pos here() {
    return WALKER.walk(frames -> frames
        .filter(f -> !f.getClassName().startsWith(PKG))
        .findFirst()
        .map(f -> new Pos(f.getFileName() == null ? f.getClassName() : f.getFileName(), f.getLineNumber(), 0))
        .orElse(Pos.NONE));
  }
}
