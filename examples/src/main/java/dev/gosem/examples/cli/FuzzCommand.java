package dev.gosem.examples.cli;

import dev.gosem.fuzz.Fuzzer;
import dev.gosem.fuzz.bad.BadFuzzer;
import dev.gosem.fuzz.gen.Feature;
import dev.gosem.fuzz.run.GoToolchain;
import dev.gosem.fuzz.run.Setting;
import dev.gosem.fuzz.run.Target;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * FuzzCommand runs a differential-testing campaign against the Go toolchain (module fuzz): random
 * programs (run mode) or mutated ill-formed ones (bad mode) for seeds S … S+N-1, one line per
 * failure, then {@code N passed, N failed} and how to run the same campaign again.
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
    description = {"Differential testing against go build: random programs must print what Go prints "
        + "(run mode); broken ones must be rejected exactly when Go rejects them (bad mode).",
        "Needs go (1.19) on PATH. Failures are shrunk and saved under --findings."})
final class FuzzCommand implements Callable<Integer> {
  private final Env env;

  @Option(names = "--seed", paramLabel = "S", description = "The first seed (default: the clock, printed at the end).")
  Long seed;

  @Option(names = "--count", paramLabel = "N", defaultValue = "100", description = "How many programs (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(names = "--target", paramLabel = "T", defaultValue = "jvm",
      description = "jvm (optimized and -N), amd64, or a list: jvm,amd64; jvm-O, jvm-N, amd64-N name one setting "
          + "(default: ${DEFAULT-VALUE}).")
  String target;

  @Option(names = "--defer", paramLabel = "D", defaultValue = "all",
      description = "Defer strategies forced on the JVM targets, each compared with Go, for programs with a defer statement: "
          + "all (heap, stack and open, after Go's choice), auto (Go's choice only), or a list: heap,open (default: ${DEFAULT-VALUE}).")
  String defer;

  @Option(names = "--mode", paramLabel = "M", defaultValue = "run", description = "run or bad (default: ${DEFAULT-VALUE}).")
  String mode;

  @Option(names = "--features", paramLabel = "F",
      description = "Generator features to add or remove, e.g. +switch,-floats, or scalars (see the fuzz module's Feature and "
          + "docs/fuzzing.md); with --target amd64 alone the default is scalars.")
  String features;

  @Option(names = "--findings", paramLabel = "DIR", defaultValue = "fuzz/findings",
      description = "Where failures are saved, one directory per seed (default: ${DEFAULT-VALUE}).")
  Path findings;

  @Option(names = "--no-shrink", description = "Save failures as generated, without shrinking them.")
  boolean noShrink;

  @Option(names = "--jobs", paramLabel = "J", defaultValue = "2", description = "go builds in parallel (default: ${DEFAULT-VALUE}).")
  int jobs;

  FuzzCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    if (count < 1) throw CliError.usage("--count must be at least 1");
    if (jobs < 1) throw CliError.usage("--jobs must be at least 1");
    Set<Feature> feats;
    List<Target> targets;
    List<dev.gosem.ir.Options.DeferMode> forced;
    try {
      targets = Target.parse(target);
      forced = Setting.parseForced(defer);
      // The amd64 backend has no data model yet: on it alone, programs keep to scalars unless asked.
      boolean nativeOnly = targets.stream().allMatch(t -> t.backend().equals("amd64"));
      feats = Feature.parse(features, nativeOnly && mode.equals("run") ? Feature.scalars() : Feature.defaults());
    } catch (IllegalArgumentException e) {
      throw CliError.usage(e.getMessage());
    }
    if (!GoToolchain.available()) throw CliError.failed("go is not on PATH; the fuzzer needs go build (Go 1.19) as its oracle");
    long s = seed != null ? seed : System.currentTimeMillis();
    PrintStream out = env.out();
    String again = "./gosem fuzz --seed " + s + " --count " + count + " --mode " + mode
        + (mode.equals("run") ? " --target " + target + (defer.equals("all") ? "" : " --defer " + defer) : "")
        + (features == null ? "" : " --features " + features);
    switch (mode) {
      case "run" -> {
        Fuzzer.Config c = new Fuzzer.Config(s, count, targets, feats, findings, !noShrink, 10, jobs, Duration.ofSeconds(20), java.util.Map.of(), forced, false);
        Fuzzer.Summary sum = new Fuzzer(c, out).run();
        int failed = sum.failed + sum.goRejected + sum.generatorErrors + sum.goTimeouts;
        if (!sum.unsupported.isEmpty()) out.println("not compared: " + sum.unsupportedWhy);
        out.println("Go's runs: " + sum.goOutcomes);
        if (sum.notCompared > 0) out.println(sum.notCompared + " programs not compared: every target lacks something they use");
        out.println(sum.passed + " passed, " + failed + " failed (to run again: " + again + ")");
        out.flush();
        return failed == 0 ? 0 : Main.FAILED;
      }
      case "bad" -> {
        BadFuzzer.Config c = BadFuzzer.Config.of(s, count).withFeatures(feats);
        BadFuzzer.Summary sum = new BadFuzzer(c, out).run();
        int failed = sum.failed + sum.generatorErrors;
        out.println("first Go message also reported by gosem: " + sum.messageRate());
        out.println(sum.passed + " passed, " + failed + " failed (to run again: " + again + ")");
        out.flush();
        return failed == 0 ? 0 : Main.FAILED;
      }
      default -> throw CliError.usage("unknown mode \"" + mode + "\" (run or bad)");
    }
  }
}
