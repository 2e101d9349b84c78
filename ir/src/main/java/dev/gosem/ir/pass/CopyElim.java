package dev.gosem.ir.pass;

import dev.gosem.ir.ssa.Block;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.Value;
import java.util.List;

/**
 * CopyElim makes every use of a copy use the copied value instead, after turning into copies
 * the phis that merge a single value (all arguments equal, ignoring the phi itself), as
 * folding and dead-block removal leave behind; such a copy moves below its block's remaining
 * phis, which stay on top. The copies themselves then die in deadcode.
 */
public final class CopyElim {
  private CopyElim() {}

  public static void run(Func f) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Block b : f.blocks()) {
        for (Value v : List.copyOf(b.values())) {
          if (v.op() == Op.PHI) {
            Value same = singleArg(v);
            if (same != null) {
              v.becomeCopy(same);
              belowPhis(b, v);
              changed = true;
            }
          }
        }
      }
    }
    for (Block b : f.blocks()) {
      for (Value v : b.values()) {
        for (int i = 0; i < v.argCount(); i++) {
          Value a = v.arg(i);
          if (a.op() == Op.COPY) v.setArg(i, chase(a));
        }
      }
      List<Value> controls = b.controls();
      for (int i = 0; i < controls.size(); i++) {
        if (controls.get(i).op() == Op.COPY) b.setControl(i, chase(controls.get(i)));
      }
    }
  }

  /** Moves v, no longer a phi, below the block's phis, which must stay at its top. */
  private static void belowPhis(Block b, Value v) {
    List<Value> values = b.values();
    values.remove(v);
    int i = 0;
    while (i < values.size() && values.get(i).op() == Op.PHI) i++;
    values.add(i, v);
  }

  private static Value singleArg(Value phi) {
    Value same = null;
    for (Value a : phi.args()) {
      if (a == phi || a == same) continue;
      if (same != null) return null;
      same = a;
    }
    return same;
  }

  private static Value chase(Value v) {
    while (v.op() == Op.COPY) v = v.arg(0);
    return v;
  }
}
