package dev.gosem.runtime;

/**
 * Running deferred calls, and panic/recover, for generated code (Go's deferproc, deferreturn,
 * gopanic and gorecover). Every function that defers protects its body with one exception
 * handler; on a normal return it runs its own deferred calls (inline when open-coded, through
 * {@link #deferReturn} otherwise), and its handler hands the panic and its pending calls to
 * {@link #panicFrame} (or runs them itself, open-coded: {@link #openPanicBegin}). Those run the
 * calls newest first with the panic in flight; they return normally only when a deferred call
 * recovered it, and the frame then returns its current results, as Go's recovery does.
 *
 * <p>A frame's own calls are the records above the mark it took on entry ({@link
 * Goroutine#chain()}, {@link Goroutine#top()}), as Go's deferreturn runs the records of the
 * current stack pointer.
 *
 * <p>Unlike Go, the JVM cannot run an outer frame's deferred calls before the inner frames are
 * unwound: each frame runs its own calls when the panic reaches its handler. The order of the
 * calls, what they see (captured variables live on the heap) and what is printed are the same.
 */
public final class Defers {
  private Defers() {}

  // ---- the heap and stack strategies: records on the goroutine's chain ----

  /** Links a heap record on the chain (deferproc). */
  public static void heapPush(Goroutine g, DeferRecord r) {
    r.link = g.chain;
    g.chain = r;
  }

  /**
   * Takes the next record of the goroutine's side stack for a defer statement of the stack
   * strategy and links it on the chain (Go's deferprocStack): no allocation once the side stack
   * has grown to the program's deepest nesting of pending stack defers.
   */
  public static StackRecord stackPush(Goroutine g, DeferRecord site, int longs, int doubles, int refs) {
    StackRecord[] stack = g.stack;
    int top = g.top;
    if (top == stack.length) {
      stack = g.stack = java.util.Arrays.copyOf(stack, top * 2);
    }
    StackRecord r = stack[top];
    if (r == null) {
      r = stack[top] = new StackRecord();
    }
    r.ensure(longs, doubles, refs);
    r.site = site;
    g.top = top + 1;
    r.link = g.chain;
    g.chain = r;
    return r;
  }

  /** A normal return: runs the frame's records above mark, newest first (deferreturn). */
  public static void deferReturn(Goroutine g, DeferRecord mark) {
    DeferRecord r;
    while ((r = g.chain) != mark) {
      g.chain = r.link;
      try {
        if (r instanceof StackRecord s) {
          // one virtual call to the site rather than two (StackRecord.run, then the site)
          s.site.runSlots(s, null);
        } else {
          r.run(null);
        }
      } catch (Throwable t) {
        release(g, r);
        panicFrame(g, mark, t);
        return;
      }
      release(g, r);
    }
  }

  /** The panic path: runs the frame's records with the panic; returns only if it was recovered. */
  public static void panicFrame(Goroutine g, DeferRecord mark, Throwable t) {
    GoPanic p = begin(g, t);
    DeferRecord r;
    while ((r = g.chain) != mark) {
      g.chain = r.link;
      try {
        p = runOne(g, p, r);
      } finally {
        release(g, r);
      }
    }
    finish(p);
  }

  /** A finished stack record goes back to the side stack (it is its top: both are LIFO). */
  private static void release(Goroutine g, DeferRecord r) {
    if (r instanceof StackRecord s) {
      s.clear();
      g.top--;
    }
  }

  // ---- the open-coded strategy ----

  /**
   * The panic path of an open-coded frame starts: its handler caught {@code t}. The handler then
   * makes the calls its deferBits still mark, newest first, each as {@code
   * wrapper(operands..., openCallToken(p))} followed by {@link #openCallDone} (or, if it threw,
   * {@link #openCallPanicked}), and ends with {@link #openPanicEnd}: no record is allocated.
   */
  public static GoPanic openPanicBegin(Goroutine g, Throwable t) {
    return begin(g, t);
  }

  /** The panic a deferred call may recover: p, unless none is in flight or it was recovered. */
  public static GoPanic openCallToken(GoPanic p) {
    return tokenFor(p);
  }

  /** A deferred call of the open-coded panic path returned; the panic still in flight. */
  public static GoPanic openCallDone(Goroutine g, GoPanic p) {
    g.direct = null;
    return afterCall(g, p);
  }

