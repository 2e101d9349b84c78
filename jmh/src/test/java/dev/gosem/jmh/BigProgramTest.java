package dev.gosem.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import dev.gosem.api.print.GoPrinter;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import dev.gosem.ir.backend.RunResult;
import org.junit.jupiter.api.Test;

/** The benchmark's program is what it claims: well typed, verifiable, runnable, deterministic. */
class BigProgramTest {
  @Test
  void generatedProgramCompilesWithVerifierOnAndRuns() {
    Program p = BigProgram.generate(2_000, 100, 1);
    RunResult r = Compiler.compile(p, "jvm", new Options(true, true)).run();
    assertThat(r.exitCode()).isZero();
    assertThat(r.stdout()).matches("-?\\d+\n");
    RunResult unoptimized = Compiler.compile(p, "jvm", new Options(false, true)).run();
    assertThat(unoptimized).isEqualTo(r);
  }

  @Test
  void sameSeedSameProgram() {
    assertThat(GoPrinter.print(BigProgram.generate(500, 50, 7)))
        .isEqualTo(GoPrinter.print(BigProgram.generate(500, 50, 7)));
  }
}
