package dev.gosem.ir.ssa;

/** BlockKind says how control leaves a block: its successor and control-value counts. */
public enum BlockKind {
  /** Falls through to its one successor. */
  PLAIN(1, 0),
  /** Goes to succs[0] if its bool control is true, else to succs[1]. */
  IF(2, 1),
  /** Returns its controls as the function's results. */
  RETURN(0, -1),
  /** Control never reaches its end: its last value (a Panic, or a call that never returns) leaves. */
  EXIT(0, 0);

  private final int succCount;
  private final int controlCount;

  BlockKind(int succCount, int controlCount) {
    this.succCount = succCount;
    this.controlCount = controlCount;
  }

  public int succCount() {
    return succCount;
  }

  /** The fixed number of controls, or -1 when it varies (RETURN has one per result). */
  public int controlCount() {
    return controlCount;
  }
}
