package dev.gosem.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import dev.gosem.api.check.TypeChecker;
import dev.gosem.api.print.GoPrinter;
import dev.gosem.fuzz.gen.Feature;
import dev.gosem.fuzz.gen.Generator;
import dev.gosem.fuzz.render.ToProgram;
import dev.gosem.fuzz.tree.Prog;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The generator is deterministic and makes programs gosem's own checker accepts. */
class GeneratorTest {
  private static String go(Prog p) {
    return GoPrinter.print(ToProgram.of(p), GoPrinter.Options.go119()).get("main.go");
  }

  @Test
  void sameSeedSameProgram() {
    for (long seed = 1; seed <= 20; seed++) {
      assertThat(go(Generator.generate(seed))).as("seed %d", seed).isEqualTo(go(Generator.generate(seed)));
    }
    assertThat(go(Generator.generate(1))).isNotEqualTo(go(Generator.generate(2)));
  }

  @Test
  void programsTypeCheckAndLowerToVerifiedIr() {
    for (long seed = 1; seed <= 60; seed++) {
      Program p = ToProgram.of(Generator.generate(seed));
      try {
        TypeChecker.check(p);
        Compiler.lower(p, new Options(true, true));
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ": " + e.getMessage() + "\n" + GoPrinter.print(p, GoPrinter.Options.go119()).get("main.go"), e);
      }
    }
  }

  @Test
  void featuresCanBeTurnedOff() {
    Prog p = Generator.generate(42, EnumSet.noneOf(Feature.class));
    String src = go(p);
    assertThat(src).doesNotContain("float64").doesNotContain("string").doesNotContain("for ").doesNotContain("switch");
    assertThat(p.funcs()).hasSize(1);
  }

  @Test
  void featureSpecs() {
    assertThat(Feature.parse("-floats,+switch")).doesNotContain(Feature.FLOATS).contains(Feature.SWITCH);
    assertThat(Feature.parse("none,+loops")).containsExactly(Feature.LOOPS);
    assertThat(Feature.parse("")).isEqualTo(Feature.defaults());
  }

  @Test
  void deferIsOnByDefaultButNotAScalar() {
    assertThat(Feature.defaults()).contains(Feature.DEFER);
    assertThat(Feature.parse("all")).contains(Feature.DEFER);
    assertThat(Feature.scalars()).doesNotContain(Feature.DEFER);
    assertThat(Feature.parse("-defer")).doesNotContain(Feature.DEFER);
  }

  @Test
  void deferFeatureMakesDefersRecoversAndPanics() {
    int defers = 0;
    int recovers = 0;
    int panics = 0;
    for (long seed = 1; seed <= 40; seed++) {
      String src = go(Generator.generate(seed));
      if (src.contains("\tdefer ")) defers++;
      if (src.contains(" := recover(); ")) recovers++;
      if (src.contains("panic(")) panics++;
      String without = go(Generator.generate(seed, Feature.parse("-defer")));
      assertThat(without).as("seed %d", seed).doesNotContain("defer ").doesNotContain("recover()");
    }
    assertThat(defers).isGreaterThan(20);
    assertThat(recovers).isGreaterThan(10);
    assertThat(panics).isGreaterThan(5);
  }

  /** Every forced defer strategy lowers the generated programs to IR the verifier accepts. */
  @Test
  void deferProgramsLowerUnderEveryStrategy() {
    for (long seed = 1; seed <= 20; seed++) {
      Program p = ToProgram.of(Generator.generate(seed));
      for (Options.DeferMode m : Options.DeferMode.values()) {
        try {
          Compiler.lower(p, new Options(true, true).withDefer(m));
        } catch (RuntimeException e) {
          throw new AssertionError("seed " + seed + ", defer " + m + ": " + e.getMessage(), e);
        }
      }
    }
  }

  @Test
  void goroutinesAreOnByDefaultButNotAScalar() {
    assertThat(Feature.defaults()).contains(Feature.GOROUTINES);
    assertThat(Feature.parse("all")).contains(Feature.GOROUTINES);
    assertThat(Feature.scalars()).doesNotContain(Feature.GOROUTINES);
  }

  /**
   * The goroutines feature makes go statements, channels, selects and sync variables in a good
   * share of programs, and none without it.
   */
  @Test
  void goroutineFeatureMakesGoroutinesChannelsAndSync() {
    int gos = 0;
    int chans = 0;
    int selects = 0;
    int syncs = 0;
    for (long seed = 1; seed <= 40; seed++) {
      String src = go(Generator.generate(seed));
      if (src.contains("\tgo func(")) gos++;
      if (src.contains("make(chan ")) chans++;
      if (src.contains("select {")) selects++;
      if (src.contains("sync.WaitGroup") || src.contains("sync.Mutex") || src.contains("atomic.Int64")) syncs++;
      String without = go(Generator.generate(seed, Feature.parse("-goroutines")));
      assertThat(without).as("seed %d", seed).doesNotContain("go func").doesNotContain("chan ").doesNotContain("\"sync");
    }
    assertThat(gos).isGreaterThan(10);
    assertThat(chans).isGreaterThan(10);
    assertThat(selects).isGreaterThan(2);
    assertThat(syncs).isGreaterThan(5);
  }
}
