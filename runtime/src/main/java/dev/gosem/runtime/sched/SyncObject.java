package dev.gosem.runtime.sched;

import dev.gosem.runtime.GoValue;
import dev.gosem.runtime.TypeDesc;

/**
 * A variable of a standard type that the runtime implements as an object (sync.Mutex,
 * time.Timer, ...): a pointer to it is the object itself, so in an interface it is a value of
 * the pointer type its subclass names.
 */
abstract class SyncObject implements GoValue {
  private final TypeDesc pointerType;

  SyncObject(TypeDesc pointerType) {
    this.pointerType = pointerType;
  }

  @Override
  public final TypeDesc goType() {
    return pointerType;
  }

  @Override
  public final Object goValue() {
    return this;
  }
}
