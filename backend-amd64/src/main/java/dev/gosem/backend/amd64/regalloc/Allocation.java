package dev.gosem.backend.amd64.regalloc;

import dev.gosem.backend.amd64.mir.Regs;
import java.util.BitSet;

/**
 * Allocation is where every register of a function lives: a physical register (0..31, as in
 * {@link Regs}) or a stack slot (an index into the frame's spill area).
 */
public final class Allocation {
  private final int[] loc;
  private final int slots;
  private final BitSet usedPhysical;

  Allocation(int[] loc, int slots, BitSet usedPhysical) {
    this.loc = loc;
    this.slots = slots;
    this.usedPhysical = usedPhysical;
  }

  /** The physical register of r, or -1 if r lives in a stack slot. */
  public int reg(int r) {
    if (Regs.isPhysical(r)) return r;
    return loc[r] >= 0 ? loc[r] : -1;
  }

  /** The spill slot of r, or -1 if it lives in a register. */
  public int slot(int r) {
    if (Regs.isPhysical(r)) return -1;
    return loc[r] < 0 ? -loc[r] - 1 : -1;
  }

  public int slotCount() {
    return slots;
  }

  /** The physical registers some virtual register was given. */
  public BitSet usedPhysical() {
    return usedPhysical;
  }
}
