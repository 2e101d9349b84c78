package dev.gosem.ir.ssa;

/**
 * DeferStrategy is how one defer statement is carried out, as Go's compiler chooses (see
 * docs/defer.md). The report spells them as {@code go build -gcflags=-d=defer} does.
 */
public enum DeferStrategy {
  /** Arguments in the frame, a deferBits mask, the calls inlined at every exit. */
  OPEN_CODED("open-coded defer"),
  /** A record whose storage lives as long as the frame, linked on the goroutine's chain. */
  STACK("stack-allocated defer"),
  /** A record allocated per executed defer statement, linked on the goroutine's chain. */
  HEAP("heap-allocated defer");

  private final String report;

  DeferStrategy(String report) {
    this.report = report;
  }

  /** Go's words for it: "open-coded defer". */
  public String report() {
    return report;
  }
}
