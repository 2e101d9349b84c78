package dev.gosem.runtime;

/**
 * Factories for the panics the generated code raises. Each returns the {@link GoPanic} and the
 * caller throws it ({@code throw Panics.divideByZero();}), so the compiler sees the throw.
 */
public final class Panics {
  private Panics() {}

  /** User code's panic(value); value boxed as for {@link Fmt}. */
  public static GoPanic panic(Object value) {
    return new GoPanic(value);
  }

  /** Any runtime error: "runtime error: " + detail. */
  public static GoPanic runtimeError(String detail) {
    return new GoPanic(RuntimeError.of(detail));
  }

  public static GoPanic divideByZero() {
    return runtimeError("integer divide by zero");
  }

  public static GoPanic negativeShift() {
    return runtimeError("negative shift amount");
  }

  public static GoPanic nilDereference() {
    return new GoPanic(RuntimeError.nilDereference());
  }

  /** Go's message has no "runtime error: " prefix here. */
  public static GoPanic nilMapWrite() {
    return new GoPanic(new RuntimeError("assignment to entry in nil map"));
  }

  /** a[index] or s[index] out of range, for a signed index: a negative index omits the length. */
  public static GoPanic indexOutOfRange(long index, long length) {
    return index < 0
        ? runtimeError("index out of range [" + index + "]")
        : runtimeError("index out of range [" + index + "] with length " + length);
  }

  /** As {@link #indexOutOfRange} for an index of unsigned type: its bits print unsigned. */
  public static GoPanic indexOutOfRangeUnsigned(long indexBits, long length) {
    return runtimeError(
        "index out of range [" + Long.toUnsignedString(indexBits) + "] with length " + length);
  }

  /** s[:high] with high > len(s) for a string (strings have no capacity). */
  public static GoPanic sliceHighOverLength(long high, long length) {
    return high < 0
        ? runtimeError("slice bounds out of range [:" + high + "]")
        : runtimeError("slice bounds out of range [:" + high + "] with length " + length);
  }

  /** a[:high] with high > cap(a) for a slice or array. */
  public static GoPanic sliceHighOverCapacity(long high, long capacity) {
    return high < 0
        ? runtimeError("slice bounds out of range [:" + high + "]")
        : runtimeError("slice bounds out of range [:" + high + "] with capacity " + capacity);
  }

  /** a[low:high] with low > high (or low negative). */
  public static GoPanic sliceLowOverHigh(long low, long high) {
    return low < 0
        ? runtimeError("slice bounds out of range [" + low + ":]")
        : runtimeError("slice bounds out of range [" + low + ":" + high + "]");
  }

  /**
   * Converts a Java exception that stands for a Go runtime panic (a JVM check the generated code
   * relies on instead of its own) into that panic, keeping the stack trace; null if it stands for
   * none. A GoPanic is returned as is.
   */
  public static GoPanic fromJava(Throwable t) {
    GoPanic p =
        switch (t) {
          case GoPanic already -> already;
          case NullPointerException npe -> nilDereference();
          case ArithmeticException ae when "/ by zero".equals(ae.getMessage()) -> divideByZero();
          case IndexOutOfBoundsException ioobe -> fromIndexMessage(ioobe.getMessage());
          default -> null;
        };
    if (p != null && p != t) {
      p.setStackTrace(t.getStackTrace());
    }
    return p;
  }

  // The JDK's own checks (Objects.checkIndex, arrays, String.charAt) say
  // "Index 5 out of bounds for length 3".
  private static GoPanic fromIndexMessage(String message) {
    if (message == null) {
      return null;
    }
    String[] words = message.split(" ");
    if (words.length == 8
        && words[0].equals("Index")
        && message.contains(" out of bounds for length ")) {
      try {
        return indexOutOfRange(Long.parseLong(words[1]), Long.parseLong(words[7]));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }
}
