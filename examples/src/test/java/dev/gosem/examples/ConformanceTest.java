package dev.gosem.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.gosem.api.check.CompileException;
import dev.gosem.api.check.TypeChecker;
import dev.gosem.api.print.GoPrinter;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import dev.gosem.ir.backend.RunResult;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * ConformanceTest runs every example on the JVM backend and compares what it prints with what
 * the Go toolchain printed for the same program: the goldens in src/test/resources/golden/NAME
 * ({@code stdout}, {@code stderr}, {@code exit}, and the {@code main.go} they were made from),
 * written by examples/goldens.sh.
 *
 * <p>Stdout and the exit status must be equal byte for byte. Stderr must be too, except for a
 * panic's goroutine traceback: from the first line starting with "goroutine " on, Go prints
 * program counters and frames of its own runtime, so only the text before that line is compared.
 *
 * <p>Every example also runs on the amd64 backend (a static ELF executable, on an x86-64 Linux
 * host) against the same goldens, except those in {@link #AMD64_UNSUPPORTED}, which must be
 * rejected with the backend's "does not support" diagnostic instead.
 */
class ConformanceTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final String REGENERATE = "regenerate the goldens with examples/goldens.sh";

  /** What Go printed for one example. */
  /** What Go printed for an example, and the Go files it was built from (by file name). */
  record Golden(String stdout, String stderr, int exit, Map<String, String> sources) {
    static Golden read(String name) throws IOException {
      Path dir = GOLDEN.resolve(name);
      Map<String, String> sources = new java.util.TreeMap<>();
      // packages' files are in their directories: geom/geom.go
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f : files.filter(f -> f.toString().endsWith(".go")).toList()) {
          sources.put(dir.relativize(f).toString().replace(File.separatorChar, '/'), Files.readString(f, StandardCharsets.UTF_8));
        }
      }
      return new Golden(
          Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8),
          Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8),
          Integer.parseInt(Files.readString(dir.resolve("exit"), StandardCharsets.US_ASCII).strip()),
          sources);
    }
  }

  private static final String DATA_MODEL =
      "arrays, slices, maps and structs (issue 3) are not in the amd64 backend's first slice";

  private static final String DEFER_AMD64 = "defer, panic and recover (issue 4) are not in the amd64 backend yet";

  /** Examples the amd64 backend cannot compile yet, each with the reason. */
  private static final String GOROUTINES_AMD64 = "goroutines, channels and sync (issue 5) are not in the amd64 backend";

  static final Map<String, String> AMD64_UNSUPPORTED = Map.ofEntries(
      Map.entry("workerpool", GOROUTINES_AMD64),
      Map.entry("pipeline", GOROUTINES_AMD64),
      Map.entry("fanin", GOROUTINES_AMD64),
      Map.entry("mutexcounter", GOROUTINES_AMD64),
      Map.entry("semaphore", GOROUTINES_AMD64),
      Map.entry("chanbasics", GOROUTINES_AMD64),
      Map.entry("selectrandom", GOROUTINES_AMD64),
      Map.entry("oncerw", GOROUTINES_AMD64),
      Map.entry("durations", GOROUTINES_AMD64),
      Map.entry("timers", GOROUTINES_AMD64),
      Map.entry("timercontrol", GOROUTINES_AMD64),
      Map.entry("goexitmain", GOROUTINES_AMD64),
      Map.entry("mainexits", GOROUTINES_AMD64),
      Map.entry("prodcons", GOROUTINES_AMD64),
      Map.entry("directional", GOROUTINES_AMD64),
      Map.entry("loopvar-go119", GOROUTINES_AMD64),
      Map.entry("loopvar-go122", GOROUTINES_AMD64),
      Map.entry("loopvar-fixcopy", GOROUTINES_AMD64),
      Map.entry("loopvar-fixarg", GOROUTINES_AMD64),
      Map.entry("lockscope", GOROUTINES_AMD64),
      Map.entry("deadlock-recv", GOROUTINES_AMD64),
      Map.entry("deadlock-send", GOROUTINES_AMD64),
      Map.entry("deadlock-select", GOROUTINES_AMD64),
      Map.entry("deadlock-selectempty", GOROUTINES_AMD64),
      Map.entry("deadlock-nilchan", GOROUTINES_AMD64),
      Map.entry("deadlock-mutex", GOROUTINES_AMD64),
      Map.entry("deadlock-waitgroup", GOROUTINES_AMD64),
      Map.entry("misuse-unlock", GOROUTINES_AMD64),
      Map.entry("misuse-negativewg", GOROUTINES_AMD64),
      Map.entry("misuse-closeclosed", GOROUTINES_AMD64),
      Map.entry("misuse-closenil", GOROUTINES_AMD64),
      Map.entry("misuse-sendclosed", GOROUTINES_AMD64),
      Map.entry("goroutine-panic", GOROUTINES_AMD64),
      Map.entry("buildtags", "slices (append to a []string) are not in the amd64 backend's first slice"),
      Map.entry("buildtags-dev", "slices (append to a []string) are not in the amd64 backend's first slice"),
      Map.entry("buildtags-prod", "slices (append to a []string) are not in the amd64 backend's first slice"),
      Map.entry("arrays", DATA_MODEL),
      Map.entry("packages", DATA_MODEL),
      Map.entry("initdeps", DATA_MODEL),
      Map.entry("diamond", DATA_MODEL),
      Map.entry("exported", DATA_MODEL),
      Map.entry("pkgnames", DATA_MODEL),
      Map.entry("pkgerrors", DATA_MODEL),
      Map.entry("pkgenum", DATA_MODEL),
      Map.entry("pkgpanic", DATA_MODEL),
      Map.entry("initfuncs", "closures and func values are not in the amd64 backend's first slice"),
      Map.entry("slicegrowth", DATA_MODEL),
      Map.entry("slicing", DATA_MODEL),
      Map.entry("slicecopy", DATA_MODEL),
      Map.entry("nilslices", DATA_MODEL),
      Map.entry("matrix", DATA_MODEL),
      Map.entry("sorting", DATA_MODEL),
      Map.entry("maps", DATA_MODEL),
      Map.entry("wordfreq", DATA_MODEL),
      Map.entry("mapstructs", DATA_MODEL),
      Map.entry("bytes", DATA_MODEL),
      Map.entry("runes", DATA_MODEL),
      Map.entry("builder", DATA_MODEL),
      Map.entry("stringfuncs", DATA_MODEL),
      Map.entry("strconv", DATA_MODEL),
      Map.entry("codecs", DATA_MODEL),
      Map.entry("structs", DATA_MODEL),
      Map.entry("embedding", DATA_MODEL),
      Map.entry("pointers", DATA_MODEL),
      Map.entry("linkedlist", DATA_MODEL),
      Map.entry("bst", DATA_MODEL),
      Map.entry("methods", DATA_MODEL),
      Map.entry("methodvalues", DATA_MODEL),
      Map.entry("stack", DATA_MODEL),
      Map.entry("shapes", DATA_MODEL),
      Map.entry("typeswitch", DATA_MODEL),
      Map.entry("nilinterface", DATA_MODEL),
      Map.entry("errors", DATA_MODEL),
      Map.entry("stringers", DATA_MODEL),
      Map.entry("prettyprint", DATA_MODEL),
      Map.entry("closures", DATA_MODEL),
      Map.entry("variadic", DATA_MODEL),
      Map.entry("enums", DATA_MODEL),
      Map.entry("switches", DATA_MODEL),
      Map.entry("panicindex", DATA_MODEL),
      Map.entry("panicslicecap", DATA_MODEL),
      Map.entry("panicsliceorder", DATA_MODEL),
      Map.entry("panicnilmap", DATA_MODEL),
      Map.entry("panicnilptr", DATA_MODEL),
      Map.entry("panicassert", DATA_MODEL),
      Map.entry("panicmissing", DATA_MODEL),
      Map.entry("fmtverbs", DATA_MODEL),
      Map.entry("mathlimits", DATA_MODEL),
      Map.entry("higherorder", DATA_MODEL),
      Map.entry("loopvars", DATA_MODEL),
      Map.entry("defer-lifo", DEFER_AMD64),
      Map.entry("defer-args", DEFER_AMD64),
      Map.entry("defer-loop", DEFER_AMD64),
      Map.entry("defer-opencoded", DEFER_AMD64),
      Map.entry("defer-stack", DEFER_AMD64),
      Map.entry("defer-manyreturns", DEFER_AMD64),
      Map.entry("defer-closure", DEFER_AMD64),
      Map.entry("defer-builtins", DEFER_AMD64),
      Map.entry("defer-methods", DEFER_AMD64),
      Map.entry("defer-methodvalue", DEFER_AMD64),
      Map.entry("defer-funcvalue", DEFER_AMD64),
      Map.entry("defer-nilfunc", DEFER_AMD64),
      Map.entry("defer-nilfunc-crash", DEFER_AMD64),
      Map.entry("defer-namedresults", DEFER_AMD64),
      Map.entry("defer-errwrap", DEFER_AMD64),
      Map.entry("defer-unlock", DEFER_AMD64),
      Map.entry("defer-recursion", DEFER_AMD64),
      Map.entry("defer-osexit", DEFER_AMD64),
      Map.entry("defer-scope", DEFER_AMD64),
      Map.entry("defer-trace", DEFER_AMD64),
      Map.entry("recover-basic", DEFER_AMD64),
      Map.entry("recover-nopanic", DEFER_AMD64),
      Map.entry("recover-direct", DEFER_AMD64),
      Map.entry("recover-results", DEFER_AMD64),
      Map.entry("recover-repanic", DEFER_AMD64),
      Map.entry("recover-frames", DEFER_AMD64),
      Map.entry("recover-loop", DEFER_AMD64),
      Map.entry("recover-replaced", DEFER_AMD64),
      Map.entry("recover-values", DEFER_AMD64),
      Map.entry("recover-toerror", DEFER_AMD64),
      Map.entry("recover-panicnil", DEFER_AMD64),
      Map.entry("recover-deferpanic", DEFER_AMD64),
      Map.entry("rterr-divide", DEFER_AMD64),
      Map.entry("rterr-index", DEFER_AMD64),
      Map.entry("rterr-slice", DEFER_AMD64),
      Map.entry("rterr-nilmap", DEFER_AMD64),
      Map.entry("rterr-nilderef", DEFER_AMD64),
      Map.entry("rterr-assert", DEFER_AMD64),
      Map.entry("rterr-shift", DEFER_AMD64),
      Map.entry("rterr-make", DEFER_AMD64),
      Map.entry("rterr-runtimeerror", DEFER_AMD64),
      Map.entry("rterr-types", DEFER_AMD64),
      Map.entry("panic-error", DEFER_AMD64),
      Map.entry("panic-customerror", DEFER_AMD64),
      Map.entry("panic-stringer", DEFER_AMD64),
      Map.entry("panic-int", DEFER_AMD64),
      Map.entry("panic-string", DEFER_AMD64),
      Map.entry("panic-float", DEFER_AMD64),
      Map.entry("panic-struct", DEFER_AMD64),
      Map.entry("panic-chain-types", DEFER_AMD64),
      Map.entry("panic-repanic", DEFER_AMD64),
      Map.entry("panic-indefer", DEFER_AMD64),
      Map.entry("panic-runtime-repanic", DEFER_AMD64),
      Map.entry("panic-nil", DEFER_AMD64),
      Map.entry("panic-deferruns", DEFER_AMD64),
      Map.entry("goexit", DEFER_AMD64));

  /** Examples the JVM backend cannot run yet, each with the reason: reported as skipped, never silent. */
  static final Map<String, String> JVM_PENDING = Map.ofEntries();

  @TestFactory
  Stream<DynamicTest> printsWhatGoPrints() {
    return Examples.all().stream().map(e -> dynamicTest(e.name(), () -> {
      org.junit.jupiter.api.Assumptions.assumeFalse(JVM_PENDING.containsKey(e.name()),
          () -> e.name() + " does not run on the JVM backend yet: " + JVM_PENDING.get(e.name()));
      check(e, "jvm");
    }));
  }

  /** The whole suite again under each forced defer strategy: each must print exactly the same. */
  @TestFactory
  Stream<org.junit.jupiter.api.DynamicContainer> printsWhatGoPrintsUnderEachDeferStrategy() {
    return Stream.of(Options.DeferMode.HEAP, Options.DeferMode.STACK, Options.DeferMode.OPEN)
        .map(mode -> org.junit.jupiter.api.DynamicContainer.dynamicContainer("defer " + mode,
            Examples.all().stream().map(e -> dynamicTest(e.name(), () -> {
              org.junit.jupiter.api.Assumptions.assumeFalse(JVM_PENDING.containsKey(e.name()),
                  () -> e.name() + " does not run on the JVM backend yet: " + JVM_PENDING.get(e.name()));
              check(e, "jvm", mode);
            }))));
  }

  @TestFactory
  Stream<DynamicTest> printsWhatGoPrintsOnAmd64() {
    Assumptions.assumeTrue(System.getProperty("os.name").equals("Linux")
        && System.getProperty("os.arch").equals("amd64"), "amd64 executables run only on x86-64 Linux");
    return Examples.all().stream().map(e -> dynamicTest(e.name(), () -> {
      String reason = AMD64_UNSUPPORTED.get(e.name());
      if (reason != null) {
        assertThatThrownBy(() -> Compiler.compile(e.program(), "amd64", new Options(true, true)))
            .as("%s is listed as unsupported on amd64 (%s)", e.name(), reason)
            .isInstanceOf(CompileException.class)
            .hasMessageContaining("gosem's amd64 backend does not support");
        return;
      }
      check(e, "amd64");
    }));
  }

  private static void check(Example e, String target) throws IOException {
    check(e, target, Options.DeferMode.AUTO);
  }

  private static void check(Example e, String target, Options.DeferMode defer) throws IOException {
    Golden golden = Golden.read(e.name());
    Options o = new Options(true, true).withTags(e.tags()).withDefer(defer);
    RunResult r = Compiler.compile(e.program(), target, o).run();
    assertThat(r.stdout()).as("stdout of %s on %s", e.name(), target).isEqualTo(golden.stdout());
    assertThat(beforeTraceback(r.stderr())).as("stderr of %s on %s (up to a goroutine traceback)", e.name(), target)
        .isEqualTo(beforeTraceback(golden.stderr()));
    assertThat(r.exitCode()).as("exit status of %s on %s", e.name(), target).isEqualTo(golden.exit());
  }

  /**
   * The text before the first line that starts with "goroutine ", or all of it if there is none,
   * with machine addresses blanked: a SIGSEGV line's {@code pc=0x…} and the address Go prints for
   * a panic value of a type without Error or String, {@code panic: (main.T) 0x…}. Neither the JVM
   * nor another Go build has the same ones.
   */
  static String beforeTraceback(String stderr) {
    String head;
    if (stderr.startsWith("goroutine ")) {
      head = "";
    } else {
      int at = stderr.indexOf("\ngoroutine ");
      head = at < 0 ? stderr : stderr.substring(0, at + 1);
    }
    return head.replaceAll("pc=0x[0-9a-f]+", "pc=0x?").replaceAll("(?m)^(\t?panic: \\([^)\n]*\\)) 0x[0-9a-f]+", "$1 0x?");
  }

  @Test
  void beforeTracebackCutsAtTheGoroutineLine() {
    assertThat(beforeTraceback("panic: x\n\ngoroutine 1 [running]:\nmain.main()\n")).isEqualTo("panic: x\n\n");
    assertThat(beforeTraceback("goroutine 1 [running]:\n")).isEmpty();
    assertThat(beforeTraceback("no goroutine here\n")).isEqualTo("no goroutine here\n");
    assertThat(beforeTraceback("\ngoroutine 1\n")).isEqualTo("\n");
    assertThat(beforeTraceback("panic: (main.Point) 0xc0000a2020\n\tpanic: (main.T) 0x1f\n\ngoroutine 1 [running]:\n"))
        .isEqualTo("panic: (main.Point) 0x?\n\tpanic: (main.T) 0x?\n\n");
    assertThat(beforeTraceback("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4810f4]\n"))
        .isEqualTo("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x?]\n");
    assertThat(beforeTraceback("panic: main.Code(7)\n")).isEqualTo("panic: main.Code(7)\n");
  }

  @TestFactory
  Stream<DynamicTest> typeChecks() {
    return Examples.all().stream().map(e -> dynamicTest(e.name(), () -> TypeChecker.check(
        dev.gosem.api.buildtags.FileSelection.select(e.program(),
            Compiler.buildContext(e.program(), Options.defaults().withTags(e.tags()), "jvm")))));
  }

  @Test
  void everyExampleHasAGoldenAndEveryGoldenAnExample() throws IOException {
    TreeSet<String> examples = new TreeSet<>(Examples.all().stream().map(Example::name).toList());
    TreeSet<String> goldens = new TreeSet<>();
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      dirs.filter(Files::isDirectory).forEach(d -> goldens.add(d.getFileName().toString()));
    }
    assertThat(goldens).as("golden directories in %s (%s)", GOLDEN, REGENERATE).isEqualTo(examples);
    for (String name : goldens) {
      for (String file : List.of("stdout", "stderr", "exit")) {
        assertThat(GOLDEN.resolve(name).resolve(file)).as("%s (%s)", file, REGENERATE).isRegularFile();
      }
    }
  }

  @Test
  void examplesHaveDistinctNames() {
    List<String> names = Examples.all().stream().map(Example::name).toList();
    assertThat(names).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(16);
  }

  /** A golden was made from the source the example prints now; otherwise it may be stale. */
  @TestFactory
  Stream<DynamicTest> goldensWereMadeFromTheCurrentSource() {
    return Examples.all().stream().map(e -> dynamicTest(e.name(), () -> {
      Map<String, String> files = new java.util.TreeMap<>(GoPrinter.print(e.program(), GoPrinter.Options.go119()));
      files.remove("go.mod"); // goldens keep the Go files
      assertThat(Golden.read(e.name()).sources()).as("golden Go files of %s (%s)", e.name(), REGENERATE)
          .isEqualTo(files);
    }));
  }

  @Test
  void printedSourceIsGofmtClean(@TempDir Path dir) throws IOException, InterruptedException {
    Assumptions.assumeTrue(onPath("gofmt"), "gofmt is not on PATH");
    for (Example e : Examples.all()) {
      for (GoPrinter.Options options : List.of(GoPrinter.Options.standard(), GoPrinter.Options.go119())) {
        Path out = dir.resolve(e.name() + (options.lowersToGo119() ? "-go119" : ""));
        Files.createDirectories(out);
        for (var f : GoPrinter.print(e.program(), options).entrySet()) {
          if (!f.getKey().endsWith(".go")) continue;
          Path file = out.resolve(f.getKey());
          Files.createDirectories(file.getParent());
          Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
        }
      }
    }
    Process gofmt = new ProcessBuilder("gofmt", "-l", dir.toString()).redirectErrorStream(true).start();
    String listed = new String(gofmt.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(gofmt.waitFor()).as("gofmt exit status; it printed:\n%s", listed).isZero();
    assertThat(listed).as("files gofmt would change").isEmpty();
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) return false;
    return Stream.of(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, command)));
  }
}
