package dev.gosem.runtime;

/**
 * One deferred call with its callee and arguments already evaluated (Go's _defer). The backend
 * generates a subclass per defer site holding the arguments in typed fields; the heap strategy
 * allocates one per executed defer statement and links it on the goroutine's chain; the stack
 * strategy's {@link StackRecord}s point to the class's shared instance ({@link #runSlots}).
 */
public abstract class DeferRecord {
  /** The next older record on the chain. */
  public DeferRecord link;

  /**
   * Makes the call. {@code panic} is the panic it runs for (null on a normal return): the wrapper
   * passes it to the deferred function so that a recover() there can stop it.
   */
  public abstract void run(GoPanic panic);

  /**
   * The stack strategy, on a site's shared instance: makes this site's call with the arguments in
   * {@code record}'s slots. A virtual method rather than an interface, so that the one call site
   * every stack record goes through dispatches through a vtable.
   */
  public void runSlots(StackRecord record, GoPanic panic) {
    throw new IllegalStateException("not a defer site: " + getClass().getName());
  }
}
