package dev.gosem.fuzz.bad;

import dev.gosem.api.Program;
import dev.gosem.api.check.CompileException;
import dev.gosem.api.check.Diagnostic;
import dev.gosem.api.print.GoPrinter;
import dev.gosem.backend.jvm.JvmArtifact;
import dev.gosem.fuzz.gen.Feature;
import dev.gosem.fuzz.gen.Generator;
import dev.gosem.fuzz.run.GoToolchain;
import dev.gosem.fuzz.tree.Prog;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import dev.gosem.ir.backend.Artifact;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * BadFuzzer runs a campaign in bad-input mode: each seed's program gets one mistake from
 * {@link Mutator}; {@code go build} and gosem must agree on whether it is rejected. gosem must
 * never throw anything but a {@link CompileException}, and a program it accepts must compile to
 * classes that pass ASM's verifier. When both reject, Go's first error message is looked for
 * among gosem's diagnostics (positions differ: gosem's are the builder's Java lines), and the
 * rate of matches is reported per kind of mistake.
 */
public final class BadFuzzer {
  public record Config(long seed, int count, Set<Feature> features, int batch, int jobs, Map<Long, String> known) {
    public static Config of(long seed, int count) {
      return new Config(seed, count, Feature.defaults(), 16, 2, Map.of());
    }

    public Config withKnown(Map<Long, String> k) {
      return new Config(seed, count, features, batch, jobs, k);
    }

    public Config withFeatures(Set<Feature> f) {
      return new Config(seed, count, f, batch, jobs, known);
    }
  }

  /** Counts for one kind of mistake. */
  public static final class KindStats {
    public int total;
    public int agreed;
    public int bothReject;
    public int firstMessageMatch;
  }

  public static final class Summary {
    public int programs;
    public int passed;
    public int failed;
    public int known;
    public int generatorErrors;
    public int goRejects;
    public int gosemRejects;
    public int bothReject;
    public int firstMessageMatch;
    public final Map<Mutator.Kind, KindStats> byKind = new EnumMap<>(Mutator.Kind.class);
    public final List<String> failures = new ArrayList<>();
    /** Go's first message and gosem's messages, for both-reject cases that differ. */
    public final List<String> messageMisses = new ArrayList<>();
    public final List<Long> knownNowPassing = new ArrayList<>();

    public String line(long seed, int count) {
      return passed + " passed, " + failed + " failed" + (known > 0 ? " (+" + known + " known)" : "")
          + " (seed " + seed + ", count " + count + ", mode bad)";
    }

    /** The share of both-reject programs whose first Go message gosem also reports. */
    public String messageRate() {
      return bothReject == 0 ? "n/a" : String.format("%d/%d (%.0f%%)", firstMessageMatch, bothReject, 100.0 * firstMessageMatch / bothReject);
    }
  }

  /** What gosem made of a mutant. */
  private sealed interface Verdict {}

  private record Accepted() implements Verdict {}

  private record Rejected(List<Diagnostic> diagnostics) implements Verdict {}

  private record Broken(String what) implements Verdict {}

  private record Mut(long seed, Mutator.Mutant mutant, Program program, String source, String error) {}

  private final Config config;
  private final PrintStream log;
  private final GoToolchain go = new GoToolchain();

  public BadFuzzer(Config config, PrintStream log) {
    this.config = config;
    this.log = log;
  }

