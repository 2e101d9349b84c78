package dev.gosem.backend.amd64.mir;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * MFunc is one function in machine instructions: its blocks in layout order (the entry first)
 * and its virtual registers, each general or XMM.
 */
public final class MFunc {
  public final String symbol;
  public final boolean hasParams;
  public final int line;
  public final List<MBlock> blocks = new ArrayList<>();
  private final BitSet xmm = new BitSet();
  private int nextVreg = Regs.FIRST_VIRTUAL;
  private int nextBlock;
  private int outgoing;

  public MFunc(String symbol, boolean hasParams, int line) {
    this.symbol = symbol;
    this.hasParams = hasParams;
    this.line = line;
  }

  public int newVreg(boolean isXmm) {
    int v = nextVreg++;
    if (isXmm) xmm.set(v);
    return v;
  }

  /** Whether register r (virtual or physical) is an XMM register. */
  public boolean isXmm(int r) {
    return Regs.isPhysical(r) ? Regs.isXmm(r) : xmm.get(r);
  }

  /** One more than the largest register number in use. */
  public int regLimit() {
    return nextVreg;
  }

  /** Words of stack-passed arguments or results the function's calls need (its outgoing area). */
  public int outgoingWords() {
    return outgoing;
  }

  public void reserveOutgoing(int words) {
    outgoing = Math.max(outgoing, words);
  }

  public MBlock newBlock(String comment) {
    return new MBlock(nextBlock++, comment);
  }

  /** True if the function calls anything (then it needs a stack check and its frame chain). */
  public boolean hasCalls() {
    for (MBlock b : blocks) {
      for (MInst i : b.insts) if (i.op == MOp.CALL) return true;
    }
    return false;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(symbol).append(":\n");
    for (MBlock b : blocks) {
      sb.append(b).append(':');
      if (!b.comment.isEmpty()) sb.append(' ').append(b.comment);
      if (!b.succs.isEmpty()) sb.append(" -> ").append(b.succs);
      sb.append('\n');
      for (MInst i : b.insts) sb.append("  ").append(i).append('\n');
    }
    return sb.toString();
  }
}
