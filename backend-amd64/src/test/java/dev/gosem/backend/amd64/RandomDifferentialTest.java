package dev.gosem.backend.amd64;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import dev.gosem.api.check.CompileException;
import dev.gosem.api.print.GoPrinter;
import dev.gosem.ir.backend.RunResult;
import org.junit.jupiter.api.Test;

/**
 * Random programs (see {@link RandomPrograms}) print the same on amd64 as on the JVM backend,
 * odd seeds with the optimization passes, even seeds without. More with
 * -Dgosem.random.programs=N (600 ran clean when the generator was written).
 */
class RandomDifferentialTest {
  static final int PROGRAMS = Integer.getInteger("gosem.random.programs", 30);

  @Test
  void amd64AgreesWithTheJvmBackend() {
    int checked = 0;
    for (long seed = 1; seed <= PROGRAMS; seed++) {
      Program p = RandomPrograms.make(seed);
      try {
        Amd64Testing.sameAsJvm(p, seed % 2 == 1);
        checked++;
      } catch (CompileException e) {
        throw new AssertionError("seed " + seed + " does not compile: " + e.getMessage() + "\n" + GoPrinter.print(p.files().getFirst()), e);
      } catch (AssertionError e) {
        throw new AssertionError("seed " + seed + ":\n" + GoPrinter.print(p.files().getFirst()) + "\n" + e.getMessage(), e);
      }
    }
    assertThat(checked).isEqualTo(PROGRAMS);
  }
}
