package dev.gosem.runtime.sched;

/**
 * Thrown in a goroutine's thread once its program has ended (main returned, os.Exit, a crash or
 * a fatal error elsewhere): unwinds the goroutine without a report. An {@link Error}, so ordinary
 * {@code catch (Exception)} blocks miss it; generated code must not run deferred calls for it.
 */
public final class Killed extends Error {
  public Killed() {
    super("the program has ended", null, false, false);
  }
}
