package dev.gosem.ir.build;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Intrinsic;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.Value;
import org.junit.jupiter.api.Test;

/** Lowering details that the verifier alone does not pin down. */
class LoweringTest {
  private static Func main(Program p, boolean optimize) {
    return Compiler.lower(p, new Options(optimize, true)).func("main");
  }

  private static Program withHelpers(java.util.function.Consumer<dev.gosem.api.build.FuncBuilder> body) {
    return Go.program("p", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("pick", fn -> {
        Var b = fn.param("b", BOOL);
        fn.result(INT);
        fn.ifThen(b, t -> t.ret(1));
        fn.ret(0);
      });
      f.func("word", fn -> {
        Var b = fn.param("b", BOOL);
        fn.result(STRING);
        fn.ifThen(b, t -> t.ret("yes"));
        fn.ret("no");
      });
      f.func("divmod", fn -> {
        Var a = fn.param("a", INT);
        Var b = fn.param("b", INT);
        fn.results(INT, INT);
        fn.ret(a.div(b), a.rem(b));
      });
      f.func("main", body);
    }));
  }

  /**
   * Regression: s[i] and len(s) placed their value in the block where the expression started,
   * before && or || in an operand had moved lowering to another block, so the value used an
   * operand defined after it.
   */
  @Test
  void indexAndLenOfShortCircuitOperands() {
    Program p = withHelpers(fn -> {
      Var s = fn.define("s", "hello");
      Var a = fn.define("a", 1);
      fn.call(fmtPrintln(
          s.index(call("pick", a.gt(0).andAlso(a.lt(5)))),
          call("word", a.gt(3).orElse(a.lt(0))).index(a.sub(1)),
          len(call("word", a.eq(1).andAlso(a.ne(2))))));
      fn.inc(a);
    });
    for (boolean optimize : new boolean[] {false, true}) {
      Func main = main(p, optimize);
      for (Value v : main.allValues()) {
        if (v.op() == Op.STRINDEX || v.op() == Op.STRLEN) {
          for (Value arg : v.args()) {
            assertThat(arg.block() == v.block() || arg.op() == Op.CONST || arg.op() == Op.PHI)
                .as("%s's operand %s", v, arg).isTrue();
          }
        }
      }
    }
  }

  /** fmt.Println(f()) with f returning two values prints two operands, not one tuple. */
  @Test
  void multiValueCallSpreadsIntoVariadicArguments() {
    Program p = withHelpers(fn -> {
      fn.call(fmtPrintln(call("divmod", 7, 2)));
      fn.println(call("divmod", 9, 4));
    });
    Func main = main(p, false);
    Value println = main.allValues().stream()
        .filter(v -> v.op() == Op.INTRINSIC && v.aux() == Intrinsic.FMT_PRINTLN).findFirst().orElseThrow();
    assertThat(println.args()).hasSize(2).allSatisfy(a -> {
      assertThat(a.op()).isEqualTo(Op.EXTRACT);
      assertThat(a.type()).isEqualTo(INT);
    });
    assertThat(main.allValues()).filteredOn(v -> v.op() == Op.INTRINSIC && v.aux() == Intrinsic.PRINT)
        .hasSize(2).allSatisfy(v -> assertThat(v.arg(0).op()).isEqualTo(Op.EXTRACT));
  }

  /** a && (b || c) as a value: one phi per join, each merging the short-circuit constant. */
  @Test
  void nestedShortCircuitValue() {
    Program p = withHelpers(fn -> {
      Var a = fn.define("a", 3);
      Var v = fn.define("v", a.gt(0).andAlso(Go.paren(a.lt(2).orElse(a.eq(3)))));
      fn.call(fmtPrintln(v));
    });
    Func main = main(p, false);
    assertThat(main.allValues()).filteredOn(v -> v.op() == Op.PHI).hasSize(2)
        .allSatisfy(phi -> assertThat(phi.type()).isEqualTo(BOOL));
  }
}
