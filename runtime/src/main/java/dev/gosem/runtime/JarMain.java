package dev.gosem.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The entry point of a program written as a runnable jar: runs the generated package class's
 * entry (package initialization, then main.main) as the system process and exits with its status,
 * as Go's runtime.main ends in exit(0) or a panic's exit(2).
 */
public final class JarMain {
  /** The class the JVM backend generates for package main, and its entry method. */
  public static final String MAIN_CLASS = "go.main.Main";
  public static final String ENTRY = "$entry";

  private JarMain() {}

  public static void main(String[] args) throws ReflectiveOperationException {
    Class<?> main = Class.forName(MAIN_CLASS);
    MethodHandle entry = MethodHandles.publicLookup().findStatic(main, ENTRY, MethodType.methodType(void.class));
    System.exit(GoProcess.system().run(() -> invoke(entry)));
  }

  /** Runs an entry handle, letting whatever it throws (a GoPanic, GoExit, an Error) through. */
  public static void invoke(MethodHandle entry) {
    try {
      entry.invokeExact();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }
}
