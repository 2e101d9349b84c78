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

  /** A panic carrying {@code value} (boxed as for {@link Fmt}; null for panic(nil)). */
  public GoPanic(Object value) {
    super(null, null, false, true);
    this.value = value;
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
