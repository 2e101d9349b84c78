package dev.gosem.api.build;

import dev.gosem.api.Pos;
import java.security.CodeSource;
import java.util.Objects;

/**
 * Where finds the position a builder call gets by default: the Java line of the user's code that
 * made the call, i.e. the first stack frame outside the builder's own classes. A diagnostic then
 * points at the user's own source, not at gosem.
 */
final class Where {
  private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
  private static final String HOME = location(Where.class);

  /*
   * A builder class is one of this package loaded from where this class was loaded: a user's
   * class in a package of the same name (e.g. a test next to the builder) is not skipped.
   */
  private static final ClassValue<Boolean> BUILDER = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> c) {
      return c.getPackageName().equals(Where.class.getPackageName()) && Objects.equals(location(c), HOME);
    }
  };

  private Where() {}

  static Pos here() {
    return WALKER.walk(frames -> frames
        .filter(f -> !BUILDER.get(f.getDeclaringClass()))
        .findFirst()
        .map(f -> new Pos(f.getFileName() == null ? f.getClassName() : f.getFileName(), f.getLineNumber(), 0))
        .orElse(Pos.NONE));
  }

  private static String location(Class<?> c) {
    CodeSource cs = c.getProtectionDomain().getCodeSource();
    return cs == null || cs.getLocation() == null ? null : cs.getLocation().toString();
  }
}
