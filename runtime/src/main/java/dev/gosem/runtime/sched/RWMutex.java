package dev.gosem.runtime.sched;

import java.util.ArrayDeque;

/**
 * sync.RWMutex: many readers or one writer. As in Go, a writer waiting for the readers to leave
 * keeps new readers out, and a writer's Unlock lets the readers waiting behind it in first.
 */
public final class RWMutex extends SyncObject {
  /** *sync.RWMutex. */
  public static final dev.gosem.runtime.TypeDesc TYPE = dev.gosem.runtime.TypeDesc.pointerTo(
      dev.gosem.runtime.TypeDesc.stdNamed("sync", "RWMutex",
          dev.gosem.runtime.TypeDesc.newStruct(dev.gosem.runtime.TypeDesc.Field.of("readerCount", dev.gosem.runtime.TypeDesc.INT32)), "Lock", "RLock", "RUnlock", "TryLock", "TryRLock", "Unlock"));

  static {
    TYPE.elem().setZeroFactory(RWMutex::new);
  }

  public RWMutex() {
    super(TYPE);
  }

  private Sched sched;
  private int readers;
  private boolean writer;
  private final ArrayDeque<Sched.Wait> readWaiters = new ArrayDeque<>(0);
  private final ArrayDeque<Sched.Wait> writeWaiters = new ArrayDeque<>(0);

  private Sched sched() {
    Sched s = sched;
    if (s == null) {
      s = Sched.get();
      sched = s;
    }
    return s;
  }

  public void rLock() {
    Sched s = sched();
    s.lock.lock();
    try {
      s.checkAlive();
      if (!writer && writeWaiters.isEmpty()) {
        readers++;
        return;
      }
      Sched.Wait w = new Sched.Wait(s.g());
      readWaiters.add(w);
      s.park(w, "semacquire");
    } finally {
      s.lock.unlock();
    }
  }

  public void rUnlock() {
    Sched s = sched();
    s.lock.lock();
    try {
      if (readers == 0) s.fatal("sync: RUnlock of unlocked RWMutex");
      readers--;
      if (readers == 0) {
        Sched.Wait w = writeWaiters.poll();
        if (w != null) {
          writer = true;
          s.ready(w);
        }
      }
    } finally {
      s.lock.unlock();
    }
  }

  public void lock() {
    Sched s = sched();
    s.lock.lock();
    try {
      s.checkAlive();
      if (!writer && readers == 0) {
        writer = true;
        return;
      }
      Sched.Wait w = new Sched.Wait(s.g());
      writeWaiters.add(w);
      s.park(w, "semacquire");
    } finally {
      s.lock.unlock();
    }
  }

  public void unlock() {
    Sched s = sched();
    s.lock.lock();
    try {
      if (!writer) s.fatal("sync: Unlock of unlocked RWMutex");
      writer = false;
      if (!readWaiters.isEmpty()) {
        Sched.Wait w;
        while ((w = readWaiters.poll()) != null) {
          readers++;
          s.ready(w);
        }
      } else {
        Sched.Wait w = writeWaiters.poll();
        if (w != null) {
          writer = true;
          s.ready(w);
        }
      }
    } finally {
      s.lock.unlock();
    }
  }

  @Override
  SyncObject zero() {
    return new RWMutex();
  }

  @Override
  void copyState(SyncObject from) {
    RWMutex m = (RWMutex) from;
    readers = m.readers;
    writer = m.writer;
  }
}
