package dev.gosem.ir.pass;

import dev.gosem.ir.Options;
import dev.gosem.ir.Options.DeferMode;
import dev.gosem.ir.ssa.DeferPlan;
import dev.gosem.ir.ssa.DeferSite;
import dev.gosem.ir.ssa.DeferStrategy;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Module;
import java.util.ArrayList;
import java.util.List;

/**
 * DeferRules chooses each defer statement's strategy by Go 1.19's rules (cmd/compile's walk and
 * ssagen): a function's defers are open-coded when optimizing, with at most 8 defers, none in a
 * loop, and defers x return statements at most 15; otherwise each defer is stack-allocated, or
 * heap-allocated when it is in a loop (a loop may run it any number of times, so no frame-sized
 * storage suffices). A compilation may force a strategy where that is legal: a defer in a loop
 * is always heap-allocated, and open-coding needs a fixed set of defers (none in a loop) that
 * fit the 32-bit deferBits mask. Runs on every compilation, after the passes.
 */
public final class DeferRules {
  /** Go's maxOpenDefers. */
  static final int MAX_OPEN_DEFERS = 8;
  /** Go's limit on defers x returns for open-coding. */
  static final int MAX_OPEN_EXITS = 15;
  /** Our deferBits is an int. */
  static final int MAX_FORCED_OPEN = 32;

  private DeferRules() {}

  public static void apply(Module m, Options o) {
    for (Func f : m.funcList()) {
      if (f.defers()) f.setDeferPlan(plan(f, o));
    }
  }

  static DeferPlan plan(Func f, Options o) {
    List<DeferSite> sites = f.deferSites();
    boolean anyInLoop = sites.stream().anyMatch(DeferSite::inLoop);
    String notOpen = openCodedRuledOut(f, o, anyInLoop);
    List<DeferStrategy> strategies = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    for (DeferSite s : sites) {
      if (notOpen == null) {
        strategies.add(DeferStrategy.OPEN_CODED);
        reasons.add(o.defer() == DeferMode.OPEN ? "forced by --defer open" : "");
      } else if (s.inLoop()) {
        strategies.add(DeferStrategy.HEAP);
        reasons.add("in a loop");
      } else if (o.defer() == DeferMode.HEAP) {
        strategies.add(DeferStrategy.HEAP);
        reasons.add("forced by --defer heap");
      } else {
        strategies.add(DeferStrategy.STACK);
        reasons.add(notOpen);
      }
    }
    return new DeferPlan(notOpen == null, strategies, reasons);
  }

  /** Why the function's defers cannot be open-coded, or null if they are. */
  private static String openCodedRuledOut(Func f, Options o, boolean anyInLoop) {
    int n = f.deferSites().size();
    if (anyInLoop) return "not open-coded: a defer of the function is in a loop";
    switch (o.defer()) {
      case HEAP -> {
        return "forced by --defer heap";
      }
      case STACK -> {
        return "forced by --defer stack";
      }
      case OPEN -> {
        return n > MAX_FORCED_OPEN ? "not open-coded: more than " + MAX_FORCED_OPEN + " defers" : null;
      }
      case AUTO -> {}
    }
    if (!o.optimize()) return "not open-coded: optimizations are off (-N)";
    if (n > MAX_OPEN_DEFERS) return "not open-coded: " + n + " defers (more than " + MAX_OPEN_DEFERS + ")";
    int exits = n * f.returnStatements();
    if (exits > MAX_OPEN_EXITS) {
      return "not open-coded: " + n + " defers x " + f.returnStatements() + " returns = " + exits
          + " (more than " + MAX_OPEN_EXITS + ")";
    }
    return null;
  }
}
