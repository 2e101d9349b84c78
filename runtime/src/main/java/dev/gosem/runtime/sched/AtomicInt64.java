package dev.gosem.runtime.sched;

import dev.gosem.runtime.TypeDesc;
import java.util.concurrent.atomic.AtomicLong;

/** sync/atomic.Int64: a variable of that type is one of these objects. */
public final class AtomicInt64 extends SyncObject {
  /** *atomic.Int64. */
  public static final TypeDesc TYPE = TypeDesc.pointerTo(TypeDesc.stdNamed("atomic", "Int64",
      TypeDesc.newStruct(TypeDesc.Field.of("v", TypeDesc.INT64)), "Add", "CompareAndSwap", "Load", "Store", "Swap"));

  static {
    TYPE.elem().setZeroFactory(AtomicInt64::new);
  }

  public AtomicInt64() {
    super(TYPE);
  }

  private final AtomicLong v = new AtomicLong();

  public long add(long delta) {
    return v.addAndGet(delta);
  }

  public long load() {
    return v.get();
  }

  public void store(long x) {
    v.set(x);
  }

  public long swap(long x) {
    return v.getAndSet(x);
  }

  public boolean compareAndSwap(long old, long x) {
    return v.compareAndSet(old, x);
  }

  @Override
  SyncObject zero() {
    return new AtomicInt64();
  }

  @Override
  void copyState(SyncObject from) {
    v.set(((AtomicInt64) from).v.get());
  }
}