  /** A deferred call of the open-coded panic path threw t; the panic now in flight. */
  public static GoPanic openCallPanicked(Goroutine g, GoPanic p, Throwable t) {
    g.direct = null;
    return replaced(g, p, t);
  }

  /** The end of the open-coded panic path: returns only if the panic was recovered. */
  public static void openPanicEnd(GoPanic p) {
    finish(p);
  }

  // ---- panics ----

  /**
   * The panic a frame's handler caught: a Java exception that is a Go runtime error becomes its
   * GoPanic; a panic seen for the first time goes on the goroutine's panic chain. What no Go code
   * may handle (os.Exit, fatal errors, stack overflow) is thrown on without running anything.
   */
  private static GoPanic begin(Goroutine g, Throwable t) {
    GoPanic p = Panics.fromJava(t);
    if (p == null) {
      throw Defers.<RuntimeException>sneaky(t);
    }
    if (!p.started) {
      p.started = true;
      if (g.panicking != p) {
        p.linkTo(g.panicking);
      }
      g.panicking = p;
    }
    return p;
  }

  /** Runs one record for panic p (null: none in flight); returns the panic still in flight. */
  private static GoPanic runOne(Goroutine g, GoPanic p, DeferRecord r) {
    try {
      r.run(tokenFor(p));
      return afterCall(g, p);
    } catch (Throwable t) {
      return replaced(g, p, t);
    } finally {
      g.direct = null;
    }
  }

  private static GoPanic tokenFor(GoPanic p) {
    return p == null || p.recovered() ? null : p;
  }

  /** After a deferred call returned: a recovered panic leaves the chain (Go's recovery). */
  private static GoPanic afterCall(Goroutine g, GoPanic p) {
    if (p == null || !p.recovered()) {
      return p;
    }
    GoPanic rest = p.previous();
    while (rest != null && rest.aborted) {
      rest = rest.previous();
    }
    g.panicking = rest;
    return null;
  }

  /** A deferred call panicked: the new panic replaces p, whose call it aborted. */
  private static GoPanic replaced(Goroutine g, GoPanic p, Throwable t) {
    GoPanic next = begin(g, t);
    if (p != null && next != p) {
      p.aborted = true;
    }
    return next;
  }

  /** The end of a frame's calls: a panic still in flight leaves the frame. */
  private static void finish(GoPanic p) {
    if (p == null) {
      return;
    }
    if (p.needsTrace()) {
      // Raised without a traceback because it was expected to be recovered: this frame (the one
      // that raised it, or an outer one) and its callers are what Go would show.
      p.captureTrace(new Throwable());
    }
    throw p;
  }

  // ---- recover ----

  /**
   * Called on entry by a function that calls recover(): takes the panic its deferred-call
   * wrapper handed it, so that only the deferred function itself, not what it calls, can recover.
   */
  public static GoPanic takeDirect() {
    Goroutine g = Goroutine.current();
    GoPanic p = g.direct;
    if (p != null) {
      g.direct = null;
    }
    return p;
  }

  /** Called by a deferred-call wrapper on the panic path, right before it calls the function. */
  public static void setDirect(GoPanic p) {
    if (p != null) {
      Goroutine.current().direct = p;
    }
  }

  /**
   * Called by a deferred-call wrapper on the panic path right before it calls a func value or
   * makes an interface call: hands the panic on only when the target recovers by itself.
   */
  public static void handOn(Object callee, GoPanic p, String method) {
    if (p != null && recovers(callee, method)) {
      Goroutine.current().direct = p;
    }
  }

  /** Whether {@code callee}'s Go method (or func value) calls recover() directly. */
  public static boolean recovers(Object callee, String method) {
    return callee instanceof GoRecoverer r && r.goRecovers(method);
  }

  /**
   * recover(): the panic's value if {@code direct} (what the function took on entry) is the
   * innermost panic in flight and nothing recovered it yet; otherwise nil. Goexit is not
   * recoverable. The panic stops when the deferred call returns.
   */
  public static Object recover(GoPanic direct) {
    if (direct == null || direct.recovered() || direct.goexit) {
      return null;
    }
    if (Goroutine.current().panicking != direct) {
      return null;
    }
    direct.markRecovered();
    return direct.value();
  }

  /** runtime.Goexit: runs the goroutine's deferred calls, then ends it. */
  public static GoPanic goexit() {
    return GoPanic.goexit();
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T sneaky(Throwable t) throws T {
    throw (T) t;
  }
}
