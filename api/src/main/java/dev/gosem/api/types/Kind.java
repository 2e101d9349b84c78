package dev.gosem.api.types;

/** Kind enumerates the predeclared basic types and the kinds of untyped constants. */
public enum Kind {
  INVALID("invalid type", 0),
  BOOL("bool", 0),
  INT("int", 64),
  INT8("int8", 8),
  INT16("int16", 16),
  INT32("int32", 32),
  INT64("int64", 64),
  UINT("uint", 64),
  UINT8("uint8", 8),
  UINT16("uint16", 16),
  UINT32("uint32", 32),
  UINT64("uint64", 64),
  UINTPTR("uintptr", 64),
  FLOAT64("float64", 64),
  STRING("string", 0),
  UNTYPED_BOOL("untyped bool", 0),
  UNTYPED_INT("untyped int", 0),
  UNTYPED_RUNE("untyped rune", 0),
  UNTYPED_FLOAT("untyped float", 0),
  UNTYPED_STRING("untyped string", 0),
  UNTYPED_NIL("untyped nil", 0);

  private final String goName;
  private final int bits;

  Kind(String goName, int bits) {
    this.goName = goName;
    this.bits = bits;
  }

  public String goName() {
    return goName;
  }

  /** Size in bits of an integer or float kind (int and uint are 64-bit on every target). */
  public int bits() {
    return bits;
  }

  public boolean isInteger() {
    return (ordinal() >= INT.ordinal() && ordinal() <= UINTPTR.ordinal())
        || this == UNTYPED_INT
        || this == UNTYPED_RUNE;
  }

  public boolean isUnsigned() {
    return ordinal() >= UINT.ordinal() && ordinal() <= UINTPTR.ordinal();
  }

  public boolean isFloat() {
    return this == FLOAT64 || this == UNTYPED_FLOAT;
  }

  public boolean isNumeric() {
    return isInteger() || isFloat();
  }

  public boolean isString() {
    return this == STRING || this == UNTYPED_STRING;
  }

  public boolean isBoolean() {
    return this == BOOL || this == UNTYPED_BOOL;
  }

  public boolean isUntyped() {
    return ordinal() >= UNTYPED_BOOL.ordinal();
  }

  public boolean isOrdered() {
    return isNumeric() || isString();
  }
}
