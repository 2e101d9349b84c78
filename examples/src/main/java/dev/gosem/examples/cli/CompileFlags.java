package dev.gosem.examples.cli;

import java.util.List;
import java.util.Set;

import dev.gosem.ir.Options;
import picocli.CommandLine.Option;

/** CompileFlags are the compiler settings shared by the commands that compile (a picocli mixin). */
final class CompileFlags {
  @Option(names = "-N", description = "Disable optimizations (as go build -gcflags=-N).")
  boolean noOptimize;

  @Option(names = "--verify", description = "Run the IR verifier after every pass.")
  boolean verify;

  @Option(names = "--tags", paramLabel = "TAGS", split = ",",
      description = "Build tags, comma-separated (as go build -tags dev,fast).")
  List<String> tags = List.of();

  Options options() {
    return Options.defaults().withOptimize(!noOptimize).withVerify(verify).withTags(Set.copyOf(tags));
  }

  /** The options for an example: its own build tags unless --tags gives others. */
  Options options(dev.gosem.examples.Example e) {
    Options o = options();
    return tags.isEmpty() ? o.withTags(e.tags()) : o;
  }
}
