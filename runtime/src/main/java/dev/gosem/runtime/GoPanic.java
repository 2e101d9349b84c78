package dev.gosem.runtime;

/**
 * A Go panic in flight. It keeps its Java stack trace, which the crash report turns into Go's
 * goroutine traceback. Generated code implementing defer/recover links a panic raised while an
 * earlier one is still running its deferred calls ({@link #linkTo}), and marks a recovered panic
 * that is re-raised ({@link #markRecovered}), so the report can print Go's panic chain.
 */
public final class GoPanic extends RuntimeException {
  private final transient Object value;
  private transient GoPanic previous;
  private boolean recovered;
  /** Whether a later panic replaced this one while its deferred call ran (Go's aborted). */
  boolean aborted;
  /** Whether a frame's deferred calls have seen this panic (it is on the goroutine's chain). */
  boolean started;
  /** runtime.Goexit: runs deferred calls like a panic, but recover() does not stop it. */
  final boolean goexit;
  /** Where the traceback comes from when the panic was raised without one (see {@link #lazy}). */
  private transient Throwable trace;

  /** A panic carrying {@code value} (boxed as for {@link Fmt}; null for panic(nil)). */
  public GoPanic(Object value) {
    super(null, null, false, true);
    this.value = value;
    this.goexit = false;
  }

  private GoPanic(Object value, boolean goexit) {
    // No stack trace yet: see captureTrace.
    super(null, null, false, false);
    this.value = value;
    this.goexit = goexit;
  }

  /**
   * A panic raised where deferred calls will probably recover it: filling in a Java stack trace
   * costs more than the rest of panic and recover together, so the traceback is captured only
   * when the panic leaves a frame unrecovered ({@link Defers}).
   */
  public static GoPanic lazy(Object value) {
    return new GoPanic(value, false);
  }

  /** runtime.Goexit's unwinding. */
  static GoPanic goexit() {
    return new GoPanic(null, true);
  }

  /** Whether this is runtime.Goexit rather than a panic. */
  public boolean isGoexit() {
    return goexit;
  }

  /** Whether the traceback has still to be captured. */
  boolean needsTrace() {
    return trace == null && getStackTrace().length == 0;
  }

  /** Records the frames of {@code here} as this panic's traceback. */
  void captureTrace(Throwable here) {
    trace = here;
  }

  /** The frames the crash report prints. */
  StackTraceElement[] traceback() {
    return trace != null ? trace.getStackTrace() : getStackTrace();
  }

  /** The value given to panic. */
  public Object value() {
    return value;
  }

  /** The panic that was running its deferred calls when this one started, or null. */
  public GoPanic previous() {
    return previous;
  }

  /** Records that this panic started while {@code earlier} was running deferred calls. */
  public GoPanic linkTo(GoPanic earlier) {
    this.previous = earlier;
    return this;
  }

  /** Whether a deferred call recovered this panic (Go prints " [recovered]" after it). */
  public boolean recovered() {
    return recovered;
  }

  /** Marks this panic as recovered. */
  public GoPanic markRecovered() {
    this.recovered = true;
    return this;
  }

  @Override
  public String getMessage() {
    // For Java-side diagnostics only: the same text Go prints after "panic: ".
    return GoStrings.toJava(CrashReport.valueText(value));
  }
}
