package dev.gosem.runtime;

/**
 * One deferred call with its callee and arguments already evaluated (Go's _defer). The backend
 * generates a subclass per defer site holding the arguments in typed fields; the heap strategy
 * allocates one per executed defer statement and links it on the goroutine's chain, and the
 * open-coded strategy makes them only on the panic path, to hand its pending calls to
 * {@link Defers}.
 */
public abstract class DeferRecord {
  /** The next older record on the chain. */
  public DeferRecord link;

  /**
   * Makes the call. {@code panic} is the panic it runs for (null on a normal return): the wrapper
   * passes it to the deferred function so that a recover() there can stop it.
   */
  public abstract void run(GoPanic panic);
}
