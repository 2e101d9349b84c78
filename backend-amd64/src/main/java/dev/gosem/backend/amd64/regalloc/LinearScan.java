package dev.gosem.backend.amd64.regalloc;

import dev.gosem.backend.amd64.mir.Abi;
import dev.gosem.backend.amd64.mir.MBlock;
import dev.gosem.backend.amd64.mir.MFunc;
import dev.gosem.backend.amd64.mir.MInst;
import dev.gosem.backend.amd64.mir.MOp;
import dev.gosem.backend.amd64.mir.Regs;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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

  /**
   * What a physical register is taken by: its fixed stretches and the ranges of the lifetimes
   * given it, disjoint, by start. A lifetime fits if none of its ranges meets one of these: the
   * entry with the greatest start at or before a range's end is the only one that can.
   */
  private static final class Occupancy {
    private record Seg(int end, Interval owner) {}

    private final TreeMap<Integer, Seg> segs = new TreeMap<>();

    void addFixed(Ranges r) {
      for (int[] x : r.list()) segs.put(x[0], new Seg(x[1], null));
    }

    void add(Interval i) {
      for (int[] x : i.ranges.list()) segs.put(x[0], new Seg(x[1], i));
    }

    void remove(Interval i) {
      for (int[] x : i.ranges.list()) segs.remove(x[0]);
    }

    /** The owners of the segments cur meets (null stands for a fixed stretch), or an empty set. */
    Set<Interval> conflicts(Interval cur, boolean stopAtFirst) {
      Set<Interval> out = new LinkedHashSet<>();
      for (int[] x : cur.ranges.list()) {
        Map.Entry<Integer, Seg> e = segs.floorEntry(x[1]);
        while (e != null && e.getValue().end >= x[0]) {
          out.add(e.getValue().owner == null ? FIXED : e.getValue().owner);
          if (stopAtFirst) return out;
          e = segs.lowerEntry(e.getKey());
        }
      }
      return out;
    }

    boolean fits(Interval cur) {
      return conflicts(cur, true).isEmpty();
    }
  }

  /** Marks a fixed stretch among a register's conflicts. */
  private static final Interval FIXED = new Interval(-1, new Ranges(), false);

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

    Occupancy[] regs = new Occupancy[32];
    for (int r = 0; r < 32; r++) {
      regs[r] = new Occupancy();
      regs[r].addFixed(live.fixed[r]);
    }
    for (Interval cur : all) {
      int r = pick(cur, byReg, regs);
      if (r >= 0) {
        cur.assigned = r;
        regs[r].add(cur);
      } else {
        evictOrSpill(cur, regs);
      }
    }
    // Stack slots: spilled lifetimes, first fit among slots whose occupants they do not overlap.
    int[] loc = new int[f.regLimit()];
    List<Occupancy> slots = new ArrayList<>();
    BitSet used = new BitSet();
    for (Interval i : all) {
      if (!i.spilled) {
        loc[i.reg] = i.assigned;
        used.set(i.assigned);
        continue;
      }
      int s = 0;
      while (s < slots.size() && !slots.get(s).fits(i)) s++;
      if (s == slots.size()) slots.add(new Occupancy());
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

  private static final List<Integer> GENERAL = Abi.ALLOCATABLE.stream().map(Regs::of).toList();
  private static final List<Integer> FLOAT = Abi.FLOAT_ALLOCATABLE.stream().map(Regs::of).toList();

  private static List<Integer> candidates(boolean xmm) {
    return xmm ? FLOAT : GENERAL;
  }

  private static int pick(Interval cur, Interval[] byReg, Occupancy[] regs) {
    List<Integer> mine = candidates(cur.xmm);
    for (int p : cur.partners) {
      int r = Regs.isPhysical(p) ? p : byReg[p] != null && !byReg[p].spilled ? byReg[p].assigned : -1;
      if (r >= 0 && mine.contains(r) && regs[r].fits(cur)) return r;
    }
    for (int r : mine) if (regs[r].fits(cur)) return r;
    return -1;
  }

  private static void evictOrSpill(Interval cur, Occupancy[] regs) {
    int best = -1;
    double bestCost = Double.MAX_VALUE;
    Set<Interval> bestVictims = null;
    for (int r : candidates(cur.xmm)) {
      Set<Interval> victims = regs[r].conflicts(cur, false);
      if (victims.contains(FIXED)) continue;
      double cost = 0;
      for (Interval h : victims) cost += h.weight;
      if (cost < bestCost) {
        bestCost = cost;
        best = r;
        bestVictims = victims;
      }
    }
    if (best < 0 || bestCost >= cur.weight) {
      cur.spilled = true;
      return;
    }
    for (Interval h : bestVictims) {
      regs[best].remove(h);
      h.spilled = true;
      h.assigned = -1;
    }
    cur.assigned = best;
    regs[best].add(cur);
  }
}
