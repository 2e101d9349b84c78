package dev.gosem.ir.ssa;

/**
 * Intrinsic names the runtime services the IR calls directly. Each backend maps every one of
 * them onto its runtime; none is spelled in a machine-specific way here.
 */
public enum Intrinsic {
  /** Builtin print of one value (its type picks the format); to stderr. */
  PRINT,
  /** The space builtin println writes between operands. */
  PRINT_SPACE,
  /** The newline builtin println ends with. */
  PRINT_NEWLINE,
  /** fmt.Println(args...). */
  FMT_PRINTLN,
  /** fmt.Print(args...). */
  FMT_PRINT,
  /** os.Exit(code). */
  OS_EXIT
}
