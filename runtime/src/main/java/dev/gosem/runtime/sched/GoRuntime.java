package dev.gosem.runtime.sched;

/** Package runtime's goroutine functions. */
public final class GoRuntime {
  private GoRuntime() {}

  public static void gosched() {
    Sched.gosched();
  }

  public static long numGoroutine() {
    return Sched.numGoroutine();
  }
}
