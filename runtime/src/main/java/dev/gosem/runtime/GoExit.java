package dev.gosem.runtime;

/**
 * os.Exit unwinding the Java stack up to {@link GoProcess#run}. An {@link Error}, not an
 * Exception, so that ordinary {@code catch (Exception)} blocks in host or generated code miss it;
 * generated code must not run deferred calls for it (Go's os.Exit runs none).
 */
public final class GoExit extends Error {
  private final int code;

  public GoExit(int code) {
    // No stack trace: it is control flow, and nobody prints it.
    super("os.Exit(" + code + ")", null, false, false);
    this.code = code;
  }

  /** The status the OS reports, already reduced to 0..255. */
  public int code() {
    return code;
  }
}
