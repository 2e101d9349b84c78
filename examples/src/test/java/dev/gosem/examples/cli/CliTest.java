package dev.gosem.examples.cli;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.osExit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;
import dev.gosem.examples.Example;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CliTest runs gosem command lines over examples of its own and checks what they print. */
class CliTest {
  static final Example FIB = new Example("fib", "recursive Fibonacci numbers", CliTest::fib);
  static final Example EXIT = new Example("exit3", "prints to both streams, exits 3", CliTest::exit3);
  static final Example BAD = new Example("bad", "does not type-check", CliTest::bad);
  static final Example TWO_FILES = new Example("twofiles", "", CliTest::twoFiles);
  static final Example SUFFIXED = new Example("suffixed", "files picked by GOOS/GOARCH suffixes", CliTest::suffixed);
  static final Example DEFERS = new Example("defers", "defers in a loop and out of one", CliTest::defers);
  static final Example BROKEN = new Example("broken", "its builder throws", () -> {
    throw new IllegalStateException("Builder bug\nsecond line");
  });
  static final Example OVERFLOW = new Example("overflow", "its builder overflows", () -> {
    throw new StackOverflowError();
  });

  static Program fib() {
    return Go.program("fib", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("fib", fn -> {
        Var n = fn.param("n", Types.INT);
        fn.result(Types.INT);
        fn.ifThen(n.lt(2), t -> t.ret(n));
        fn.ret(call("fib", n.sub(1)).add(call("fib", n.sub(2))));
      });
      f.func("main", b -> b.rangeInt("i", 10, (body, i) -> body.call(fmtPrintln(i, call("fib", i)))));
    }));
  }

  static Program exit3() {
    return Go.program("exit3", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "os");
      f.func("main", b -> {
        b.call(fmtPrintln("out", "é"));
        b.println("err");
        b.call(osExit(3));
      });
    }));
  }

  static Program bad() {
    return Go.program("bad", prog -> prog.file("main.go", f -> f.func("main", b -> {
      Var x = b.define("x", 1);
      b.assign(x, "one");
      b.println(x);
    })));
  }

  static Program defers() {
    return Go.program("defers", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("loop", b -> b.rangeInt("i", 2, (body, i) -> body.defer(fmtPrintln("loop", i))));
      f.func("main", b -> {
        b.defer(fmtPrintln("main"));
        b.call("loop");
      });
    }));
  }

  static Program twoFiles() {
    return Go.program("twofiles", prog -> prog
        .file("main.go", f -> f.func("main", b -> b.call("hello")))
        .file("hello.go", f -> f.func("hello", b -> b.println("hello"))));
  }

  static Program suffixed() {
    return Go.program("suffixed", prog -> prog
        .file("main.go", f -> f.func("main", b -> b.call("hello")))
        .file("hello_linux_jvm.go", f -> f.func("hello", b -> b.println("linux/jvm")))
        .file("hello_amd64.go", f -> f.func("hello", b -> b.println("amd64")))
        .file("hello_windows.go", f -> f.func("hello", b -> b.println("windows"))));
  }

  @Test
  void filesSaysWhichFilesTheBuildKeepsAndWhy() {
    Outcome o = gosem("files", "suffixed");
    assertThat(o.status()).isZero();
    assertThat(o.out()).isEqualTo("""
        main.go: included (no build constraint)
        hello_linux_jvm.go: included (no build constraint)
        hello_amd64.go: excluded (GOARCH is jvm, not amd64)
        hello_windows.go: excluded (GOOS is linux, not windows)
        """);
    assertThat(gosem("run", "suffixed")).isEqualTo(new Outcome(0, "", "linux/jvm\n"));
  }

  @Test
  void defersReportsEachStrategyAndWhy() {
    Outcome o = gosem("defers", "defers");
    assertThat(o.status()).isZero();
    List<String> lines = o.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).matches("CliTest\\.java:\\d+:\\d+: heap-allocated defer; in a loop");
    assertThat(lines.get(1)).matches("CliTest\\.java:\\d+:\\d+: open-coded defer");
    assertThat(gosem("defers", "defers", "-N").out()).contains(
        "stack-allocated defer; not open-coded: optimizations are off (-N)");
    assertThat(gosem("defers", "defers", "--defer", "heap").out()).contains("heap-allocated defer; forced by --defer heap");
    assertThat(gosem("run", "defers", "--defer", "stack")).isEqualTo(new Outcome(0, "loop 1\nloop 0\nmain\n", ""));
    assertUsage(gosem("run", "defers", "--defer", "sideways"),
        "gosem: invalid value for option '--defer': unknown defer strategy \"sideways\" (heap, stack, open or auto)"
            + " (see ./gosem run --help)");
  }

  /** What one command line printed and returned. */
  record Outcome(int status, String out, String err) {}

  static Outcome gosem(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Env env = new Env(List.of(FIB, EXIT, BAD, TWO_FILES, SUFFIXED, DEFERS, BROKEN, OVERFLOW),
        new PrintStream(out, false, StandardCharsets.UTF_8),
        new PrintStream(err, false, StandardCharsets.UTF_8), false);
    int status = Main.execute(env, args);
    return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Asserts a usage error: status 2, nothing on stdout, exactly one line on stderr. */
  static void assertUsage(Outcome o, String line) {
    assertThat(o.status()).isEqualTo(2);
    assertThat(o.out()).isEmpty();
    assertThat(o.err()).isEqualTo(line + "\n");
  }

  @Test
  void listPadsNamesToOneColumn() {
    assertThat(gosem("list")).isEqualTo(new Outcome(0, """
        fib       recursive Fibonacci numbers
        exit3     prints to both streams, exits 3
        bad       does not type-check
        twofiles
        suffixed  files picked by GOOS/GOARCH suffixes
        defers    defers in a loop and out of one
        broken    its builder throws
        overflow  its builder overflows
        """, ""));
  }

  @Test
  void runPrintsTheProgramsOutput() {
    Outcome o = gosem("run", "fib");
    assertThat(o.status()).isZero();
    assertThat(o.out()).startsWith("0 0\n1 1\n2 1\n3 2\n").endsWith("9 34\n");
    assertThat(o.err()).isEmpty();
  }

  @Test
  void runExitsWithTheProgramsStatus() {
    for (String[] args : new String[][] {{"run", "exit3"}, {"run", "exit3", "-N"}, {"run", "--target", "jvm", "exit3"}}) {
      assertThat(gosem(args)).isEqualTo(new Outcome(3, "out é\n", "err\n"));
    }
  }

  @Test
  void compileErrorsAreGoStyleLinesAndExit1() {
    for (String command : new String[] {"run", "ssa", "build"}) {
      Outcome o = gosem(command, "bad");
      assertThat(o.status()).as(command).isEqualTo(1);
      assertThat(o.out()).isEmpty();
      assertThat(o.err().lines().toList()).isNotEmpty()
          .allMatch(l -> l.matches("[^:]+:\\d+(:\\d+)?: .+"), "file:line[:col]: message")
          .anySatisfy(l -> assertThat(l).contains("\"one\""));
    }
  }

  @Test
  void goPrintsGofmtSource() {
    Outcome o = gosem("go", "fib");
    assertThat(o.status()).isZero();
    assertThat(o.err()).isEmpty();
    assertThat(o.out()).startsWith("package main\n").contains("func fib(n int) int {\n").contains("range 10");
  }

  @Test
  void goWithGo119LowersRangeOverInt() {
    Outcome o = gosem("go", "fib", "--go119");
    assertThat(o.status()).isZero();
    assertThat(o.out()).startsWith("package main\n").doesNotContain("range 10").contains("for ");
  }

  @Test
  void goPrintsSeveralFilesAsTxtar() {
    Outcome o = gosem("go", "twofiles");
    assertThat(o.status()).isZero();
    assertThat(o.out()).startsWith("-- main.go --\npackage main\n").contains("\n-- hello.go --\npackage main\n");
  }

  @Test
  void goWritesFilesIntoADirectory(@TempDir Path dir) throws Exception {
    Outcome o = gosem("go", "twofiles", "--dir", dir.toString());
    assertThat(o).isEqualTo(new Outcome(0, "", ""));
    assertThat(Files.readString(dir.resolve("hello.go"))).startsWith("package main\n");
    assertThat(Files.readString(dir.resolve("main.go"))).contains("hello()");
  }

  @Test
  void ssaDumpsTheModuleOrOneFunction() {
    Outcome all = gosem("ssa", "fib");
    assertThat(all.status()).isZero();
    assertThat(all.out()).contains("func fib(n int) int\n").contains("func main()");
    Outcome one = gosem("ssa", "fib", "--func", "fib", "-N", "--verify");
    assertThat(one.status()).isZero();
    assertThat(one.out()).startsWith("func fib(n int) int\nb0:").doesNotContain("func main");
  }

  @Test
  void ssaUnknownFunctionIsAUsageError() {
    Outcome o = gosem("ssa", "fib", "--func", "nope");
    assertThat(o.status()).isEqualTo(2);
    assertThat(o.out()).isEmpty();
    assertThat(o.err()).startsWith("gosem: no function \"nope\" in example fib (functions: ").endsWith(")\n")
        .hasLineCount(1);
  }

  @Test
  void buildWritesARunnableJar(@TempDir Path dir) throws Exception {
    Path jar = dir.resolve("fib.jar");
    assertThat(gosem("build", "fib", "--target", "jvm", "-o", jar.toString())).isEqualTo(new Outcome(0, "", ""));
    try (JarFile j = new JarFile(jar.toFile())) {
      assertThat(j.getManifest().getMainAttributes().getValue("Main-Class")).isNotBlank();
    }
  }

  @Test
  void buildOverAFileFailsInOneLine(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("file"), "");
    Outcome o = gosem("build", "fib", "-o", file.resolve("fib.jar").toString());
    assertThat(o.status()).isEqualTo(1);
    assertThat(o.err()).startsWith("gosem: cannot write ").hasLineCount(1);
  }

  @Test
  void amd64TargetRunsAndBuildsAnElfExecutable(@TempDir Path dir) throws Exception {
    assertThat(gosem("run", "--target", "amd64", "exit3")).isEqualTo(new Outcome(3, "out é\n", "err\n"));
    Path exe = dir.resolve("fib");
    assertThat(gosem("build", "fib", "--target", "amd64", "-o", exe.toString())).isEqualTo(new Outcome(0, "", ""));
    byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(exe), 4);
    assertThat(head).isEqualTo(new byte[] {0x7f, 'E', 'L', 'F'});
    Process p = new ProcessBuilder(exe.toString()).start();
    assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).endsWith("9 34\n");
    assertThat(p.waitFor()).isZero();
  }

  @Test
  void asmDisassemblesTheProgramsFunctions() {
    org.junit.jupiter.api.Assumptions.assumeTrue(onPath("objdump"), "objdump is not installed");
    Outcome o = gosem("asm", "fib");
    assertThat(o.status()).isZero();
    assertThat(o.out()).contains("<main.fib>:", "<main.main>:", "call").doesNotContain("<runtime.printint>:");
    Outcome one = gosem("asm", "fib", "--func", "fib");
    assertThat(one.out()).startsWith("0000000000").contains("<main.fib>:").doesNotContain("<main.main>:");
    assertThat(gosem("asm", "fib", "--all").out()).contains("<runtime.printint>:", "<_rt0_amd64_linux>:");
    Outcome bad = gosem("asm", "fib", "--func", "nope");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).startsWith("gosem: no function \"nope\" in example fib (functions: ").hasLineCount(1);
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
        .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
  }

  @Test
  void unknownNamesAreOneLineUsageErrors() {
    for (String command : new String[] {"run", "go", "ssa", "build", "asm"}) {
      assertUsage(gosem(command, "foo"), "gosem: unknown example \"foo\" (see ./gosem list)");
    }
    assertUsage(gosem("bogus"), "gosem: unknown command \"bogus\" (see ./gosem --help)");
    Outcome target = gosem("run", "fib", "--target", "pdp11");
    assertThat(target.status()).isEqualTo(2);
    assertThat(target.err()).startsWith("gosem: unknown target \"pdp11\"").contains("jvm").hasLineCount(1);
  }

  @Test
  void badFlagsAndMissingArgumentsAreOneLineUsageErrors() {
    assertUsage(gosem(), "gosem: missing command (see ./gosem --help)");
    assertUsage(gosem("run"), "gosem: missing required parameter: 'NAME' (see ./gosem run --help)");
    assertUsage(gosem("run", "fib", "--fast"), "gosem: unknown option: '--fast' (see ./gosem run --help)");
    assertUsage(gosem("go", "fib", "extra"), "gosem: unexpected argument \"extra\" (see ./gosem go --help)");
    assertUsage(gosem("ssa", "fib", "--func"), "gosem: missing required parameter for option '--func' (F) (see ./gosem ssa --help)");
    assertUsage(gosem("--nope"), "gosem: unknown option: '--nope' (see ./gosem --help)");
  }

  @Test
  void internalErrorsAreOneLineAndExit3() {
    assertThat(gosem("run", "broken"))
        .isEqualTo(new Outcome(3, "", "gosem: internal error: java.lang.IllegalStateException: Builder bug\n"));
    assertThat(gosem("go", "overflow"))
        .isEqualTo(new Outcome(3, "", "gosem: internal error: java.lang.StackOverflowError\n"));
  }

  @Test
  void helpAndVersion() {
    Outcome help = gosem("--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).startsWith("Usage: gosem").contains("list", "run", "go", "ssa", "build", "asm", "Exit status:");
    Outcome runHelp = gosem("run", "--help");
    assertThat(runHelp.status()).isZero();
    assertThat(runHelp.out()).startsWith("Usage: gosem run").contains("--target", "-N");
    Outcome version = gosem("--version");
    assertThat(version.status()).isZero();
    assertThat(version.out()).startsWith("gosem ");
  }
}
