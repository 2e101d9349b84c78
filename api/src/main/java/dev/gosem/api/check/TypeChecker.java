package dev.gosem.api.check;

import dev.gosem.api.Program;

/**
 * TypeChecker checks a program against Go's rules and records what the IR builder needs in a
 * {@link TypeInfo}. Every problem found is reported, with Go's own wording and the position of
 * the node Go reports it at, in one {@link CompileException}.
 */
public final class TypeChecker {
  private TypeChecker() {}

  /**
   * Type-checks {@code p}.
   *
   * @throws CompileException carrying all diagnostics, sorted by position, if the program is not
   *     valid Go (or uses something gosem does not support yet)
   */
  public static TypeInfo check(Program p) throws CompileException {
    return check(p, "jvm");
  }

  /**
   * Type-checks {@code p} for a target architecture: {@code runtime.GOARCH} is the constant
   * goarch ("jvm" or "amd64") and {@code runtime.GOOS} is "linux".
   */
  public static TypeInfo check(Program p, String goarch) throws CompileException {
    try {
      Checker c = new Checker(p);
      c.goarch = goarch;
      return c.run();
    } catch (CompileException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new IllegalStateException("internal error in the type checker (a gosem bug): " + e, e);
    }
  }
}
