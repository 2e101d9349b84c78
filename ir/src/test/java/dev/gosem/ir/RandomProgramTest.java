package dev.gosem.ir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import dev.gosem.api.check.CompileException;
import dev.gosem.api.print.GoPrinter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Random well-typed programs lower to IR that verifies after construction and after every
 * pass, with and without optimization; nothing but CompileException may escape. The count is
 * 400 programs; {@code -Dgosem.random.count=N} and {@code -Dgosem.random.seed=S} run others.
 */
class RandomProgramTest {
  @Test
  void randomProgramsLowerAndVerify() {
    int count = Integer.getInteger("gosem.random.count", 400);
    long first = Long.getLong("gosem.random.seed", 0);
    int compiled = 0;
    List<String> rejected = new ArrayList<>();
    for (long seed = first; seed < first + count; seed++) {
      Program p = RandomPrograms.generate(seed);
      String outcome = null;
      for (boolean optimize : new boolean[] {false, true}) {
        String result;
        try {
          Compiler.lower(p, new Options(optimize, true));
          result = "ok";
        } catch (CompileException e) {
          result = e.getMessage();
        } catch (Throwable t) {
          throw new AssertionError("seed " + seed + ", optimize=" + optimize + ": " + t + "\n"
              + String.join("\n", GoPrinter.print(p).values()), t);
        }
        if (outcome != null) assertThat(result).as("seed %d: same verdict with and without optimizing", seed).isEqualTo(outcome);
        outcome = result;
      }
      if (outcome.equals("ok")) compiled++;
      else rejected.add("seed " + seed + ": " + outcome);
    }
    // The generator aims at well-typed programs: most must get past the type checker, or this
    // test would only exercise its diagnostics.
    assertThat(compiled).as("programs that type-check; rejected: %s", rejected).isGreaterThanOrEqualTo(count * 9 / 10);
  }
}
