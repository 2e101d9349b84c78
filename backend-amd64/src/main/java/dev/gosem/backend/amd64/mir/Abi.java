package dev.gosem.backend.amd64.mir;

import dev.gosem.backend.amd64.x86.Reg;
import dev.gosem.backend.amd64.x86.Xmm;
import java.util.List;

/**
 * Abi is gosem's amd64 calling convention, used by generated functions and the native runtime
 * alike. Integer words (ints, bools, a string's pointer then its length) go in {@link #INT_ARGS}
 * in order, float64s in {@link #FLOAT_ARGS}; results come back the same way. Words past the
 * registers, of either kind, go in order to an area the caller reserves at the bottom of its
 * frame: word i at [rsp+8i] at the call, [rbp+16+8i] in the callee, for arguments and results
 * alike. RBX and R12-R15
 * are callee-saved, RBP is the frame pointer (tracebacks walk its chain), R11 and XMM15 are the
 * code generator's scratch registers and never hold a value across instructions; every other
 * register may be clobbered by a call. Unlike Go's ABIInternal there are callee-saved
 * registers, so values that live across calls need not go to the stack.
 */
public final class Abi {
  private Abi() {}

  public static final List<Reg> INT_ARGS = List.of(Reg.RAX, Reg.RCX, Reg.RDX, Reg.RSI, Reg.RDI, Reg.R8, Reg.R9, Reg.R10);
  public static final List<Xmm> FLOAT_ARGS = List.of(
      Xmm.XMM0, Xmm.XMM1, Xmm.XMM2, Xmm.XMM3, Xmm.XMM4, Xmm.XMM5, Xmm.XMM6, Xmm.XMM7,
      Xmm.XMM8, Xmm.XMM9, Xmm.XMM10, Xmm.XMM11, Xmm.XMM12, Xmm.XMM13, Xmm.XMM14);
  public static final List<Reg> CALLEE_SAVED = List.of(Reg.RBX, Reg.R12, Reg.R13, Reg.R14, Reg.R15);
  public static final List<Reg> CALLER_SAVED = List.of(
      Reg.RAX, Reg.RCX, Reg.RDX, Reg.RSI, Reg.RDI, Reg.R8, Reg.R9, Reg.R10, Reg.R11);
  public static final Reg SCRATCH = Reg.R11;
  public static final Xmm FSCRATCH = Xmm.XMM15;

  /** General registers the allocator hands out: caller-saved first, so leaves save nothing. */
  public static final List<Reg> ALLOCATABLE = List.of(
      Reg.RAX, Reg.RCX, Reg.RDX, Reg.RSI, Reg.RDI, Reg.R8, Reg.R9, Reg.R10,
      Reg.RBX, Reg.R12, Reg.R13, Reg.R14, Reg.R15);
  public static final List<Xmm> FLOAT_ALLOCATABLE = FLOAT_ARGS;

  /** Every register a call may change, as Regs numbers: the clobber list of a call. */
  public static int[] callClobbers() {
    int[] out = new int[CALLER_SAVED.size() + 16];
    int i = 0;
    for (Reg r : CALLER_SAVED) out[i++] = Regs.of(r);
    for (Xmm x : Xmm.values()) out[i++] = Regs.of(x);
    return out;
  }
}
