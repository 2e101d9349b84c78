package dev.gosem.ir.ssa;

import java.util.ArrayList;
import java.util.List;

/**
 * Dominators computes the immediate dominator of every reachable block with the iterative
 * algorithm of Cooper, Harvey and Kennedy ("A Simple, Fast Dominance Algorithm"): intersect
 * the predecessors' dominators in reverse postorder until nothing changes.
 */
public final class Dominators {
  private final Block[] idom;
  private final int[] rpoIndex;
  private final List<Block> rpo;

  public Dominators(Func f) {
    rpo = reversePostorder(f);
    rpoIndex = new int[f.blockIdLimit()];
    java.util.Arrays.fill(rpoIndex, -1);
    for (int i = 0; i < rpo.size(); i++) rpoIndex[rpo.get(i).id] = i;
    idom = new Block[f.blockIdLimit()];
    Block entry = f.entry();
    idom[entry.id] = entry;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Block b : rpo) {
        if (b == entry) continue;
        Block newIdom = null;
        for (Block p : b.preds) {
          if (idom[p.id] == null) continue;
          newIdom = newIdom == null ? p : intersect(p, newIdom);
        }
        if (idom[b.id] != newIdom) {
          idom[b.id] = newIdom;
          changed = true;
        }
      }
    }
  }

  private Block intersect(Block a, Block b) {
    while (a != b) {
      while (rpoIndex[a.id] > rpoIndex[b.id]) a = idom[a.id];
      while (rpoIndex[b.id] > rpoIndex[a.id]) b = idom[b.id];
    }
    return a;
  }

  /** True if block a dominates block b (every block dominates itself). */
  public boolean dominates(Block a, Block b) {
    if (rpoIndex[b.id] < 0) return true; // unreachable code is dominated by everything
    for (Block x = b; ; x = idom[x.id]) {
      if (x == a) return true;
      if (x == idom[x.id]) return false;
    }
  }

  public boolean reachable(Block b) {
    return rpoIndex[b.id] >= 0;
  }

  /** Reachable blocks in reverse postorder: every block before its successors, back edges aside. */
  public List<Block> reversePostorder() {
    return rpo;
  }

  public static List<Block> reversePostorder(Func f) {
    List<Block> post = new ArrayList<>();
    boolean[] seen = new boolean[f.blockIdLimit()];
    // Iterative DFS so deep CFGs do not overflow the Java stack.
    List<Block> stack = new ArrayList<>();
    List<Integer> next = new ArrayList<>();
    stack.add(f.entry());
    next.add(0);
    seen[f.entry().id] = true;
    while (!stack.isEmpty()) {
      int top = stack.size() - 1;
      Block b = stack.get(top);
      int i = next.get(top);
      if (i < b.succs.size()) {
        next.set(top, i + 1);
        Block s = b.succs.get(i);
        if (!seen[s.id]) {
          seen[s.id] = true;
          stack.add(s);
          next.add(0);
        }
      } else {
        post.add(b);
        stack.remove(top);
        next.remove(top);
      }
    }
    return post.reversed();
  }
}
