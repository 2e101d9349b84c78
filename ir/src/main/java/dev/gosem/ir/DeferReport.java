package dev.gosem.ir;

import dev.gosem.api.Pos;
import dev.gosem.ir.ssa.DeferPlan;
import dev.gosem.ir.ssa.DeferSite;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Module;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * DeferReport writes the strategy chosen for each defer statement in Go's words
 * ({@code -gcflags=-d=defer}), one line per site in source order, adding why a better strategy
 * was ruled out.
 */
final class DeferReport {
  private DeferReport() {}

  record Line(Pos pos, String text) {}

  static List<String> lines(Module m) {
    List<Line> lines = new ArrayList<>();
    for (Func f : m.funcList()) {
      DeferPlan plan = f.deferPlan();
      if (plan == null) continue;
      for (DeferSite s : f.deferSites()) {
        String reason = plan.reason(s);
        String text = s.pos().file() + ":" + s.pos().line() + ":" + s.pos().col() + ": "
            + plan.strategy(s).report() + (reason.isEmpty() ? "" : "; " + reason);
        lines.add(new Line(s.pos(), text));
      }
    }
    lines.sort(Comparator.comparing((Line l) -> l.pos().file())
        .thenComparingInt(l -> l.pos().line())
        .thenComparingInt(l -> l.pos().col()));
    return lines.stream().map(Line::text).toList();
  }
}
