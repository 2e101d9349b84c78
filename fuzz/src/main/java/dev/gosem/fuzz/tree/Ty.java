package dev.gosem.fuzz.tree;

import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import java.math.BigInteger;

/**
 * Ty is a type of the generator's programs: Go's basic types. Integer types know their range, so
 * the generator can pick literals that fit and the constant evaluator can tell an overflow.
 */
public enum Ty implements T {
  BOOL("bool", 0, false),
  INT("int", 64, true),
  INT8("int8", 8, true),
  INT16("int16", 16, true),
  INT32("int32", 32, true),
  INT64("int64", 64, true),
  UINT("uint", 64, false),
  UINT8("uint8", 8, false),
  UINT16("uint16", 16, false),
  UINT32("uint32", 32, false),
  UINT64("uint64", 64, false),
  UINTPTR("uintptr", 64, false),
  FLOAT64("float64", 64, true),
  STRING("string", 0, false);

  public static final Ty[] INTEGERS = {INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR};
  public static final Ty[] UNSIGNED = {UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR};

  private final String goName;
  private final int bits;
  private final boolean signed;

  Ty(String goName, int bits, boolean signed) {
    this.goName = goName;
    this.bits = bits;
    this.signed = signed;
  }

  @Override
  public String goName() {
    return goName;
  }

  public int bits() {
    return bits;
  }

  @Override
  public boolean isInteger() {
    return ordinal() >= INT.ordinal() && ordinal() <= UINTPTR.ordinal();
  }

  @Override
  public boolean isUnsigned() {
    return isInteger() && !signed;
  }

  @Override
  public boolean isSigned() {
    return isInteger() && signed;
  }

  @Override
  public boolean isFloat() {
    return this == FLOAT64;
  }

  @Override
  public boolean isNumeric() {
    return isInteger() || isFloat();
  }

  /** Whether {@code < <= > >=} apply. */
  @Override
  public boolean isOrdered() {
    return isNumeric() || this == STRING;
  }

  /** The type an untyped constant of this kind defaults to is this type itself. */
  @Override
  public boolean isDefault() {
    return this == INT || this == FLOAT64 || this == STRING || this == BOOL;
  }

  @Override
  public boolean comparable() {
    return true;
  }

  public BigInteger min() {
    if (!isInteger()) throw new IllegalStateException(this + " has no integer range");
    return signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
  }

  public BigInteger max() {
    if (!isInteger()) throw new IllegalStateException(this + " has no integer range");
    return signed ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE)
        : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
  }

  public boolean fits(BigInteger v) {
    return v.compareTo(min()) >= 0 && v.compareTo(max()) <= 0;
  }

  /** Wraps v into this type's range, as Go's arithmetic does. */
  public BigInteger wrap(BigInteger v) {
    BigInteger mod = BigInteger.ONE.shiftLeft(bits);
    BigInteger r = v.mod(mod);
    if (signed && r.compareTo(max()) > 0) r = r.subtract(mod);
    return r;
  }

  /** The builder's type: byte and rune are spelled as uint8 and int32. */
  public Type api() {
    return switch (this) {
      case BOOL -> Types.BOOL;
      case INT -> Types.INT;
      case INT8 -> Types.INT8;
      case INT16 -> Types.INT16;
      case INT32 -> Types.INT32;
      case INT64 -> Types.INT64;
      case UINT -> Types.UINT;
      case UINT8 -> Types.UINT8;
      case UINT16 -> Types.UINT16;
      case UINT32 -> Types.UINT32;
      case UINT64 -> Types.UINT64;
      case UINTPTR -> Types.UINTPTR;
      case FLOAT64 -> Types.FLOAT64;
      case STRING -> Types.STRING;
    };
  }

  /** The Java expression naming the builder's type, for printed builder code. */
  public String javaName() {
    return "Types." + name();
  }

  @Override
  public String toString() {
    return goName;
  }

}
