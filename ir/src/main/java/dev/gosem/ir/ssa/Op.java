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
  INTRINSIC(-1, Flags.EFFECT),

  // ---- memory: variables that live in memory (aggregates, captured or address-taken) ----

  /** A new zeroed variable of type aux (a Type); the value is its address, of type *aux. */
  ALLOC(0, Flags.EFFECT),
  /** *args[0]: the value stored at an address; a nil address panics. */
  LOAD(1, Flags.READS),
  /** *args[0] = args[1]. */
  STORE(2, Flags.EFFECT),
  /** &args[0].f: the address of field auxInt of the struct args[0] points to. */
  FIELD_ADDR(1, Flags.MAY_PANIC),
  /** The field auxInt of the struct value args[0]. */
  FIELD(1, Flags.PURE),
  /**
   * &args[0][args[1]] for a slice or a pointer to an array; out of range panics. auxInt 1 says
   * the lowering proved the index in range (a range loop's own index), so no check is needed.
   */
  INDEX_ADDR(2, Flags.MAY_PANIC),
  /** args[0][args[1]] for an array value. */
  INDEX(2, Flags.MAY_PANIC),
  /** The address of the package-level variable named by aux (a variable that lives in memory). */
  GLOBAL_ADDR(0, Flags.PURE),

  // ---- slices, strings, maps ----

  /** x[lo:hi] or x[lo:hi:max] of a string, slice or pointer to array; auxInt has bit 1 set if lo is given, 2 if hi, 4 if max, and args follow in that order. */
  SLICE(-1, Flags.MAY_PANIC),
  /** make([]T, len, cap): args are len and cap (cap = len when not given). */
  MAKE_SLICE(2, Flags.MAY_PANIC),
  /** len of a slice, map or string (the string form is also STRLEN). */
  LEN(1, Flags.PURE),
  /** cap of a slice. */
  CAP(1, Flags.PURE),
  /** append(args[0], args[1:]...): the new slice. */
  APPEND(-1, Flags.EFFECT),
  /** append(args[0], args[1]...) where args[1] is a slice (or a string appended to []byte). */
  APPEND_SLICE(2, Flags.EFFECT),
  /** copy(args[0], args[1]): the number of elements copied. */
  COPY_SLICE(2, Flags.EFFECT),
  /** make(map[K]V). */
  MAKE_MAP(0, Flags.EFFECT),
  /** m[k]: the element or its zero value; with auxInt 1 the tuple (element, ok). */
  MAP_LOOKUP(2, Flags.READS),
  /** m[k] = v; a nil map panics. */
  MAP_UPDATE(3, Flags.EFFECT),
  /** delete(m, k). */
  MAP_DELETE(2, Flags.EFFECT),
  /** The keys of a map as a slice, in a random order, for a range loop. */
  MAP_KEYS(1, Flags.EFFECT),
  /** The rune starting at byte args[1] of string args[0] and its width: tuple (int32, int). */
  STR_DECODE(2, Flags.PURE),

  // ---- interfaces, func values, methods ----

  /** Converts args[0] to the interface type of this value (its dynamic type is args[0]'s type). */
  MAKE_INTERFACE(1, Flags.PURE),
  /** args[0].(aux): to a concrete or interface type; with auxInt 1 the tuple (value, ok). */
  TYPE_ASSERT(1, Flags.MAY_PANIC),
  /** Calls method aux (a name) of interface value args[0] with args[1:]. */
  INVOKE(-1, Flags.EFFECT),
  /** A func value: the function named by aux bound to the captured variables' addresses in args. */
  MAKE_CLOSURE(-1, Flags.PURE),
  /** Calls the func value args[0] with args[1:]; a nil func panics. */
  CALL_VALUE(-1, Flags.EFFECT),
  /** The auxInt-th captured variable of the closure being run (an address). Only in the entry block. */
  FREE_VAR(0, Flags.PURE),
  /** panic(args[0]) with an interface value; never returns (the block ends right after it). */
  PANIC(1, Flags.EFFECT),
  /**
   * Calls the standard library function aux ("strings.Join", or "strings.Builder.WriteString"
   * for a method, receiver first); variadic arguments arrive packed in a slice, as Go passes them.
   */
  CALL_STD(-1, Flags.EFFECT),

  // ---- defer, panic and recover (see docs/defer.md) ----

  /**
   * Starts the function's defer state: its args are the cells of the results, which the function
   * returns when a deferred call recovers a panic. In the entry block, before every Defer.
   */
  DEFER_INIT(-1, Flags.EFFECT),
  /**
   * defer: registers a call of the wrapper function its aux (a {@link DeferSite}) names, with args
   * (the callee, receiver and arguments, evaluated now) as the wrapper's parameters.
   */
  DEFER(-1, Flags.EFFECT),
  /** Runs the pending deferred calls, newest first, on a normal return (Go's deferreturn). */
  DEFER_RETURN(0, Flags.EFFECT),
  /** recover(): the value of the panic in flight if this function is the deferred call, else nil. */
  RECOVER(0, Flags.EFFECT);

  /** INDEX_ADDR's auxInt when its index is known to be in range. */
  public static final long IN_BOUNDS = 1;

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
