package dev.gosem.runtime;

/**
 * The texts of Go's crash reports and runtime errors, as constants for runtimes that print them
 * themselves (the amd64 backend's native runtime builds them into the executable); the JVM side
 * prints the same texts through {@link Panics} and {@link CrashReport}. Every string is Go's own
 * wording, byte for byte.
 */
public final class CrashTexts {
  private CrashTexts() {}

  /** Starts the report of an unrecovered panic: "panic: " + value + "\n". */
  public static final String PANIC = "panic: ";
  /** The prefix of a runtime.Error's text: "runtime error: integer divide by zero". */
  public static final String RUNTIME_ERROR = "runtime error: ";
  public static final String DIVIDE_BY_ZERO = "integer divide by zero";
  public static final String NEGATIVE_SHIFT = "negative shift amount";
  /**
   * index out of range: INDEX_OUT_OF_RANGE + index + WITH_LENGTH + length + "]"; a negative
   * index of a signed type prints as INDEX_OUT_OF_RANGE + index + "]".
   */
  public static final String INDEX_OUT_OF_RANGE = "index out of range [";
  public static final String WITH_LENGTH = "] with length ";
  /** The traceback header: "\n" + GOROUTINE + id + RUNNING + "\n". */
  public static final String GOROUTINE = "goroutine ";
  public static final String RUNNING = " [running]:";
  /** Go stops a traceback after 100 frames and says so. */
  public static final String FRAMES_ELIDED = "...additional frames elided...";
  /** A goroutine stack that reaches Go's 1 GB limit. */
  public static final String STACK_EXCEEDS = "runtime: goroutine stack exceeds 1000000000-byte limit";
  public static final String FATAL_ERROR = "fatal error: ";
  public static final String STACK_OVERFLOW = "stack overflow";
  public static final String OUT_OF_MEMORY = "runtime: out of memory";
  /** main called runtime.Goexit and every other goroutine has finished. */
  public static final String MAIN_GOEXIT = "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n";
}
