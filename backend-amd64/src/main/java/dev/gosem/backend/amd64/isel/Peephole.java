package dev.gosem.backend.amd64.isel;

import dev.gosem.backend.amd64.mir.MBlock;
import dev.gosem.backend.amd64.mir.MFunc;
import dev.gosem.backend.amd64.mir.MInst;
import dev.gosem.backend.amd64.mir.MOp;
import dev.gosem.backend.amd64.mir.Regs;
import dev.gosem.backend.amd64.x86.Alu;
import dev.gosem.backend.amd64.x86.Cond;

/**
 * Peephole rewrites machine instructions the selector produced one IR value at a time:
 *
 * <pre>
 *   t = and x, imm ; branch if t ==/!= 0   =>   branch if (x test imm) ==/!= 0
 * </pre>
 *
 * when t is used nowhere else (x % 2 == 0 becomes test x, 1).
 */
public final class Peephole {
  private Peephole() {}

  public static void run(MFunc f) {
    int[] uses = new int[f.regLimit()];
    int[] defs = new int[f.regLimit()];
    for (MBlock b : f.blocks) {
      for (MInst m : b.insts) {
        for (int u : m.uses) uses[u]++;
        for (int d : m.defs) defs[d]++;
      }
    }
    for (MBlock b : f.blocks) {
      MInst br = b.terminator();
      if (br.op != MOp.BRCMPI || br.imm != 0 || (br.aux != Cond.E && br.aux != Cond.NE)) continue;
      int t = br.a();
      if (Regs.isPhysical(t) || uses[t] != 1 || defs[t] != 1) continue;
      for (int i = b.insts.size() - 2; i >= 0; i--) {
        MInst m = b.insts.get(i);
        if (m.op == MOp.ALUI && m.aux == Alu.AND && m.d() == t && m.imm >= 0) {
          b.insts.remove(i);
          MInst test = new MInst(MOp.BRTEST, new int[0], new int[] {m.a()});
          test.imm = m.imm;
          test.aux = br.aux;
          test.line = br.line;
          b.insts.set(b.insts.size() - 1, test);
          break;
        }
      }
    }
  }
}
