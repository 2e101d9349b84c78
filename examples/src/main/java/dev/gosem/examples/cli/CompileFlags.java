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

  @Option(names = "--defer", paramLabel = "STRATEGY", converter = DeferModeConverter.class,
      description = "Force a defer strategy where legal: heap, stack or open (default: Go's rules).")
  Options.DeferMode defer = Options.DeferMode.AUTO;

  Options options() {
    return Options.defaults().withOptimize(!noOptimize).withVerify(verify).withTags(Set.copyOf(tags))
        .withDefer(defer);
  }

  /** heap|stack|open|auto, as --defer spells them. */
  static final class DeferModeConverter implements picocli.CommandLine.ITypeConverter<Options.DeferMode> {
    @Override
    public Options.DeferMode convert(String value) {
      return switch (value) {
        case "heap" -> Options.DeferMode.HEAP;
        case "stack" -> Options.DeferMode.STACK;
        case "open" -> Options.DeferMode.OPEN;
        case "auto" -> Options.DeferMode.AUTO;
        default -> throw new picocli.CommandLine.TypeConversionException(
            "unknown defer strategy \"" + value + "\" (heap, stack, open or auto)");
      };
    }
  }

  /** The options for an example: its own build tags unless --tags gives others. */
  Options options(dev.gosem.examples.Example e) {
    Options o = options();
    return tags.isEmpty() ? o.withTags(e.tags()) : o;
  }
}
