package dev.gosem.runtime;

/**
 * An object that carries its own Go type: generated struct classes (whose objects stand for
 * pointers to the struct, so their type is {@code *T}), {@link Boxed} and the generated box
 * classes of named types with methods. See docs/jvm-representation.md.
 */
public interface GoValue {
  /** The Go type of this object seen as an interface value (its dynamic type). */
  TypeDesc goType();

  /**
   * The value in the representation of {@link #goType()}: the object itself for a struct object
   * standing for {@code *T}, the wrapped value for a box. fmt, equality and map hashing read
   * values through it.
   */
  default Object goValue() {
    return this;
  }
}
