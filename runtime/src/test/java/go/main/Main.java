package go.main;

import dev.gosem.runtime.Panics;

/**
 * Stands in for a class the JVM backend generates for Go package main (classes named go.*), so
 * that crash reports can be checked for Go's traceback layout. Line numbers are asserted in
 * CrashReportTest: edit with care.
 */
public final class Main {
  private Main() {}

  public static void main() {
    f();
  }

  static void f() {
    throw Panics.panic("boom");
  }

  /** Recurses until the stack runs out, as a Go function without a base case would. */
  public static long recurse(long n) {
    return recurse(n + 1) + 1;
  }
}
