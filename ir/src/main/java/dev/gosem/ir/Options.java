package dev.gosem.ir;

import java.util.Set;

/**
 * Options are the settings of one compilation.
 *
 * @param optimize run the optimization passes (Go's default; {@code -N} turns them off)
 * @param verify run the IR verifier after every pass (tests turn it on)
 * @param tags the build tags, as {@code go build -tags dev,fast} gives them
 */
public record Options(boolean optimize, boolean verify, Set<String> tags) {
  public Options {
    tags = Set.copyOf(tags);
  }

  public Options(boolean optimize, boolean verify) {
    this(optimize, verify, Set.of());
  }

  public static Options defaults() {
    return new Options(true, false);
  }

  public Options withOptimize(boolean optimize) {
    return new Options(optimize, verify, tags);
  }

  public Options withVerify(boolean verify) {
    return new Options(optimize, verify, tags);
  }

  public Options withTags(Set<String> tags) {
    return new Options(optimize, verify, tags);
  }
}
