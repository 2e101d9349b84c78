package dev.gosem.backend.amd64.mir;

import dev.gosem.backend.amd64.x86.Reg;
import dev.gosem.backend.amd64.x86.Xmm;

/**
 * Regs numbers registers in machine instructions: 0..15 are the general registers, 16..31 the
 * XMM registers, and every number from {@link #FIRST_VIRTUAL} on is a virtual register the
 * allocator maps to a register or a stack slot.
 */
public final class Regs {
  public static final int FIRST_VIRTUAL = 32;

  private Regs() {}

  public static int of(Reg r) {
    return r.code();
  }

  public static int of(Xmm x) {
    return 16 + x.code();
  }

  public static boolean isPhysical(int r) {
    return r < FIRST_VIRTUAL;
  }

  public static boolean isXmm(int physical) {
    return physical >= 16 && physical < 32;
  }

  public static Reg gpr(int physical) {
    return Reg.of(physical);
  }

  public static Xmm xmm(int physical) {
    return Xmm.of(physical - 16);
  }

  public static String name(int r) {
    if (r < 16) return Reg.of(r).name(64);
    if (r < 32) return Xmm.of(r - 16).toString();
    return "v" + (r - FIRST_VIRTUAL);
  }
}
