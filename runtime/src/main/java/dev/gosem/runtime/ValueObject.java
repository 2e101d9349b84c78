package dev.gosem.runtime;

/**
 * A variable of a standard struct type that the runtime implements as an object
 * (strings.Builder, sync.Mutex, time.Timer, ...): a pointer to the variable is the object. Go's
 * assignment copies such a struct's state (go vet warns about copied locks; the language allows
 * it), so compiled code copies through these methods instead of sharing the object.
 */
public interface ValueObject {
  /** A new variable holding a copy of this one's state. */
  Object goCopyValue();

  /** Copies {@code from}'s state into this variable (pointers to it stay valid). */
  void goAssignValue(Object from);
}
