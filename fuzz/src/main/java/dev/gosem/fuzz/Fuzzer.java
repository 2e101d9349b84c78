package dev.gosem.fuzz;

import dev.gosem.api.Program;
import dev.gosem.api.print.GoPrinter;
import dev.gosem.fuzz.gen.Feature;
import dev.gosem.fuzz.gen.Generator;
import dev.gosem.fuzz.render.ToProgram;
import dev.gosem.fuzz.run.Diff;
import dev.gosem.fuzz.run.GoToolchain;
import dev.gosem.fuzz.run.Gosem;
import dev.gosem.fuzz.run.Outcome;
import dev.gosem.fuzz.run.Setting;
import dev.gosem.fuzz.run.Target;
import dev.gosem.fuzz.shrink.Findings;
import dev.gosem.fuzz.shrink.Shrinker;
import dev.gosem.fuzz.tree.Prog;
import dev.gosem.fuzz.tree.S;
import dev.gosem.fuzz.tree.Walk;
import dev.gosem.ir.Options;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fuzzer runs a campaign in run mode: programs for seeds {@code seed … seed+count-1} are
 * generated, printed as Go 1.19 source, built by {@code go build} (a batch per build, up to
 * {@code jobs} builds ahead of the comparisons) and run; each is compiled by gosem for every
 * target and run; outputs are compared with {@link Diff}. Each failure is one line on the log;
 * with shrinking on, the failure is reduced and saved under the findings directory.
 */
public final class Fuzzer {
  /** A campaign's settings. */
  public record Config(long seed, int count, List<Target> targets, Set<Feature> features, Path findings,
      boolean shrink, int batch, int jobs, Duration timeout, Map<Long, String> known, List<Options.DeferMode> forcedDefers,
      boolean rotateDefers) {
    public static Config of(long seed, int count) {
      return new Config(seed, count, List.of(Target.JVM, Target.JVM_N), Feature.defaults(), null, false, 10, 2,
          Duration.ofSeconds(20), Map.of(), Setting.FORCED, false);
    }

    /**
     * The defer strategies forced on the JVM targets, each one more run, for programs that
     * contain a defer statement (the others compile the same under every strategy).
     */
    public Config withForcedDefers(List<Options.DeferMode> d) {
      return new Config(seed, count, targets, features, findings, shrink, batch, jobs, timeout, known, d, false);
    }

    /**
     * One forced strategy per program instead of all, in turn by seed, on the first JVM target
     * only: a third of the cost of all three where the time is fixed (CI's budget).
     */
    public Config withRotatedDefers() {
      return new Config(seed, count, targets, features, findings, shrink, batch, jobs, timeout, known, forcedDefers, true);
    }

    /**
     * Every setting the program of a seed is compiled with: each target with Go's choice, then,
     * when it has a defer statement, the forced strategies on JVM targets.
     */
    public List<Setting> settings(long seed, boolean usesDefer) {
      List<Setting> out = new ArrayList<>();
      for (Target t : targets) out.add(Setting.of(t));
      if (!usesDefer || forcedDefers.isEmpty()) return out;
      if (rotateDefers) {
        targets.stream().filter(t -> t.backend().equals("jvm")).findFirst()
            .ifPresent(t -> out.add(new Setting(t, forcedDefers.get((int) Math.floorMod(seed, (long) forcedDefers.size())))));
        return out;
      }
      for (Target t : targets) {
        if (!t.backend().equals("jvm")) continue;
        for (Options.DeferMode m : forcedDefers) out.add(new Setting(t, m));
      }
      return out;
    }

    public Config withTargets(List<Target> t) {
      return new Config(seed, count, t, features, findings, shrink, batch, jobs, timeout, known, forcedDefers, rotateDefers);
    }

    public Config withFeatures(Set<Feature> f) {
      return new Config(seed, count, targets, f, findings, shrink, batch, jobs, timeout, known, forcedDefers, rotateDefers);
    }

    public Config withFindings(Path dir, boolean shrink) {
      return new Config(seed, count, targets, features, dir, shrink, batch, jobs, timeout, known, forcedDefers, rotateDefers);
    }

    public Config withKnown(Map<Long, String> k) {
      return new Config(seed, count, targets, features, findings, shrink, batch, jobs, timeout, k, forcedDefers, rotateDefers);
    }

    public Config withJobs(int j, int b) {
      return new Config(seed, count, targets, features, findings, shrink, b, j, timeout, known, forcedDefers, rotateDefers);
    }
  }

  /** One program that differs on some target. */
  public record Failure(long seed, Setting setting, Diff.Mismatch mismatch, String knownAs) {
    public String line() {
      return "seed " + seed + ": " + setting.label() + ": " + mismatch.kind().name().toLowerCase() + ": " + mismatch.summary()
          + (knownAs == null ? "" : " [known: " + knownAs + "]");
    }
  }

