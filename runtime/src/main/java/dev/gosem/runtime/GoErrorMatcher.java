package dev.gosem.runtime;

/**
 * A value with Go's optional error-chain methods {@code Is(error) bool} and {@code As(any)
 * bool}, consulted by errors.Is and errors.As. Generated classes implement the ones their type
 * has; the defaults say "no match".
 */
public interface GoErrorMatcher {
  /** The Is(target) method. */
  default boolean is(Object target) {
    return false;
  }

  /**
   * The As(target) method: the value to store through the target pointer when this error matches
   * {@code target}'s element type, or null.
   */
  default Object as(TypeDesc target) {
    return null;
  }
}
