package dev.gosem.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.gosem.ir.Options.DeferMode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The comparison rules: stderr up to the goroutine line, hex addresses masked, nothing else. */
class HarnessTest {
  @Test
  void stderrIsComparedUpToTheGoroutineLine() {
    String go = "panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\nmain.main()\n\tfuzz/p1/main.go:5 +0x1d\nexit status 2\n";
    String gosem = "panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\nmain.main()\n\tmain.go:5\n";
    assertThat(Diff.compare(new Outcome("", go, 2, false), new Outcome("", gosem, 2, false))).isNull();
    assertThat(Diff.normalizeStderr("panic: main.T{p:0xc000012345}\n")).isEqualTo("panic: main.T{p:0x?}\n");
  }

  @Test
  void differencesAreNamed() {
    Diff.Mismatch m = Diff.compare(new Outcome("1\n2\n", "", 0, false), new Outcome("1\n3\n", "", 0, false));
    assertThat(m.kind()).isEqualTo(Diff.Kind.STDOUT);
    assertThat(m.summary()).isEqualTo("stdout: line 2: Go \"2\", gosem \"3\"");
    assertThat(Diff.compare(new Outcome("", "", 0, false), new Outcome("", "", 2, false)).kind()).isEqualTo(Diff.Kind.EXIT);
    assertThat(Diff.compare(new Outcome("", "", 0, false), Outcome.timeout("", "")).kind()).isEqualTo(Diff.Kind.TIMEOUT);
  }

  @Test
  void forcedDeferStrategiesAreSettingsOfTheirOwn() {
    assertThat(Setting.of(Target.JVM).label()).isEqualTo("jvm");
    assertThat(Setting.of(Target.JVM_N).label()).isEqualTo("jvm -N");
    assertThat(new Setting(Target.JVM, DeferMode.HEAP).label()).isEqualTo("jvm -O defer=heap");
    assertThat(new Setting(Target.JVM_N, DeferMode.OPEN).label()).isEqualTo("jvm -N defer=open");
    assertThat(new Setting(Target.JVM_N, DeferMode.STACK).flags()).isEqualTo("--target jvm-N --defer stack");
    assertThat(Setting.parseForced("all")).containsExactly(DeferMode.HEAP, DeferMode.STACK, DeferMode.OPEN);
    assertThat(Setting.parseForced("auto")).isEmpty();
    assertThat(Setting.parseForced("open,heap")).containsExactly(DeferMode.OPEN, DeferMode.HEAP);

    Fuzzer.Config c = Fuzzer.Config.of(1, 1).withTargets(List.of(Target.JVM, Target.JVM_N, Target.AMD64));
    // Without a defer statement every strategy compiles the same program: Go's choice only.
    assertThat(c.settings(7, false)).extracting(Setting::label).containsExactly("jvm", "jvm -N", "amd64");
    assertThat(c.settings(7, true)).extracting(Setting::label).containsExactly("jvm", "jvm -N", "amd64",
        "jvm -O defer=heap", "jvm -O defer=stack", "jvm -O defer=open", "jvm -N defer=heap", "jvm -N defer=stack", "jvm -N defer=open");
    // CI's budget: one forced strategy per program, in turn by seed, on the first JVM target.
    assertThat(c.withRotatedDefers().settings(7, true)).extracting(Setting::label).containsExactly("jvm", "jvm -N", "amd64", "jvm -O defer=stack");
    assertThat(c.withForcedDefers(List.of()).settings(7, true)).hasSize(3);
  }

  /**
   * Seed 36 (without goroutines, as it was made before them): its main defers a recovering literal, then divides by zero at run time: every setting
   * must print Go's "recovered: runtime error: integer divide by zero" and exit 0.
   */
  @Test
  void recoveredRuntimeErrorUnderEveryDeferStrategy() {
    Program p = ToProgram.of(Generator.generate(36, Feature.parse("-goroutines")));
    String src = GoPrinter.print(p, GoPrinter.Options.go119()).get("main.go");
    assertThat(src).contains("defer func() {\n\t\tif r21 := recover(); r21 != nil {").contains("panic(errors.New(\"négatif\"))");
    for (Setting s : Fuzzer.Config.of(36, 1).settings(36, true)) {
      Gosem.Result r = Gosem.run(p, s, Duration.ofSeconds(30));
      assertThat(r).as(s.label()).isInstanceOf(Gosem.Ran.class);
      Outcome o = ((Gosem.Ran) r).outcome();
      assertThat(o.exit()).as(s.label() + ": " + o.stderr()).isZero();
      assertThat(o.stdout()).as(s.label()).contains("recovered: runtime error: integer divide by zero\n");
    }
  }

  @Test
  void deferProgramMatchesGoUnderEveryStrategy() {
    Assumptions.assumeTrue(GoToolchain.available(), "go is not on PATH: the fuzzer needs go build as its oracle");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Fuzzer.Config c = Fuzzer.Config.of(36, 1).withFeatures(Feature.parse("-goroutines"));
    Fuzzer.Summary s = new Fuzzer(c, new PrintStream(log, true, StandardCharsets.UTF_8)).run();
    assertThat(s.passed).as(log.toString(StandardCharsets.UTF_8)).isEqualTo(1);
    assertThat(s.goOutcomes).containsExactly(java.util.Map.entry("exit 0", 1));
  }

  /**
   * Seed 51 has six goroutines: a pipeline (producer, stage, main ranging), a total under a Mutex
   * or in an atomic, a buffered queue, a select and ping-pong. Both JVM targets print what Go
   * prints, every time (its output does not depend on the scheduler).
   */
  @Test
  void goroutineProgramMatchesGo() {
    Assumptions.assumeTrue(GoToolchain.available(), "go is not on PATH: the fuzzer needs go build as its oracle");
    String src = GoPrinter.print(ToProgram.of(Generator.generate(51)), GoPrinter.Options.go119()).get("main.go");
    assertThat(src).contains("\tgo func(").contains("make(chan ").contains("\"sync").contains("select {").contains("close(");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Fuzzer.Config c = Fuzzer.Config.of(51, 1).withTargets(List.of(Target.JVM, Target.JVM_N)).withRotatedDefers();
    Fuzzer.Summary s = new Fuzzer(c, new PrintStream(log, true, StandardCharsets.UTF_8)).run();
    assertThat(s.passed).as(log.toString(StandardCharsets.UTF_8)).isEqualTo(1);
  }
}