  /** What a campaign found. */
  public static final class Summary {
    public int programs;
    /** Programs that ran on at least one target and agreed with Go on every target they ran on. */
    public int passed;
    /** Programs no target could compile ("does not support"): not compared at all. */
    public int notCompared;
    /** How Go's runs ended: "exit 0", "exit 2: panic: runtime error: index out of range [N] with length N", … */
    public final Map<String, Integer> goOutcomes = new TreeMap<>();
    public int failed;
    /** Programs whose failures are all on the known list. */
    public int known;
    /** The generator or renderer threw (a bug of the fuzzer or of the builder). */
    public int generatorErrors;
    /** go build rejected a generated program (a generator bug, or the Go printer's). */
    public int goRejected;
    /** Go's own run timed out (a generator bug). */
    public int goTimeouts;
    public final Map<Target, Integer> unsupported = new EnumMap<>(Target.class);
    /** Why: each "does not support" message (positions dropped) and how often. */
    public final Map<String, Integer> unsupportedWhy = new TreeMap<>();
    public final Map<String, Integer> byKind = new TreeMap<>();
    public final List<Failure> failures = new ArrayList<>();
    public final List<String> notes = new ArrayList<>();
    public final List<Long> knownNowPassing = new ArrayList<>();

    public String line(long seed, int count) {
      return passed + " passed, " + failed + " failed" + (known > 0 ? " (+" + known + " known)" : "")
          + (notCompared > 0 ? ", " + notCompared + " not compared (unsupported on every target)" : "")
          + " (seed " + seed + ", count " + count + ")";
    }
  }

  /** Failures of one target and kind shrunk at most this often (the rest are saved unshrunk). */
  static final int SHRINKS_PER_KIND = 3;

  private final Config config;
  private final PrintStream log;
  private final GoToolchain go = new GoToolchain();
  private final Map<String, Integer> shrunk = new TreeMap<>();
  private long progressEvery = 0;

  /** Prints a summary line every n programs (0: never), for long campaigns. */
  public Fuzzer progress(long n) {
    this.progressEvery = n;
    return this;
  }

  public Fuzzer(Config config, PrintStream log) {
    this.config = config;
    this.log = log;
  }

  private record Generated(long seed, Prog tree, Program program, String source, String error) {}

  private record Batch(List<Generated> programs, Map<String, GoToolchain.Build> builds, Path dir) {}

