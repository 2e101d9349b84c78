package dev.gosem.runtime.sched;

import dev.gosem.runtime.LongRef;

/**
 * The functions of sync/atomic on {@code *int64}. A pointer to an int64 variable is a runtime
 * {@link LongRef} (a cell, a struct field or a slice element), which has no atomic operations of
 * its own, so these serialize on one lock: sequentially consistent, as Go's are.
 */
public final class Atomics {
  private static final Object LOCK = new Object();

  private Atomics() {}

  public static long addInt64(LongRef p, long delta) {
    synchronized (LOCK) {
      long v = p.get() + delta;
      p.set(v);
      return v;
    }
  }

  public static long loadInt64(LongRef p) {
    synchronized (LOCK) {
      return p.get();
    }
  }

  public static void storeInt64(LongRef p, long v) {
    synchronized (LOCK) {
      p.set(v);
    }
  }

  public static boolean compareAndSwapInt64(LongRef p, long old, long v) {
    synchronized (LOCK) {
      if (p.get() != old) return false;
      p.set(v);
      return true;
    }
  }

  public static long swapInt64(LongRef p, long v) {
    synchronized (LOCK) {
      long was = p.get();
      p.set(v);
      return was;
    }
  }
}
