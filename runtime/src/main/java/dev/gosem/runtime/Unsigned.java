package dev.gosem.runtime;

/**
 * Boxes an unsigned integer for fmt and panic, which must print it unsigned; {@code bits} holds
 * the value's 64 bits (zero-extended for narrower types).
 */
public record Unsigned(long bits) {
  /** The box compiled code makes for an unsigned integer's bits. */
  public static Unsigned of(long bits) {
    return new Unsigned(bits);
  }

  @Override
  public String toString() {
    return Long.toUnsignedString(bits);
  }
}