  public Summary run() {
    Summary sum = new Summary();
    ExecutorService builders = Executors.newFixedThreadPool(Math.max(1, config.jobs()), r -> {
      Thread t = new Thread(r, "gosem-fuzz-bad-build");
      t.setDaemon(true);
      return t;
    });
    Path root;
    try {
      root = Files.createTempDirectory("gosem-fuzz-bad-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      List<Future<Map.Entry<List<Mut>, Map<Long, GoToolchain.Build>>>> pending = new ArrayList<>();
      int next = 0;
      int batchNo = 0;
      while (next < config.count() || !pending.isEmpty()) {
        while (next < config.count() && pending.size() <= config.jobs()) {
          long from = config.seed() + next;
          int n = Math.min(config.batch(), config.count() - next);
          Path dir = root.resolve("b" + (batchNo++));
          pending.add(builders.submit(() -> build(from, n, dir)));
          next += n;
        }
        var done = pending.removeFirst().get();
        for (Mut m : done.getKey()) check(m, done.getValue().get(m.seed()), sum);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("go build failed: " + e.getCause(), e.getCause());
    } finally {
      builders.shutdownNow();
      GoToolchain.deleteTree(root);
    }
    return sum;
  }

  private Map.Entry<List<Mut>, Map<Long, GoToolchain.Build>> build(long from, int n, Path dir) {
    List<Mut> muts = new ArrayList<>();
    Map<String, Map<String, String>> together = new LinkedHashMap<>();
    Map<Long, GoToolchain.Build> builds = new LinkedHashMap<>();
    int alone = 0;
    for (long s = from; s < from + n; s++) {
      Mut m = mutant(s);
      muts.add(m);
      if (m.error() != null) continue;
      String pkg = "p" + (s < 0 ? "m" + (-s) : Long.toString(s));
      if (m.mutant().buildLine() != null) {
        // A //go:build problem stops go build before it compiles anything: built on its own.
        Map<String, GoToolchain.Build> one = go.build(dir.resolve("alone" + (alone++)), Map.of(pkg, Map.of("main.go", m.source())), false);
        builds.put(s, one.get(pkg));
      } else {
        together.put(pkg, Map.of("main.go", m.source()));
      }
    }
    if (!together.isEmpty()) {
      Map<String, GoToolchain.Build> all = go.build(dir.resolve("all"), together, false);
      for (Mut m : muts) {
        String pkg = "p" + (m.seed() < 0 ? "m" + (-m.seed()) : Long.toString(m.seed()));
        if (all.containsKey(pkg)) builds.put(m.seed(), all.get(pkg));
      }
    }
    return Map.entry(muts, builds);
  }

  private Mut mutant(long seed) {
    try {
      Prog p = Generator.generate(seed, config.features());
      Mutator.Mutant m = Mutator.mutate(p, new Random(seed * 0x9E3779B97F4A7C15L + 1));
      Program program = m.program("bad" + seed);
      // The printer spells a //go:build line canonically, so it cannot print a malformed one:
      // the line is written by hand above the rest of the file.
      Program body = m.buildLine() == null ? program : new Mutator.Mutant(m.prog(), null, m.extraImports(), m.kind(), m.what()).program("bad" + seed);
      String src = GoPrinter.print(body, GoPrinter.Options.go119()).get("main.go");
      if (m.buildLine() != null) src = "//go:build " + m.buildLine() + "\n\n" + src;
      return new Mut(seed, m, program, src, null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Mut(seed, null, null, null, e.toString());
    }
  }

  private void check(Mut m, GoToolchain.Build build, Summary sum) {
    sum.programs++;
    if (m.error() != null) {
      sum.generatorErrors++;
      log.println("seed " + m.seed() + ": bad: generator error: " + m.error());
      return;
    }
    Mutator.Mutant mu = m.mutant();
    KindStats ks = sum.byKind.computeIfAbsent(mu.kind(), k -> new KindStats());
    ks.total++;
    boolean goRejects = build != null && !build.errors().isEmpty();
    if (goRejects) sum.goRejects++;
    Verdict v = gosem(m.program());
    String knownAs = config.known().get(m.seed());
    String problem = null;
    switch (v) {
      case Broken b -> problem = b.what();
      case Rejected r -> {
        sum.gosemRejects++;
        if (!goRejects) problem = "gosem rejects (" + first(r.diagnostics()) + "), Go accepts";
      }
      case Accepted a -> {
        if (goRejects) problem = "Go rejects (" + oneLine(build.errors().getFirst().message()) + "), gosem accepts";
      }
    }
    if (problem == null && v instanceof Rejected r) {
      sum.bothReject++;
      ks.bothReject++;
      String goFirst = normalize(build.errors().getFirst().message());
      boolean match = r.diagnostics().stream().anyMatch(d -> normalize(d.message()).equals(goFirst));
      if (match) {
        sum.firstMessageMatch++;
        ks.firstMessageMatch++;
      } else {
        sum.messageMisses.add(mu.kind() + ": Go \"" + goFirst.replace("\n", "\\n") + "\"; gosem " + r.diagnostics().stream()
            .map(d -> "\"" + d.message().replace("\n", "\\n") + "\"").toList());
      }
    }
    if (problem == null) {
      ks.agreed++;
      sum.passed++;
      if (knownAs != null) sum.knownNowPassing.add(m.seed());
      return;
    }
    String line = "seed " + m.seed() + ": bad " + mu.kind().name().toLowerCase().replace('_', '-') + " (" + mu.what() + "): " + problem
        + (knownAs == null ? "" : " [known: " + knownAs + "]");
    log.println(line);
    if (knownAs != null) {
      sum.known++;
    } else {
      sum.failed++;
      sum.failures.add(line);
    }
  }

  /** gosem's verdict: rejected with diagnostics, accepted with verifiable classes, or broken. */
  private static Verdict gosem(Program p) {
    Artifact a;
    try {
      a = Compiler.compile(p, "jvm", new Options(true, true));
    } catch (CompileException e) {
      return new Rejected(e.diagnostics());
    } catch (Throwable t) {
      StackTraceElement[] st = t.getStackTrace();
      return new Broken("gosem throws " + t + (st.length > 0 ? " at " + st[0] : ""));
    }
    if (a instanceof JvmArtifact j) {
      String report = verify(j.classes());
      if (!report.isEmpty()) return new Broken("a class fails verification: " + oneLine(report));
    }
    return new Accepted();
  }

  /** ASM's verifier over the generated classes, each able to see the others; empty when all pass. */
  static String verify(Map<String, byte[]> classes) {
    ClassLoader loader = new ClassLoader(BadFuzzer.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] b = classes.get(name);
        if (b == null) throw new ClassNotFoundException(name);
        return defineClass(name, b, 0, b.length);
      }
    };
    StringWriter w = new StringWriter();
    for (byte[] bytes : classes.values()) {
      try {
        CheckClassAdapter.verify(new ClassReader(bytes), loader, false, new PrintWriter(w));
      } catch (RuntimeException | LinkageError e) {
        w.append(e.toString()).append('\n');
      }
    }
    return w.toString();
  }

  private static String first(List<Diagnostic> ds) {
    return ds.isEmpty() ? "no diagnostics" : oneLine(ds.getFirst().message());
  }

  private static String oneLine(String s) {
    String line = s.lines().findFirst().orElse("");
    return line.length() > 160 ? line.substring(0, 160) + "…" : line;
  }

  /**
   * A message as both sides can be compared: positions and paths in continuation lines dropped
   * (gosem's are the builder's Java lines, Go's its temporary directory), and Go 1.19's two
   * wordings the project writes the newer way ("declared and not used: x", {@code "p" imported
   * and not used}; see api's CheckCases) mapped to those.
   */
  static String normalize(String m) {
    String s = m.strip()
        .replaceAll("(?m)^\\t[^\\s:]+:\\d+(:\\d+)?: ", "\t")
        .replaceAll(" in [^ ]+$", "");
    s = s.replaceAll("^(\\S+) declared but not used$", "declared and not used: $1");
    s = s.replaceAll("^imported and not used: (\".*\")$", "$1 imported and not used");
    return s;
  }
}
