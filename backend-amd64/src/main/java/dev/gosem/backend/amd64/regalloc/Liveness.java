package dev.gosem.backend.amd64.regalloc;

import dev.gosem.backend.amd64.mir.MBlock;
import dev.gosem.backend.amd64.mir.MFunc;
import dev.gosem.backend.amd64.mir.MInst;
import dev.gosem.backend.amd64.mir.Regs;
import java.util.BitSet;
import java.util.List;

/**
 * Liveness numbers the instructions in layout order (instruction i reads its operands at 2i
 * and writes its results at 2i+1, so a value read for the last time by an instruction may share
 * a register with that instruction's result) and computes, by the usual backward dataflow, which
 * virtual registers are live into each block; from that it builds every virtual register's
 * lifetime as ranges with holes, and for every physical register the stretches where an
 * instruction needs it (from the write of a fixed register to its last read, or the single
 * position of a clobber).
 */
public final class Liveness {
  public final MFunc f;
  /** The index of each block's first instruction, by position in f.blocks. */
  public final int[] firstIndex;
  public final Ranges[] ranges;
  public final Ranges[] fixed = new Ranges[32];
  private final BitSet[] liveIn;
  private final BitSet[] liveOut;

  public Liveness(MFunc f) {
    this.f = f;
    List<MBlock> blocks = f.blocks;
    for (int i = 0; i < blocks.size(); i++) index.put(blocks.get(i), i);
    firstIndex = new int[blocks.size() + 1];
    int n = 0;
    for (int i = 0; i < blocks.size(); i++) {
      firstIndex[i] = n;
      n += blocks.get(i).insts.size();
    }
    firstIndex[blocks.size()] = n;
    ranges = new Ranges[f.regLimit()];
    for (int i = 0; i < ranges.length; i++) ranges[i] = new Ranges();
    for (int i = 0; i < 32; i++) fixed[i] = new Ranges();
    liveIn = new BitSet[blocks.size()];
    liveOut = new BitSet[blocks.size()];
    dataflow();
    buildRanges();
    buildFixed();
  }

  private final java.util.Map<MBlock, Integer> index = new java.util.HashMap<>();

  private int indexOf(MBlock b) {
    return index.get(b);
  }

  private void dataflow() {
    List<MBlock> blocks = f.blocks;
    BitSet[] gen = new BitSet[blocks.size()];
    BitSet[] kill = new BitSet[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      gen[i] = new BitSet();
      kill[i] = new BitSet();
      for (MInst m : blocks.get(i).insts) {
        for (int u : m.uses) if (!Regs.isPhysical(u) && !kill[i].get(u)) gen[i].set(u);
        for (int d : m.defs) if (!Regs.isPhysical(d)) kill[i].set(d);
      }
      liveIn[i] = new BitSet();
      liveOut[i] = new BitSet();
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = blocks.size() - 1; i >= 0; i--) {
        BitSet out = new BitSet();
        for (MBlock s : blocks.get(i).succs) out.or(liveIn[indexOf(s)]);
        BitSet in = (BitSet) out.clone();
        in.andNot(kill[i]);
        in.or(gen[i]);
        if (!in.equals(liveIn[i]) || !out.equals(liveOut[i])) {
          liveIn[i] = in;
          liveOut[i] = out;
          changed = true;
        }
      }
    }
  }

  private void buildRanges() {
    List<MBlock> blocks = f.blocks;
    for (int bi = blocks.size() - 1; bi >= 0; bi--) {
      MBlock b = blocks.get(bi);
      int from = 2 * firstIndex[bi];
      int to = 2 * (firstIndex[bi + 1] - 1) + 1;
      BitSet out = liveOut[bi];
      for (int v = out.nextSetBit(0); v >= 0; v = out.nextSetBit(v + 1)) ranges[v].add(from, to);
      for (int k = b.insts.size() - 1; k >= 0; k--) {
        MInst m = b.insts.get(k);
        int i = firstIndex[bi] + k;
        for (int d : m.defs) if (!Regs.isPhysical(d)) ranges[d].define(from, 2 * i + 1);
        for (int u : m.uses) if (!Regs.isPhysical(u)) ranges[u].add(from, 2 * i);
      }
    }
    BitSet entryIn = liveIn[0];
    if (!entryIn.isEmpty()) {
      throw new IllegalStateException("registers " + entryIn + " of " + f.symbol + " are used before any definition");
    }
  }

  private void buildFixed() {
    List<MBlock> blocks = f.blocks;
    for (int bi = 0; bi < blocks.size(); bi++) {
      int[] start = new int[32];
      int[] lastUse = new int[32];
      java.util.Arrays.fill(start, -1);
      java.util.Arrays.fill(lastUse, -1);
      int from = 2 * firstIndex[bi];
      List<MInst> insts = blocks.get(bi).insts;
      for (int k = 0; k < insts.size(); k++) {
        MInst m = insts.get(k);
        int i = firstIndex[bi] + k;
        for (int u : m.uses) {
          if (!Regs.isPhysical(u)) continue;
          if (start[u] < 0) start[u] = from;
          lastUse[u] = 2 * i;
        }
        for (int d : m.defs) {
          if (!Regs.isPhysical(d)) continue;
          if (start[d] >= 0) fixed[d].add(start[d], Math.max(start[d], lastUse[d]));
          start[d] = 2 * i + 1;
          lastUse[d] = -1;
        }
      }
      for (int r = 0; r < 32; r++) {
        if (start[r] >= 0) fixed[r].add(start[r], Math.max(start[r], lastUse[r]));
      }
    }
  }
}
