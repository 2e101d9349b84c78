package dev.gosem.backend.amd64.rt;

/**
 * RtNames are the symbols of the native runtime's entry points that generated code calls, with
 * the registers each takes (gosem's ABI: integer words in RAX, RCX, RDX, RSI, ...; float64 in
 * XMM0). Names follow Go's runtime where Go has the same routine.
 */
public final class RtNames {
  private RtNames() {}

  /** The ELF entry point. */
  public static final String ENTRY = "_rt0_amd64_linux";

  /** print(x) for the builtin print/println, to stderr: RAX. */
  public static final String PRINTINT = "runtime.printint";
  public static final String PRINTUINT = "runtime.printuint";
  public static final String PRINTBOOL = "runtime.printbool";
  /** XMM0. */
  public static final String PRINTFLOAT = "runtime.printfloat";
  /** RAX = pointer, RCX = length. */
  public static final String PRINTSTRING = "runtime.printstring";
  public static final String PRINTSP = "runtime.printsp";
  public static final String PRINTNL = "runtime.printnl";

  /** fmt's buffer: append one operand (same registers as the print routines). */
  public static final String FMT_INT = "fmt.appendint";
  public static final String FMT_UINT = "fmt.appenduint";
  public static final String FMT_BOOL = "fmt.appendbool";
  public static final String FMT_FLOAT = "fmt.appendfloat";
  public static final String FMT_STRING = "fmt.appendstring";
  public static final String FMT_SP = "fmt.appendsp";
  public static final String FMT_NL = "fmt.appendnl";
  /** Writes fmt's buffer to stdout (one write per Print/Println call, as Go's os.Stdout). */
  public static final String FMT_FLUSH = "fmt.flush";

  /** a + b: (RAX, RCX) + (RDX, RSI) returns (RAX, RCX). */
  public static final String CONCAT = "runtime.concatstring2";
  /** a == b for strings: (RAX, RCX), (RDX, RSI) returns RAX 0 or 1. */
  public static final String EQSTRING = "runtime.eqstring";
  /** Compares strings bytewise: returns RAX -1, 0 or 1. */
  public static final String CMPSTRING = "runtime.cmpstring";

  /** os.Exit: RAX = code; flushes nothing (fmt writes through) and never returns. */
  public static final String EXIT = "runtime.exit";

  public static final String PANIC_DIVIDE = "runtime.panicdivide";
  public static final String PANIC_SHIFT = "runtime.panicshift";
  /** RAX = index (signed), RCX = length. */
  public static final String PANIC_INDEX = "runtime.panicIndex";
  /** RAX = index (unsigned), RCX = length. */
  public static final String PANIC_INDEX_U = "runtime.panicIndexU";
  /** Called by a function prologue when the stack is about to overflow. */
  public static final String MORESTACK = "runtime.morestack";
  /** The lowest stack pointer a function may start with (a data word). */
  public static final String STACKGUARD = "runtime.stackguard";
}
