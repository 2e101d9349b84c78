package dev.gosem.runtime.sched;

import dev.gosem.runtime.GoValue;
import dev.gosem.runtime.TypeDesc;
import dev.gosem.runtime.ValueObject;

/**
 * A variable of a standard type that the runtime implements as an object (sync.Mutex,
 * time.Timer, ...): a pointer to it is the object itself, so in an interface it is a value of
 * the pointer type its subclass names. Assignment copies its state, as Go copies the struct.
 */
public abstract class SyncObject implements GoValue, ValueObject {
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

  /** A new zero variable of the same type. */
  abstract SyncObject zero();

  /** Copies from's state (the same class) into this one; waiting goroutines are not copied. */
  abstract void copyState(SyncObject from);

  @Override
  public final Object goCopyValue() {
    SyncObject c = zero();
    c.copyState(this);
    return c;
  }

  @Override
  public final void goAssignValue(Object from) {
    copyState((SyncObject) from);
  }
}
