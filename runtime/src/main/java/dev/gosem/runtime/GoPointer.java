package dev.gosem.runtime;

/**
 * A pointer to a variable that is not a struct (struct pointers are the struct objects): the
 * runtime's {@link LongRef}, {@link DoubleRef}, {@link BoolRef} and {@link ObjRef}. Two pointer
 * objects are equal (Go's ==) when they address the same variable.
 */
public interface GoPointer {
  /** *p in the representation of the element type (Long for integers, and so on). */
  Object goLoad();
}
