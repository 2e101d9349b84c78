package dev.gosem.backend.amd64.isel;

import dev.gosem.backend.amd64.mir.MBlock;
import dev.gosem.backend.amd64.mir.MFunc;
import dev.gosem.backend.amd64.mir.MOp;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Layout orders a function's blocks for the emitter, which falls through to the next block
 * where it can: reverse postorder, visiting a branch's true side last so that it comes right
 * after the branch (an if's then-block, a loop's body), and loops rotated, their header moved
 * after the latch so that each iteration takes one conditional jump back instead of a jump to
 * the header and a conditional jump out.
 */
public final class Layout {
  private Layout() {}

  public static void order(MFunc f) {
    List<MBlock> order = reversePostorder(f.blocks.getFirst());
    rotateLoops(order);
    f.blocks.clear();
    f.blocks.addAll(order);
  }

  private static List<MBlock> reversePostorder(MBlock entry) {
    List<MBlock> post = new ArrayList<>();
    Set<MBlock> seen = new HashSet<>();
    record Frame(MBlock b, int next) {}
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(entry, entry.succs.size() - 1));
    seen.add(entry);
    while (!stack.isEmpty()) {
      Frame top = stack.pop();
      if (top.next < 0) {
        post.add(top.b);
        continue;
      }
      stack.push(new Frame(top.b, top.next - 1));
      MBlock s = top.b.succs.get(top.next);
      if (seen.add(s)) stack.push(new Frame(s, s.succs.size() - 1));
    }
    return post.reversed();
  }

  private static boolean conditional(MBlock b) {
    MOp op = b.terminator().op;
    return op == MOp.BR || op == MOp.BRCMP || op == MOp.BRCMPI || op == MOp.FBRCMP || op == MOp.BRTEST;
  }

  private static void rotateLoops(List<MBlock> order) {
    for (int i = 1; i < order.size(); i++) {
      MBlock header = order.get(i);
      if (!conditional(header)) continue;
      MBlock latch = null;
      for (MBlock p : header.preds) {
        if (order.indexOf(p) > i && (latch == null || order.indexOf(p) > order.indexOf(latch))) latch = p;
      }
      if (latch == null || latch.terminator().op != MOp.JMP) continue;
      // The header must branch into the loop right below it, or moving it gains nothing.
      if (i + 1 >= order.size() || !header.succs.contains(order.get(i + 1))) continue;
      order.remove(i);
      order.add(order.indexOf(latch) + 1, header);
      i--;
    }
  }
}
