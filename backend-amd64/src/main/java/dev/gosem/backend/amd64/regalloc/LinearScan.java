package dev.gosem.backend.amd64.regalloc;

import dev.gosem.backend.amd64.mir.Abi;
import dev.gosem.backend.amd64.mir.MBlock;
import dev.gosem.backend.amd64.mir.MFunc;
import dev.gosem.backend.amd64.mir.MInst;
import dev.gosem.backend.amd64.mir.MOp;
import dev.gosem.backend.amd64.mir.Regs;
import dev.gosem.backend.amd64.x86.Reg;
import dev.gosem.backend.amd64.x86.Xmm;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * LinearScan assigns registers to lifetimes in order of their start (Poletto and Sarkar's
 * linear scan, with Wimmer's lifetime holes: a register is free for a lifetime when no lifetime
 * already given that register, and none of the register's fixed stretches, overlaps it). A
 * lifetime first tries the registers of the values it is moved from or to (so most moves vanish),
 * then the others in {@link Abi#ALLOCATABLE} order. When none is free, the cheapest of the
 * lifetime and the ones in its way goes to the stack for its whole life, the cost being its
 * uses weighted by 10 per enclosing loop. Spilled lifetimes share stack slots when they do not
 * overlap.
 */
public final class LinearScan {
  private static final class Interval {
    final int reg;
    final Ranges ranges;
    final boolean xmm;
    final List<Integer> partners = new ArrayList<>();
    double weight;
    int assigned = -1;
    boolean spilled;

    Interval(int reg, Ranges ranges, boolean xmm) {
      this.reg = reg;
      this.ranges = ranges;
      this.xmm = xmm;
    }
  }

  private LinearScan() {}

  public static Allocation allocate(MFunc f) {
    Liveness live = new Liveness(f);
    Interval[] byReg = new Interval[f.regLimit()];
    List<Interval> all = new ArrayList<>();
    for (int v = Regs.FIRST_VIRTUAL; v < f.regLimit(); v++) {
      if (live.ranges[v].isEmpty()) continue;
      byReg[v] = new Interval(v, live.ranges[v], f.isXmm(v));
      all.add(byReg[v]);
    }
    weighAndPair(f, byReg);
    all.sort(Comparator.comparingInt((Interval i) -> i.ranges.start()).thenComparingInt(i -> i.reg));

    @SuppressWarnings("unchecked")
    List<Interval>[] holders = new List[32];
    for (int r = 0; r < 32; r++) holders[r] = new ArrayList<>();
    for (Interval cur : all) {
      int r = pick(cur, byReg, holders, live);
      if (r >= 0) {
        cur.assigned = r;
        holders[r].add(cur);
        continue;
      }
      evictOrSpill(cur, holders, live);
    }
    // Stack slots: spilled lifetimes, first fit among slots whose occupants they do not overlap.
    int[] loc = new int[f.regLimit()];
    List<List<Interval>> slots = new ArrayList<>();
    BitSet used = new BitSet();
    for (Interval i : all) {
      if (!i.spilled) {
        loc[i.reg] = i.assigned;
        used.set(i.assigned);
        continue;
      }
      int s = 0;
      while (s < slots.size() && slots.get(s).stream().anyMatch(o -> o.ranges.intersects(i.ranges))) s++;
      if (s == slots.size()) slots.add(new ArrayList<>());
      slots.get(s).add(i);
      loc[i.reg] = -s - 1;
    }
    return new Allocation(loc, slots.size(), used);
  }

  /** Spill weights (uses and defs, ×10 per loop level) and move partners (allocation hints). */
  private static void weighAndPair(MFunc f, Interval[] byReg) {
    for (MBlock b : f.blocks) {
      double w = Math.pow(10, Math.min(b.loopDepth, 6));
      for (MInst m : b.insts) {
        for (int r : m.uses) if (!Regs.isPhysical(r) && byReg[r] != null) byReg[r].weight += w;
        for (int r : m.defs) if (!Regs.isPhysical(r) && byReg[r] != null) byReg[r].weight += w;
        switch (m.op) {
          case MOV -> pair(byReg, m.d(), m.a());
          case PMOV -> {
            for (int k = 0; k < m.defs.length; k++) pair(byReg, m.defs[k], m.uses[k]);
          }
          case ALU, ALUI, IMUL, NEG, NOT, EXT, SHIFTI, SHIFT, FOP, FNEG, SETCC, SETCCI -> pair(byReg, m.d(), m.a());
          default -> {}
        }
      }
    }
  }

  private static void pair(Interval[] byReg, int a, int b) {
    if (!Regs.isPhysical(a) && byReg[a] != null) byReg[a].partners.add(b);
    if (!Regs.isPhysical(b) && byReg[b] != null) byReg[b].partners.add(a);
  }

  private static List<Integer> candidates(boolean xmm) {
    List<Integer> out = new ArrayList<>();
    if (xmm) for (Xmm x : Abi.FLOAT_ALLOCATABLE) out.add(Regs.of(x));
    else for (Reg r : Abi.ALLOCATABLE) out.add(Regs.of(r));
    return out;
  }

  private static boolean allocatable(int r, boolean xmm) {
    return candidates(xmm).contains(r);
  }

  private static boolean free(int r, Interval cur, List<Interval>[] holders, Liveness live) {
    if (live.fixed[r].intersects(cur.ranges)) return false;
    for (Interval h : holders[r]) if (h.ranges.intersects(cur.ranges)) return false;
    return true;
  }

  private static int pick(Interval cur, Interval[] byReg, List<Interval>[] holders, Liveness live) {
    for (int p : cur.partners) {
      int r = Regs.isPhysical(p) ? p : byReg[p] != null && !byReg[p].spilled ? byReg[p].assigned : -1;
      if (r >= 0 && allocatable(r, cur.xmm) && free(r, cur, holders, live)) return r;
    }
    for (int r : candidates(cur.xmm)) if (free(r, cur, holders, live)) return r;
    return -1;
  }

  private static void evictOrSpill(Interval cur, List<Interval>[] holders, Liveness live) {
    int best = -1;
    double bestCost = Double.MAX_VALUE;
    for (int r : candidates(cur.xmm)) {
      if (live.fixed[r].intersects(cur.ranges)) continue;
      double cost = 0;
      for (Interval h : holders[r]) if (h.ranges.intersects(cur.ranges)) cost += h.weight;
      if (cost < bestCost) {
        bestCost = cost;
        best = r;
      }
    }
    if (best < 0 || bestCost >= cur.weight) {
      cur.spilled = true;
      return;
    }
    for (Interval h : List.copyOf(holders[best])) {
      if (h.ranges.intersects(cur.ranges)) {
        holders[best].remove(h);
        h.spilled = true;
        h.assigned = -1;
      }
    }
    cur.assigned = best;
    holders[best].add(cur);
  }
}
