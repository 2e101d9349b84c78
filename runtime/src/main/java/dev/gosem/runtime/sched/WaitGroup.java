package dev.gosem.runtime.sched;

import dev.gosem.runtime.Panics;
import java.util.ArrayDeque;

/** sync.WaitGroup: a counter; Wait parks ("semacquire") until it is zero. */
public final class WaitGroup extends SyncObject {
  /** *sync.WaitGroup. */
  public static final dev.gosem.runtime.TypeDesc TYPE = dev.gosem.runtime.TypeDesc.pointerTo(
      dev.gosem.runtime.TypeDesc.stdNamed("sync", "WaitGroup",
          dev.gosem.runtime.TypeDesc.newStruct(dev.gosem.runtime.TypeDesc.Field.of("state1", dev.gosem.runtime.TypeDesc.UINT64)), "Add", "Done", "Wait"));

  static {
    TYPE.elem().setZeroFactory(WaitGroup::new);
  }

  public WaitGroup() {
    super(TYPE);
  }

  private Sched sched;
  private long counter;
  private final ArrayDeque<Sched.Wait> waiters = new ArrayDeque<>(0);

  private Sched sched() {
    Sched s = sched;
    if (s == null) {
      s = Sched.get();
      sched = s;
    }
    return s;
  }

  public void add(long delta) {
    Sched s = sched();
    s.lock.lock();
    try {
      counter += delta;
      if (counter < 0) throw Panics.negativeWaitGroupCounter();
      if (counter == 0) {
        Sched.Wait w;
        while ((w = waiters.poll()) != null) s.ready(w);
      }
    } finally {
      s.lock.unlock();
    }
  }

  public void done() {
    add(-1);
  }

  public void await() {
    Sched s = sched();
    s.lock.lock();
    try {
      s.checkAlive();
      if (counter == 0) return;
      Sched.Wait w = new Sched.Wait(s.g());
      waiters.add(w);
      s.park(w, "semacquire");
    } finally {
      s.lock.unlock();
    }
  }

  @Override
  SyncObject zero() {
    return new WaitGroup();
  }

  @Override
  void copyState(SyncObject from) {
    counter = ((WaitGroup) from).counter;
  }
}
