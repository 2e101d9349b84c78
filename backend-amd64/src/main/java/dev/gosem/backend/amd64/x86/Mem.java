package dev.gosem.backend.amd64.x86;

/**
 * Mem is a memory operand: {@code [base + index*scale + disp]}, or RIP-relative to a label in
 * the text or to a data symbol the linker places ({@code [rip + symbol + disp]}).
 */
public record Mem(Reg base, Reg index, int scale, int disp, Label label, String symbol) {
  public Mem {
    if (index == Reg.RSP) throw new IllegalArgumentException("rsp cannot be an index register");
    if (scale != 1 && scale != 2 && scale != 4 && scale != 8) throw new IllegalArgumentException("scale " + scale);
    boolean rip = label != null || symbol != null;
    if (rip && (base != null || index != null)) throw new IllegalArgumentException("rip-relative operands have no registers");
    if (!rip && base == null) throw new IllegalArgumentException("a memory operand needs a base register");
  }

  public static Mem of(Reg base, int disp) {
    return new Mem(base, null, 1, disp, null, null);
  }

  public static Mem of(Reg base) {
    return of(base, 0);
  }

  public static Mem of(Reg base, Reg index, int scale, int disp) {
    return new Mem(base, index, scale, disp, null, null);
  }

  /** RIP-relative to a label in the text. */
  public static Mem rip(Label l) {
    return new Mem(null, null, 1, 0, l, null);
  }

  /** RIP-relative to a linker symbol (rodata, data or bss) plus an offset. */
  public static Mem sym(String symbol, int disp) {
    return new Mem(null, null, 1, disp, null, symbol);
  }

  public static Mem sym(String symbol) {
    return sym(symbol, 0);
  }

  public boolean isRip() {
    return base == null;
  }

  /** This operand moved by {@code delta} bytes. */
  public Mem plus(int delta) {
    return new Mem(base, index, scale, disp + delta, label, symbol);
  }
}
