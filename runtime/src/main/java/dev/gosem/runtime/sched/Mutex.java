package dev.gosem.runtime.sched;

import java.util.ArrayDeque;

/**
 * sync.Mutex. A variable of type sync.Mutex is one of these objects (its zero value unlocked).
 * Waiters park under the scheduler lock with Go's wait reason "semacquire", so a goroutine stuck
 * on a Mutex counts toward deadlock detection; Unlock hands the lock straight to the oldest waiter
 * (Go's starvation mode, which keeps tail latency bounded). Unlocking an unlocked Mutex is
 * Go's fatal error, which no recover can catch.
 */
public final class Mutex extends SyncObject {
  /** *sync.Mutex. */
  public static final dev.gosem.runtime.TypeDesc TYPE = dev.gosem.runtime.TypeDesc.pointerTo(
      dev.gosem.runtime.TypeDesc.stdNamed("sync", "Mutex",
          dev.gosem.runtime.TypeDesc.newStruct(dev.gosem.runtime.TypeDesc.Field.of("state", dev.gosem.runtime.TypeDesc.INT32), dev.gosem.runtime.TypeDesc.Field.of("sema", dev.gosem.runtime.TypeDesc.UINT32)), "Lock", "TryLock", "Unlock"));

  static {
    TYPE.elem().setZeroFactory(Mutex::new);
  }

  public Mutex() {
    super(TYPE);
  }

  private Sched sched;
  private boolean locked;
  private final ArrayDeque<Sched.Wait> waiters = new ArrayDeque<>(0);

  private Sched sched() {
    Sched s = sched;
    if (s == null) {
      s = Sched.get();
      sched = s;
    }
    return s;
  }

  public void lock() {
    Sched s = sched();
    s.lock.lock();
    try {
      s.checkAlive();
      if (!locked) {
        locked = true;
        return;
      }
      Sched.Wait w = new Sched.Wait(s.g());
      waiters.add(w);
      s.park(w, "semacquire");
    } finally {
      s.lock.unlock();
    }
  }

  public boolean tryLock() {
    Sched s = sched();
    s.lock.lock();
    try {
      if (locked) return false;
      locked = true;
      return true;
    } finally {
      s.lock.unlock();
    }
  }

  public void unlock() {
    Sched s = sched();
    s.lock.lock();
    try {
      if (!locked) s.fatal("sync: unlock of unlocked mutex");
      Sched.Wait w = waiters.poll();
      if (w != null) s.ready(w);
      else locked = false;
    } finally {
      s.lock.unlock();
    }
  }

  @Override
  SyncObject zero() {
    return new Mutex();
  }

  @Override
  void copyState(SyncObject from) {
    locked = ((Mutex) from).locked;
  }
}
