package dev.gosem.runtime;

/** Package os, the parts the runtime owns. */
public final class Os {
  private Os() {}

  /**
   * os.Exit: flushes the process's output and unwinds to {@link GoProcess#run} with the status the
   * OS would report, which keeps only the low 8 bits (os.Exit(-1) gives 255, os.Exit(256) gives 0).
   */
  public static void exit(long code) {
    GoProcess.current().flush();
    throw new GoExit((int) (code & 0xFF));
  }
}
