package dev.gosem.runtime;

/**
 * Implemented by every generated struct class. An object of such a class is at once a struct
 * variable and the pointer to it; {@link #goType()} answers {@code *T}. The runtime reads fields
 * through {@link #goField} (fmt, equality of struct values held in interfaces, map keys) and
 * makes copies with {@link #goCopy} and {@link #goAssign} where Go copies a struct value (zero
 * values of slice elements, copy and append of struct slices, arrays of structs).
 */
public interface GoStruct extends GoValue {
  /**
   * Field {@code i} (in declaration order, as in the struct's {@link TypeDesc#fields()}) in its
   * representation: integers as Long, float64 as Double, bool as Boolean, string as String, a
   * struct-typed field as its struct object, other types as their header/array/reference.
   */
  Object goField(int i);

  /** A new object holding a copy of this value (deep for fields of array and struct type). */
  GoStruct goCopy();

  /**
   * Copies the value of {@code from} (an object of the same class) into this object, field by
   * field, assigning into nested struct and array fields rather than replacing them: Go's
   * assignment to a struct variable that pointers may refer to.
   */
  void goAssign(GoStruct from);
}
