package dev.gosem.ir.ssa;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Corpus;
import dev.gosem.ir.Options;
import org.junit.jupiter.api.Test;

/** The text dump is stable (exact text) and deterministic (same program, same text). */
class DumpTest {
  /**
   * <pre>
   * var calls int
   * func fib(n int) int { calls++; if n < 2 { return n }; return fib(n-1) + fib(n-2) }
   * func main() { s := 0; for i := range 10 { s += fib(i) }; fmt.Println(s, "x\n") }
   * </pre>
   */
  static Program fib() {
    return Go.program("fib", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.var("calls", Types.INT);
      f.func("fib", fn -> {
        Var n = fn.param("n", Types.INT);
        fn.result(Types.INT);
        fn.inc(id("calls"));
        fn.ifThen(n.lt(2), t -> t.ret(n));
        fn.ret(call("fib", n.sub(1)).add(call("fib", n.sub(2))));
      });
      f.func("main", b -> {
        Var s = b.define("s", 0);
        b.rangeInt("i", 10, (body, i) -> body.addAssign(s, call("fib", i)));
        b.call(fmtPrintln(s, "x\n"));
      });
    }));
  }

  @Test
  void dumpOfOptimizedProgram() {
    assertThat(Dump.of(Compiler.lower(fib(), new Options(true, true)))).isEqualTo("""
        global calls int

        func init()
        b0: entry
          Return

        func fib(n int) int
        b0: entry
          v1 = Param <int> [0]
          v2 = Const <int> {1}
          v3 = LoadGlobal <int> {calls}
          v4 = Add <int> v3 v2
          v5 = StoreGlobal <invalid type> {calls} v4
          v6 = Const <int> {2}
          v7 = Lt <bool> v1 v6
          If v7 -> b1 b2
        b1: if.then <- b0
          Return v1
        b2: if.end <- b0
          v8 = Const <int> {1}
          v9 = Sub <int> v1 v8
          v10 = Call <int> {fib} v9
          v11 = Const <int> {2}
          v12 = Sub <int> v1 v11
          v13 = Call <int> {fib} v12
          v14 = Add <int> v10 v13
          Return v14

        func main()
        b0: entry
          v1 = Const <int> {0}
          v2 = Const <int> {10}
          v3 = Const <int> {0}
          Plain -> b1
        b1: range.cond <- b0 b3
          v4 = Phi <int> v3 v10
          v7 = Phi <int> v1 v9
          v5 = Lt <bool> v4 v2
          If v5 -> b2 b4
        b2: range.body <- b1
          v6 = Const <int> {1}
          v8 = Call <int> {fib} v4
          v9 = Add <int> v7 v8
          Plain -> b3
        b3: range.post <- b2
          v10 = Add <int> v4 v6
          Plain -> b1
        b4: range.end <- b1
          v11 = Const <string> {"x\\x0a"}
          v12 = Intrinsic <()> {FMT_PRINTLN} v7 v11
          Return

        """);
  }

  /** Without optimization the dump shows what construction made, dead values included. */
  @Test
  void dumpOfUnoptimizedFunction() {
    Program p = Go.program("p", prog -> prog.file("main.go", f -> f.func("main", fn -> {
      Var x = fn.define("x", 1);
      fn.ifThen(x.gt(0).andAlso(x.lt(5)), t -> t.assign(x, 2));
      fn.println(x, 1.5, true);
    })));
    assertThat(Dump.of(Compiler.lower(p, new Options(false, true)).func("main"))).isEqualTo("""
        func main()
        b0: entry
          v1 = Const <int> {1}
          v2 = Const <int> {0}
          v3 = Gt <bool> v1 v2
          If v3 -> b3 b2
        b1: if.then <- b3
          v6 = Const <int> {2}
          Plain -> b2
        b2: if.end <- b0 b3 b1
          v7 = Phi <int> v1 v1 v6
          v8 = Const <float64> {1.5}
          v9 = Const <bool> {true}
          v10 = Intrinsic <()> {PRINT} v7
          v11 = Intrinsic <()> {PRINT_SPACE}
          v12 = Intrinsic <()> {PRINT} v8
          v13 = Intrinsic <()> {PRINT_SPACE}
          v14 = Intrinsic <()> {PRINT} v9
          v15 = Intrinsic <()> {PRINT_NEWLINE}
          Return
        b3: and.rhs <- b0
          v4 = Const <int> {5}
          v5 = Lt <bool> v1 v4
          If v5 -> b1 b2
        """);
  }

  @Test
  void sameProgramSameDump() {
    for (Corpus.Case c : Corpus.all()) {
      for (boolean optimize : new boolean[] {false, true}) {
        String first = Dump.of(Compiler.lower(c.program(), new Options(optimize, true)));
        String again = Dump.of(Compiler.lower(c.program(), new Options(optimize, true)));
        assertThat(again).as("%s, optimize=%s", c.name(), optimize).isEqualTo(first);
      }
    }
  }

  /** Two separately built (equal) programs dump the same: nothing depends on identity hashes. */
  @Test
  void rebuiltProgramSameDump() {
    for (int i = 0; i < 5; i++) {
      assertThat(Dump.of(Compiler.lower(fib(), new Options(true, true))))
          .isEqualTo(Dump.of(Compiler.lower(fib(), new Options(true, true))));
      assertThat(Dump.of(Compiler.lower(Corpus.shortCircuit(), new Options(false, true))))
          .isEqualTo(Dump.of(Compiler.lower(Corpus.shortCircuit(), new Options(false, true))));
    }
  }
}
