package dev.gosem.fuzz;

import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.lit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.types.Types;
import dev.gosem.fuzz.run.Diff;
import dev.gosem.fuzz.run.Gosem;
import dev.gosem.fuzz.run.Outcome;
import dev.gosem.fuzz.run.Target;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bugs the fuzzer found and that are fixed, each as the shrunk program (builder code, as the
 * finding's ReproNNN.java had it) with what Go 1.19 prints for it. The ids are those of
 * docs/fuzzing.md.
 */
class RegressionTest {
  private static void expect(Program p, String stdout, String stderr, int exit) {
    Outcome want = new Outcome(stdout, stderr, exit, false);
    for (Target t : targets()) {
      Gosem.Result r = Gosem.run(p, t, Duration.ofSeconds(30));
      assertThat(Diff.compare(want, r)).as("%s on %s: %s", p.name(), t.label(), r).isNull();
    }
  }

  private static List<Target> targets() {
    boolean x86 = System.getProperty("os.name").equals("Linux") && System.getProperty("os.arch").equals("amd64");
    return x86 ? List.of(Target.JVM, Target.JVM_N, Target.AMD64, Target.AMD64_N) : List.of(Target.JVM, Target.JVM_N);
  }

  /** F1: a divisor that constant propagation proves zero still panics (amd64 died of SIGFPE). */
  @Test
  void f1DivisorKnownToBeZero() {
    Program p = Go.program("f1", prog -> prog.file("main.go", f -> f.func("main", fn -> {
      fn.var("v18", Types.INT, lit(1));
      fn.assign(id("v18"), lit(0));
      fn.println(lit(7).rem(id("v18")));
    })));
    expect(p, "", "panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\n", 2);
  }
}
