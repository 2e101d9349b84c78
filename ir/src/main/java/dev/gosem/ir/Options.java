package dev.gosem.ir;

import java.util.Set;

/**
 * Options are the settings of one compilation.
 *
 * @param optimize run the optimization passes (Go's default; {@code -N} turns them off)
 * @param verify run the IR verifier after every pass (tests turn it on)
 * @param tags the build tags, as {@code go build -tags dev,fast} gives them
 * @param defer the defer strategy to force where legal, or AUTO for Go's rules
 */
public record Options(boolean optimize, boolean verify, Set<String> tags, DeferMode defer) {
  /** Which defer strategy a compilation uses (see docs/defer.md). */
  public enum DeferMode {
    /** Go's rules: open-coded when allowed, else stack, heap in loops. */
    AUTO,
    /** Every defer heap-allocated. */
    HEAP,
    /** Every defer stack-allocated, except in loops (always heap). */
    STACK,
    /** Every function open-coded unless a defer is in a loop (those are heap, the rest stack). */
    OPEN
  }

  public Options {
    tags = Set.copyOf(tags);
    java.util.Objects.requireNonNull(defer);
  }

  public Options(boolean optimize, boolean verify, Set<String> tags) {
    this(optimize, verify, tags, DeferMode.AUTO);
  }

  public Options(boolean optimize, boolean verify) {
    this(optimize, verify, Set.of());
  }

  public static Options defaults() {
    return new Options(true, false);
  }

  public Options withOptimize(boolean optimize) {
    return new Options(optimize, verify, tags, defer);
  }

  public Options withVerify(boolean verify) {
    return new Options(optimize, verify, tags, defer);
  }

  public Options withTags(Set<String> tags) {
    return new Options(optimize, verify, tags, defer);
  }

  /** Forces a defer strategy where it is legal (AUTO: Go's rules). */
  public Options withDefer(DeferMode defer) {
    return new Options(optimize, verify, tags, defer);
  }
}
