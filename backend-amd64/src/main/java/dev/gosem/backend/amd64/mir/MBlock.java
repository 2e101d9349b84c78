package dev.gosem.backend.amd64.mir;

import dev.gosem.backend.amd64.x86.Label;
import java.util.ArrayList;
import java.util.List;

/** MBlock is a basic block of machine instructions; its last instruction is a terminator. */
public final class MBlock {
  public final int id;
  public final String comment;
  public final List<MInst> insts = new ArrayList<>();
  public final List<MBlock> succs = new ArrayList<>();
  public final List<MBlock> preds = new ArrayList<>();
  public final Label label = new Label();
  /** How many loops contain this block (spill costs weigh uses inside loops more). */
  public int loopDepth;

  public MBlock(int id, String comment) {
    this.id = id;
    this.comment = comment;
  }

  public MInst add(MInst i) {
    insts.add(i);
    return i;
  }

  public MInst terminator() {
    return insts.getLast();
  }

  public void addSucc(MBlock s) {
    succs.add(s);
    s.preds.add(this);
  }

  @Override
  public String toString() {
    return "m" + id;
  }
}
