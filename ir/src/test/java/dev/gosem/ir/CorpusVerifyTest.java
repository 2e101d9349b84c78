package dev.gosem.ir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gosem.api.check.TypeChecker;
import dev.gosem.api.check.TypeInfo;
import dev.gosem.ir.build.SsaBuilder;
import dev.gosem.ir.pass.Pass;
import dev.gosem.ir.pass.Passes;
import dev.gosem.ir.ssa.Block;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Module;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.Value;
import dev.gosem.ir.ssa.Verifier;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every corpus program lowers to IR that the verifier accepts after construction and after
 * each pass of the pipeline, with optimization on and off.
 */
class CorpusVerifyTest {
  static List<Corpus.Case> corpus() {
    return Corpus.all();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void verifiesWithoutOptimizing(Corpus.Case c) {
    Module m = Compiler.lower(c.program(), new Options(false, true));
    assertThat(m.func("main")).isNotNull();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void verifiesAfterEveryPass(Corpus.Case c) {
    Module m = Compiler.lower(c.program(), new Options(true, true));
    Verifier.verify(m);
  }

  /** The passes one at a time, each followed by a whole-module check (calls against callees). */
  @ParameterizedTest
  @MethodSource("corpus")
  void verifiesPassByPass(Corpus.Case c) {
    TypeInfo info = TypeChecker.check(c.program());
    Module m = SsaBuilder.build(c.program(), info);
    Verifier.verify(m);
    for (Pass p : Passes.ALL) {
      for (Func f : m.funcList()) Passes.run(f, false, List.of(p));
      try {
        Verifier.verify(m);
      } catch (IllegalStateException e) {
        throw new AssertionError(c.name() + " after " + p.name() + ": " + e.getMessage(), e);
      }
    }
  }

  /** Optimizing twice changes nothing the second time, and still verifies. */
  @ParameterizedTest
  @MethodSource("corpus")
  void optimizingAgainVerifies(Corpus.Case c) {
    Module m = Compiler.lower(c.program(), new Options(true, true));
    Passes.run(m, true);
    Verifier.verify(m);
  }

  @Test
  void loopsNeedPhis() {
    Module m = Compiler.lower(Corpus.loops(), new Options(true, true));
    long phis = m.func("main").allValues().stream().filter(v -> v.op() == Op.PHI).count();
    assertThat(phis).as("loop-carried variables of main").isGreaterThanOrEqualTo(5);
  }

  @Test
  void unreachableCodeIsRemoved() {
    Module m = Compiler.lower(Corpus.unreachable(), new Options(true, true));
    Func early = m.func("early");
    assertThat(early.blocks()).hasSize(1);
    assertThat(early.entry().controls()).singleElement().extracting(Value::op).isEqualTo(Op.PARAM);
  }

  @Test
  void constantBranchesFold() {
    Module m = Compiler.lower(Corpus.deadValues(), new Options(true, true));
    Func main = m.func("main");
    for (Block b : main.blocks()) {
      for (Value c : b.controls()) assertThat(c.isConst()).as("control of %s", b).isFalse();
    }
    // g computes x, which nobody needs: the arithmetic on it is gone, across blocks.
    Func g = m.func("g");
    assertThat(g.allValues()).extracting(Value::op).doesNotContain(Op.MUL);
    assertThat(g.allValues()).filteredOn(v -> v.op() == Op.ADD).hasSize(1); // the range counter
  }

  /** A pass that breaks the IR is named in the failure, so the verifier really runs after each. */
  @Test
  void brokenPassIsCaught() {
    Module m = Compiler.lower(Corpus.loops(), new Options(false, true));
    Pass breaker = new Pass("breaker", "drops the first phi's last argument", f -> {
      for (Value v : f.allValues()) {
        if (v.op() == Op.PHI) {
          v.resetArgs();
          return;
        }
      }
    });
    assertThatThrownBy(() -> Passes.run(m.func("main"), true, List.of(Passes.ALL.getFirst(), breaker)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("after pass breaker")
        .hasMessageContaining("has 0 args, expected 2");
  }
}
