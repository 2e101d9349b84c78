package dev.gosem.runtime;

/**
 * The defer and panic state of one goroutine (Go's g._defer and g._panic), bound to the thread
 * that runs it. Generated code fetches it once per call of a function that defers with the heap
 * or stack strategy; open-coded defers never touch it.
 */
public final class Goroutine {
  private static final ThreadLocal<Goroutine> CURRENT = ThreadLocal.withInitial(Goroutine::new);

  /** The heap strategy's chain of deferred calls, newest first. */
  DeferRecord chain;
  /** The stack strategy's side stack: reusable records, those below top in use (and on the chain). */
  StackRecord[] stack = new StackRecord[8];
  /** The number of side-stack records in use. */
  int top;
  /** The innermost panic whose deferred calls are running, or null (Go's g._panic). */
  GoPanic panicking;
  /**
   * The panic a deferred call was started for, handed from the call's wrapper to the function it
   * calls, which takes it on entry (see {@link Defers#takeDirect}); null otherwise.
   */
  GoPanic direct;

  private Goroutine() {}

  /** This thread's goroutine state. */
  public static Goroutine current() {
    return CURRENT.get();
  }

  /** Forgets everything a previous program left on this thread (a crash mid-way). */
  static void reset() {
    CURRENT.remove();
  }

  /** The heap chain's head: a frame's mark, below which its own records end. */
  public DeferRecord chain() {
    return chain;
  }

  /** The side stack's height: a frame's mark, above which its own records live. */
  public int top() {
    return top;
  }
}
