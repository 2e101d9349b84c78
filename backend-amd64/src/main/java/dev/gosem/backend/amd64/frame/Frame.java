package dev.gosem.backend.amd64.frame;

import dev.gosem.backend.amd64.mir.Abi;
import dev.gosem.backend.amd64.regalloc.Allocation;
import dev.gosem.backend.amd64.x86.Mem;
import dev.gosem.backend.amd64.x86.Reg;
import java.util.ArrayList;
import java.util.List;

/**
 * Frame is the layout of one function's stack frame, built on the frame pointer:
 *
 * <pre>
 *   [rbp+8]            return address
 *   [rbp]              caller's rbp (the chain tracebacks and gdb walk)
 *   [rbp-8] ...        callee-saved registers the function uses, in {@link Abi#CALLEE_SAVED} order
 *   below them         spill slots, 8 bytes each, then padding so rsp stays 16-byte aligned
 *   [rsp] ...          the outgoing area: arguments and results of calls that do not fit in
 *                      registers, word i at [rsp+8i] (the callee sees it at [rbp+16+8i])
 * </pre>
 *
 * Slots are addressed from rbp, so pushes inside the body do not move them.
 */
public record Frame(List<Reg> saved, int slots, int spillBytes) {
  public static Frame of(Allocation alloc, int outgoingWords) {
    List<Reg> saved = new ArrayList<>();
    for (Reg r : Abi.CALLEE_SAVED) if (alloc.usedPhysical().get(r.code())) saved.add(r);
    int bytes = 8 * alloc.slotCount() + 8 * outgoingWords;
    if ((8 * saved.size() + bytes) % 16 != 0) bytes += 8;
    return new Frame(List.copyOf(saved), alloc.slotCount(), bytes);
  }

  /** The memory of spill slot i. */
  public Mem slot(int i) {
    return Mem.of(Reg.RBP, -8 * saved.size() - 8 * (i + 1));
  }

  /** Where rsp points after the callee-saved registers are pushed (the epilogue restores it). */
  public int savedAreaBytes() {
    return 8 * saved.size();
  }
}
