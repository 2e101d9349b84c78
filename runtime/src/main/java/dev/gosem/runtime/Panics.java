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

  /**
   * panic(value) in a function that defers, where a recover is likely: the traceback is captured
   * only if the panic leaves the frame unrecovered.
   */
  public static GoPanic panicLazy(Object value) {
    return GoPanic.lazy(value);
  }

  /**
   * panic(value) in a program for Go 1.21 or later, where panic(nil) panics with a
   * *runtime.PanicNilError instead of nil.
   */
  public static GoPanic panicNilChecked(Object value, boolean lazy) {
    Object v = value == null ? RuntimeError.panicNil() : value;
    return lazy ? GoPanic.lazy(v) : new GoPanic(v);
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

  // Go's boundsError texts; a negative x (of a signed type) drops y.

  /** a[index] or s[index] out of range, for a signed index: a negative index omits the length. */
  public static GoPanic indexOutOfRange(long index, long length) {
    return bounds("index out of range [", index, true, "] with length ", length, "]");
  }

  /** As {@link #indexOutOfRange} for an index of unsigned type: its bits print unsigned. */
  public static GoPanic indexOutOfRangeUnsigned(long indexBits, long length) {
    return bounds("index out of range [", indexBits, false, "] with length ", length, "]");
  }

  /** s[:high] with high > len(s) for a string or an array (which have no spare capacity). */
  public static GoPanic sliceHighOverLength(long high, long length) {
    return bounds("slice bounds out of range [:", high, true, "] with length ", length, "]");
  }

  /** a[:high] with high > cap(a) for a slice. */
  public static GoPanic sliceHighOverCapacity(long high, long capacity) {
    return bounds("slice bounds out of range [:", high, true, "] with capacity ", capacity, "]");
  }

  /** a[low:high] with low > high (or low negative). */
  public static GoPanic sliceLowOverHigh(long low, long high) {
    if (low < 0) {
      return boundsError("slice bounds out of range [" + low + ":]");
    }
    return boundsError("slice bounds out of range [" + low + ":" + high + "]");
  }

  /** s[::max] with max > len, for an array. */
  public static GoPanic slice3MaxOverLength(long max, long length) {
    return bounds("slice bounds out of range [::", max, true, "] with length ", length, "]");
  }

  /** s[::max] with max > cap(s), for a slice. */
  public static GoPanic slice3MaxOverCapacity(long max, long capacity) {
    return bounds("slice bounds out of range [::", max, true, "] with capacity ", capacity, "]");
  }

  /** s[:high:max] with high > max (or high negative). */
  public static GoPanic slice3HighOverMax(long high, long max) {
    if (high < 0) {
      return boundsError("slice bounds out of range [:" + high + ":]");
    }
    return boundsError("slice bounds out of range [:" + high + ":" + max + "]");
  }

  /** s[low:high:max] with low > high (or low negative). */
  public static GoPanic slice3LowOverHigh(long low, long high) {
    if (low < 0) {
      return boundsError("slice bounds out of range [" + low + "::]");
    }
    return boundsError("slice bounds out of range [" + low + ":" + high + ":]");
  }

  /**
   * A bound of unsigned type whose bits are beyond any length (the compiler checks these before
   * calling a signed operation): {@code form} is one of "index", ":", "::" for a[x], a[:x] and
   * a[::x]; the message names the length or capacity {@code y}.
   */
  public static GoPanic boundsUnsigned(String form, long xBits, long y, boolean capacity) {
    String head =
        switch (form) {
          case "index" -> "index out of range [";
          case ":" -> "slice bounds out of range [:";
          case "::" -> "slice bounds out of range [::";
          default -> throw new IllegalArgumentException(form);
        };
    String with = capacity ? "] with capacity " : "] with length ";
    return bounds(head, xBits, false, with, y, "]");
  }

  /** (*[n]T)(s) with len(s) < n. */
  public static GoPanic sliceToArrayPointer(long length, long arrayLength) {
    return boundsError(
        "cannot convert slice with length " + length + " to pointer to array with length "
            + arrayLength);
  }

  private static GoPanic bounds(
      String head, long x, boolean signed, String with, long y, String negTail) {
    if (signed && x < 0) {
      return boundsError(head + x + negTail);
    }
    String xs = signed ? Long.toString(x) : Long.toUnsignedString(x);
    return boundsError(head + xs + with + y);
  }

  private static GoPanic boundsError(String detail) {
    return new GoPanic(RuntimeError.bounds(detail));
  }

  /** make([]T, len) with len negative or too large. */
  public static GoPanic makeSliceLen() {
    return runtimeError("makeslice: len out of range");
  }

  /** make([]T, len, cap) with cap below len or too large. */
  public static GoPanic makeSliceCap() {
    return runtimeError("makeslice: cap out of range");
  }

  /** append beyond what the address space can hold. */
  public static GoPanic growSliceCap() {
    return runtimeError("growslice: cap out of range");
  }

  /** == on interface values whose dynamic type is not comparable. */
  public static GoPanic uncomparable(TypeDesc type) {
    return runtimeError("comparing uncomparable type " + type.string());
  }

  /** A map key (of interface type) whose dynamic type is not comparable. */
  public static GoPanic unhashable(TypeDesc type) {
    return runtimeError("hash of unhashable type " + type.string());
  }

  /**
   * A failed type assertion {@code x.(T)} as Go words it. {@code staticType} is the static type of
   * x when T is a concrete type, and null when T is an interface type (Go then says "interface");
   * {@code value} is x (null for the nil interface), {@code asserted} is T.
   */
  public static GoPanic typeAssertion(TypeDesc staticType, Object value, TypeDesc asserted) {
    String inter = staticType == null ? "interface" : staticType.string();
    String as = asserted.string();
    TypeDesc concrete = TypeDesc.of(value);
    String text;
    if (concrete == null) {
      text = "interface conversion: " + inter + " is nil, not " + as;
    } else if (asserted.kind() == TypeDesc.Kind.INTERFACE) {
      String missing = concrete.missingMethod(asserted);
      text =
          missing == null
              ? "interface conversion: " + concrete.string() + " is not " + as
              : "interface conversion: " + concrete.string() + " is not " + as
                  + ": missing method " + missing;
    } else {
      String cs = concrete.string();
      text = "interface conversion: " + inter + " is " + cs + ", not " + as;
      if (cs.equals(as)) {
        text +=
            java.util.Objects.equals(concrete.pkg(), asserted.pkg())
                ? " (types from different scopes)"
                : " (types from different packages)";
      }
    }
    return new GoPanic(RuntimeError.typeAssertion(text));
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
