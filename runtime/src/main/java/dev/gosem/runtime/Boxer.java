package dev.gosem.runtime;

/**
 * Turns a value of one type (in its representation) into the interface value the generated code
 * would make for it: the box class of a named type with methods. Registered with {@link
 * TypeDesc#setBoxer} so that fmt can call String() or Error() on values it finds inside slices,
 * maps and struct fields.
 */
@FunctionalInterface
public interface Boxer {
  Object box(Object value);
}
