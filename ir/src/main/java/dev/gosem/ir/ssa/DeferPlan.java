package dev.gosem.ir.ssa;

import java.util.List;

/**
 * DeferPlan is the strategy chosen for each defer statement of a function, with the reason
 * when a rule ruled the open-coded one out. A function is either open-coded as a whole (every
 * site) or not at all; otherwise each site is stack-allocated unless it is in a loop.
 */
public record DeferPlan(boolean openCoded, List<DeferStrategy> strategies, List<String> reasons) {
  public DeferPlan {
    strategies = List.copyOf(strategies);
    reasons = List.copyOf(reasons);
  }

  public DeferStrategy strategy(DeferSite site) {
    return strategies.get(site.index());
  }

  /** Why site did not get a better strategy, or "" when it got the best. */
  public String reason(DeferSite site) {
    return reasons.get(site.index());
  }

  /** Whether some site keeps a record on the goroutine's chain (heap or stack). */
  public boolean usesChain() {
    return !openCoded;
  }
}
