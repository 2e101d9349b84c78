package dev.gosem.backend.amd64.mir;

import java.util.Arrays;
import java.util.stream.Collectors;

/** MInst is one machine instruction: an op, the registers it writes and reads, and its payload. */
public final class MInst {
  public final MOp op;
  public final int[] defs;
  public final int[] uses;
  public long imm;
  public Object aux;
  /** The source line, for call sites and panic checks (tracebacks); 0 when unknown. */
  public int line;

  public MInst(MOp op, int[] defs, int[] uses) {
    this.op = op;
    this.defs = defs;
    this.uses = uses;
  }

  public int d() {
    return defs[0];
  }

  public int a() {
    return uses[0];
  }

  public int b() {
    return uses[1];
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (defs.length > 0) sb.append(Arrays.stream(defs).mapToObj(Regs::name).collect(Collectors.joining(", "))).append(" = ");
    sb.append(op.name().toLowerCase());
    if (aux != null) sb.append(" {").append(aux).append('}');
    if (op == MOp.LDI || op == MOp.ALUI || op == MOp.IMULI || op == MOp.SHIFTI || op == MOp.SETCCI || op == MOp.BRCMPI
        || op == MOp.LOAD_SYM || op == MOp.STORE_SYM) sb.append(" [").append(imm).append(']');
    if (op == MOp.LDF) sb.append(" [").append(Double.longBitsToDouble(imm)).append(']');
    for (int u : uses) sb.append(' ').append(Regs.name(u));
    return sb.toString();
  }
}
