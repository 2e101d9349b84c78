package dev.gosem.ir.ssa;

/**
 * Op enumerates the IR operations. The value's type says the width and signedness an operation
 * works at (Add on an int8 value wraps at 8 bits), so one Add serves every integer size and
 * float64; the backends pick machine instructions from the type. Ops are plain data: their
 * properties are the flags below, not methods of a class hierarchy.
 */
public enum Op {
  /** A constant; aux holds a Long (integer bits), Double, Boolean or String (Go byte-string). */
  CONST(0, Flags.PURE),
  /** The auxInt-th parameter of the function. Only in the entry block. */
  PARAM(0, Flags.PURE),
  /** Merges one argument per predecessor, in predecessor order. Only at the top of a block. */
  PHI(-1, Flags.PURE),
  /** The value of its argument; left by passes, removed by copyelim. */
  COPY(1, Flags.PURE),

  ADD(2, Flags.PURE),
  SUB(2, Flags.PURE),
  MUL(2, Flags.PURE),
  /** Go division: truncates toward zero; an integer divisor of zero panics. */
  DIV(2, Flags.MAY_PANIC),
  /** Go remainder: the sign of the dividend; an integer divisor of zero panics. */
  REM(2, Flags.MAY_PANIC),
  AND(2, Flags.PURE),
  OR(2, Flags.PURE),
  XOR(2, Flags.PURE),
  AND_NOT(2, Flags.PURE),
  /** Go shift: args[1] is any integer type; counts at or above the width give 0, a negative count panics. */
  SHL(2, Flags.MAY_PANIC),
  /** Arithmetic for signed types, logical for unsigned; same count rules as SHL. */
  SHR(2, Flags.MAY_PANIC),
  NEG(1, Flags.PURE),
  /** Bitwise complement ^x. */
  COMPL(1, Flags.PURE),
  /** Logical not on bool. */
  NOT(1, Flags.PURE),

  /** Comparisons: args of one type, result bool (unsigned order for unsigned types). */
  EQ(2, Flags.PURE),
  NE(2, Flags.PURE),
  LT(2, Flags.PURE),
  LE(2, Flags.PURE),
  GT(2, Flags.PURE),
  GE(2, Flags.PURE),

  /** Numeric conversion from args[0]'s type to this value's type. */
  CONVERT(1, Flags.PURE),

  /** String concatenation. */
  CONCAT(2, Flags.PURE),
  /** len(s) in bytes, as int. */
  STRLEN(1, Flags.PURE),
  /** s[i] as uint8; an index out of range panics. */
  STRINDEX(2, Flags.MAY_PANIC),

  /** Reads the package-level variable named by aux. */
  LOAD_GLOBAL(0, Flags.READS),
  /** Writes args[0] to the package-level variable named by aux. */
  STORE_GLOBAL(1, Flags.EFFECT),

  /** Calls the function named by aux; its type is the result type, a Tuple when there are several. */
  CALL(-1, Flags.EFFECT),
  /** The auxInt-th element of a Tuple-typed CALL. */
  EXTRACT(1, Flags.PURE),
  /** Calls a runtime intrinsic named by aux (an {@link Intrinsic}); print, fmt, os.Exit. */
  INTRINSIC(-1, Flags.EFFECT);

  private final int argCount;
  private final int flags;

  Op(int argCount, int flags) {
    this.argCount = argCount;
    this.flags = flags;
  }

  /** The fixed number of arguments, or -1 when it varies. */
  public int argCount() {
    return argCount;
  }

  /** True if the op has no effect besides its result, so it may be removed when unused. */
  public boolean isPure() {
    return flags == Flags.PURE;
  }

  /** True if the op may panic (so it cannot be removed even when its result is unused). */
  public boolean mayPanic() {
    return flags == Flags.MAY_PANIC;
  }

  /** True if the op reads mutable state, so it cannot move past effects. */
  public boolean readsMemory() {
    return flags == Flags.READS;
  }

  /** The name used in text dumps: Add, StrIndex, LoadGlobal. */
  public String title() {
    StringBuilder b = new StringBuilder();
    boolean up = true;
    for (char c : name().toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        b.append(up ? c : Character.toLowerCase(c));
        up = false;
      }
    }
    return b.toString();
  }

  private static final class Flags {
    static final int PURE = 0;
    static final int MAY_PANIC = 1;
    static final int READS = 2;
    static final int EFFECT = 3;
  }
}
