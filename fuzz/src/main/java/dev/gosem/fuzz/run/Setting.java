package dev.gosem.fuzz.run;

import dev.gosem.ir.Options;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Setting is one way the fuzzer compiles a program: a target (backend and optimization) and the
 * defer strategy, Go's own choice (AUTO) or one forced on every defer where it is legal, as
 * {@code ./gosem run --defer heap|stack|open} does. Forced strategies must not change what a
 * program prints, so each is compared with Go like the target itself.
 */
public record Setting(Target target, Options.DeferMode defer) {
  /** The strategies a campaign forces by default, after Go's choice. */
  public static final List<Options.DeferMode> FORCED = List.of(Options.DeferMode.HEAP, Options.DeferMode.STACK, Options.DeferMode.OPEN);

  public static Setting of(Target target) {
    return new Setting(target, Options.DeferMode.AUTO);
  }

  public String backend() {
    return target.backend();
  }

  /** The name in reports: "jvm", "jvm -N" with Go's choice; "jvm -O defer=heap", "jvm -N defer=open" forced. */
  public String label() {
    if (defer == Options.DeferMode.AUTO) return target.label();
    return target.backend() + (target.optimize() ? " -O" : " -N") + " defer=" + strategy(defer);
  }

  /** The command-line flags that pick this setting: {@code --target jvm-N --defer heap}. */
  public String flags() {
    String t = target.backend() + (target.optimize() ? "-O" : "-N");
    return "--target " + t + (defer == Options.DeferMode.AUTO ? " --defer auto" : " --defer " + strategy(defer));
  }

  public Options options() {
    return new Options(target.optimize(), true).withDefer(defer);
  }

  /** heap, stack, open or auto. */
  public static String strategy(Options.DeferMode m) {
    return m.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The forced strategies a command-line list names: "all" (heap, stack and open), "auto" (none:
   * Go's choice only), or a list such as "heap,open".
   */
  public static List<Options.DeferMode> parseForced(String spec) {
    List<Options.DeferMode> out = new ArrayList<>();
    for (String part : spec.split(",")) {
      switch (part.strip().toLowerCase(Locale.ROOT)) {
        case "all" -> out.addAll(FORCED);
        case "auto", "none" -> {}
        case "heap" -> out.add(Options.DeferMode.HEAP);
        case "stack" -> out.add(Options.DeferMode.STACK);
        case "open" -> out.add(Options.DeferMode.OPEN);
        default -> throw new IllegalArgumentException("unknown defer strategy \"" + part.strip() + "\" (all, auto, heap, stack, open)");
      }
    }
    return out.stream().distinct().toList();
  }
}
