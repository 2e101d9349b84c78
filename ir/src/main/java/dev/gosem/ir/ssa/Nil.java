package dev.gosem.ir.ssa;

/**
 * The payload of a nil constant: the zero value of a pointer, slice, map, interface or func
 * type. An enum so that it is a singleton and prints as "nil" in dumps.
 */
public enum Nil {
  NIL;

  @Override
  public String toString() {
    return "nil";
  }
}