  public Summary run() {
    Summary sum = new Summary();
    ExecutorService builders = Executors.newFixedThreadPool(Math.max(1, config.jobs()), r -> {
      Thread t = new Thread(r, "gosem-fuzz-build");
      t.setDaemon(true);
      return t;
    });
    Path root;
    try {
      root = Files.createTempDirectory("gosem-fuzz-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      List<Future<Batch>> pending = new ArrayList<>();
      int next = 0;
      int batchNo = 0;
      // Keep jobs+1 batches in flight, so go build works while gosem compares.
      while (next < config.count() || !pending.isEmpty()) {
        while (next < config.count() && pending.size() <= config.jobs()) {
          long from = config.seed() + next;
          int n = Math.min(config.batch(), config.count() - next);
          Path dir = root.resolve("b" + (batchNo++));
          pending.add(builders.submit(() -> build(from, n, dir)));
          next += n;
        }
        Batch b = pending.removeFirst().get();
        int before = sum.programs;
        check(b, sum);
        if (progressEvery > 0 && sum.programs / progressEvery != before / progressEvery) {
          log.println("progress: " + sum.programs + " programs: " + sum.line(config.seed(), sum.programs)
              + ", go rejected " + sum.goRejected + ", unsupported " + sum.unsupported + ", failures " + sum.byKind);
        }
        GoToolchain.deleteTree(b.dir());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("go build failed: " + e.getCause(), e.getCause());
    } finally {
      builders.shutdownNow();
      GoToolchain.deleteTree(root);
    }
    if (Gosem.abandonedRuns() > 0) sum.notes.add(Gosem.abandonedRuns() + " JVM runs did not finish and were abandoned");
    return sum;
  }

  /** Generates programs for seeds from … from+n-1 and builds them with Go. */
  private Batch build(long from, int n, Path dir) {
    List<Generated> gens = new ArrayList<>();
    Map<String, Map<String, String>> sources = new LinkedHashMap<>();
    for (long s = from; s < from + n; s++) {
      Generated g = generate(s, config.features());
      gens.add(g);
      if (g.error() == null) sources.put(pkg(s), Map.of("main.go", g.source()));
    }
    Map<String, GoToolchain.Build> builds = sources.isEmpty() ? Map.of() : go.build(dir, sources, true);
    return new Batch(gens, builds, dir);
  }

  static String pkg(long seed) {
    return "p" + (seed < 0 ? "m" + (-seed) : Long.toString(seed));
  }

  private static Generated generate(long seed, Set<Feature> features) {
    try {
      Prog tree = Generator.generate(seed, features);
      Program p = ToProgram.of(tree);
      String src = GoPrinter.print(p, GoPrinter.Options.go119()).get("main.go");
      return new Generated(seed, tree, p, src, null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Generated(seed, null, null, null, e.toString());
    }
  }

  private void check(Batch b, Summary sum) {
    for (Generated g : b.programs()) {
      sum.programs++;
      if (g.error() != null) {
        sum.generatorErrors++;
        log.println("seed " + g.seed() + ": generator error: " + g.error());
        continue;
      }
      GoToolchain.Build build = b.builds().get(pkg(g.seed()));
      if (build == null || build.binary() == null) {
        sum.goRejected++;
        String msg = build == null || build.errors().isEmpty() ? "no executable" : build.errors().getFirst().line() + ": " + build.errors().getFirst().message();
        log.println("seed " + g.seed() + ": go build rejects the generated program: " + msg.lines().findFirst().orElse(""));
        continue;
      }
      Outcome want = GoToolchain.run(build.binary(), config.timeout());
      if (want.timedOut()) {
        sum.goTimeouts++;
        log.println("seed " + g.seed() + ": Go's run did not finish in " + config.timeout().toSeconds() + "s (generator bug)");
        continue;
      }
      sum.goOutcomes.merge(outcome(want), 1, Integer::sum);
      List<Failure> fails = new ArrayList<>();
      int compared = 0;
      boolean saved = false;
      for (Setting t : config.settings(g.seed(), usesDefer(g.tree()))) {
        Gosem.Result r = Gosem.run(g.program(), t, config.timeout());
        if (!(r instanceof Gosem.Unsupported)) compared++;
        if (r instanceof Gosem.Unsupported u) {
          sum.unsupported.merge(t.target(), 1, Integer::sum);
          sum.unsupportedWhy.merge(t.label() + ": " + u.message().replaceAll("^[^ ]*:\\d+(:\\d+)?: ", "").lines().findFirst().orElse(""), 1, Integer::sum);
          continue;
        }
        Diff.Mismatch m = Diff.compare(want, r);
        if (m != null) {
          Failure f = new Failure(g.seed(), t, m, config.known().get(g.seed()));
          fails.add(f);
          log.println(f.line());
          // One finding per seed: the first setting that fails (later ones most often fail the same way).
          if (f.knownAs() == null && config.findings() != null && !saved) {
            save(g, t, want, r, m);
            saved = true;
          }
        }
      }
      String knownAs = config.known().get(g.seed());
      if (compared == 0) {
        sum.notCompared++;
      } else if (fails.isEmpty()) {
        sum.passed++;
        if (knownAs != null) sum.knownNowPassing.add(g.seed());
      } else if (fails.stream().allMatch(f -> f.knownAs() != null)) {
        sum.known++;
      } else {
        sum.failed++;
        for (Failure f : fails) {
          sum.failures.add(f);
          sum.byKind.merge(f.setting().label() + " " + f.mismatch().kind().name().toLowerCase(), 1, Integer::sum);
        }
      }
    }
  }

  /** How a run of Go's ended, in a few words: the exit status and the panic's first line, numbers as N. */
  static String outcome(Outcome o) {
    String s = "exit " + o.exit();
    if (o.exit() == 0) return s;
    // The program's own println output comes first on stderr; the panic's line follows it.
    String first = o.stderr().lines().filter(l -> l.startsWith("panic: ") || l.startsWith("fatal error: ")).findFirst().orElse("");
    if (!first.isEmpty()) s += ": " + first.replaceAll("0x[0-9a-f]+", "0xN").replaceAll("\\d+", "N");
    return s;
  }

  /** Whether the program has a defer statement anywhere (forced strategies only matter then). */
  static boolean usesDefer(Prog p) {
    boolean[] found = {false};
    for (var f : p.funcs()) Walk.allStmts(f.body(), s -> found[0] |= s instanceof S.Defer);
    return found[0];
  }

  private void save(Generated g, Setting t, Outcome want, Gosem.Result got, Diff.Mismatch m) {
    try {
      String bucket = t.label() + " " + m.kind() + " " + m.signature();
      boolean doShrink = config.shrink() && shrunk.merge(bucket, 1, Integer::sum) <= SHRINKS_PER_KIND;
      Shrinker sh = doShrink ? new Shrinker(t, m, config.timeout(), log) : null;
      Prog small = sh == null ? g.tree() : sh.shrink(g.tree());
      Outcome w = sh != null && sh.lastGo() != null ? sh.lastGo() : want;
      Gosem.Result r = sh != null && sh.lastGot() != null ? sh.lastGot() : got;
      Findings.save(config.findings().resolve(Long.toString(g.seed())), g.tree(), small, t, m, w, r);
    } catch (RuntimeException | IOException e) {
      log.println("seed " + g.seed() + ": could not save the finding: " + e);
    }
  }
}
