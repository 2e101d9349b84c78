package dev.gosem.ir.pass;

import dev.gosem.ir.ssa.Block;
import dev.gosem.ir.ssa.Dominators;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * DeadCode removes blocks no path from the entry reaches, then values nothing needs. A value is
 * live if it has an effect or may panic (calls, stores, division, bounds-checked indexing), is a
 * block's control, or is an argument of a live value; everything else goes. Liveness is found
 * by marking from those roots, so cycles of dead phis are removed too.
 */
public final class DeadCode {
  private DeadCode() {}

  public static void run(Func f) {
    removeUnreachable(f);
    Set<Value> live = new HashSet<>();
    Deque<Value> work = new ArrayDeque<>();
    for (Block b : f.blocks()) {
      for (Value c : b.controls()) if (live.add(c)) work.add(c);
      for (Value v : b.values()) {
        if (!v.op().isPure() && !v.op().readsMemory() && live.add(v)) work.add(v);
      }
    }
    while (!work.isEmpty()) {
      for (Value a : work.pop().args()) if (live.add(a)) work.add(a);
    }
    // A dead value may be used by dead values of other blocks: drop every dead value's
    // arguments first (which also breaks dead cycles), so none has users left when removed.
    List<Value> dead = new ArrayList<>();
    for (Block b : f.blocks()) {
      for (Value v : b.values()) if (!live.contains(v)) dead.add(v);
    }
    for (Value v : dead) v.resetArgs();
    for (Value v : dead) v.block().removeValue(v);
  }

  private static void removeUnreachable(Func f) {
    Dominators dom = new Dominators(f);
    List<Block> dead = new ArrayList<>();
    for (Block b : f.blocks()) if (!dom.reachable(b)) dead.add(b);
    for (Block b : dead) {
      for (int i = b.succs().size() - 1; i >= 0; i--) b.removeSucc(i);
    }
    for (Block b : dead) {
      for (Value v : b.values()) v.resetArgs();
    }
    // Live blocks never use values of dead ones: only reachable blocks dominate reachable blocks.
    for (Block b : dead) b.values().clear();
    f.blocks().removeAll(dead);
  }
}
