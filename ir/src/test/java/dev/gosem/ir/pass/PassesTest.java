package dev.gosem.ir.pass;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.FLOAT64;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.INT64;
import static dev.gosem.api.types.Types.INT8;
import static dev.gosem.api.types.Types.UINT64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Type;
import dev.gosem.api.types.Types;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import dev.gosem.ir.ssa.Block;
import dev.gosem.ir.ssa.BlockKind;
import dev.gosem.ir.ssa.Dump;
import dev.gosem.ir.ssa.Func;
import dev.gosem.ir.ssa.Module;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.Value;
import dev.gosem.ir.ssa.Verifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each pass does to small functions, including the bugs these tests found. */
class PassesTest {
  private static final Pos P = Pos.NONE;

  private static Value konst(Block b, Type t, Object v) {
    return b.newValue(Op.CONST, t, P).setAux(v);
  }

  private static Func func(List<Type> results) {
    return new Func("f", List.of(), List.of(), results, P);
  }

  private static Func main(Program p) {
    return Compiler.lower(p, new Options(true, true)).func("main");
  }

  private static List<Op> ops(Func f) {
    return f.allValues().stream().map(Value::op).toList();
  }

  // ---- constfold ----

  /** fold of one op on constant arguments, in a throwaway function. */
  private static Object fold(Op op, Type t, Value... args) {
    return ConstFold.fold(args[0].block().newValue(op, t, P, args));
  }

  @Test
  void nanComparesFalseExceptNotEqual() {
    Block b = func(List.of()).newBlock("entry");
    Value nan = konst(b, FLOAT64, Double.NaN);
    Value one = konst(b, FLOAT64, 1.0);
    assertThat(fold(Op.EQ, BOOL, nan, nan)).isEqualTo(false);
    assertThat(fold(Op.NE, BOOL, nan, nan)).isEqualTo(true);
    assertThat(fold(Op.LT, BOOL, nan, one)).isEqualTo(false);
    assertThat(fold(Op.GE, BOOL, one, nan)).isEqualTo(false);
    assertThat(fold(Op.EQ, BOOL, konst(b, FLOAT64, -0.0), konst(b, FLOAT64, 0.0))).isEqualTo(true);
  }

  /** Out-of-range float to integer conversions are implementation-defined: the backend decides. */
  @Test
  void outOfRangeFloatToIntegerDoesNotFold() {
    Block b = func(List.of()).newBlock("entry");
    assertThat(fold(Op.CONVERT, INT8, konst(b, FLOAT64, 300.0))).isNull();
    assertThat(fold(Op.CONVERT, INT8, konst(b, FLOAT64, -129.0))).isNull();
    assertThat(fold(Op.CONVERT, UINT64, konst(b, FLOAT64, -1.0))).isNull();
    assertThat(fold(Op.CONVERT, UINT64, konst(b, FLOAT64, 0x1p64))).isNull();
    assertThat(fold(Op.CONVERT, INT64, konst(b, FLOAT64, 0x1p63))).isNull();
    assertThat(fold(Op.CONVERT, INT, konst(b, FLOAT64, Double.NaN))).isNull();
    assertThat(fold(Op.CONVERT, INT, konst(b, FLOAT64, Double.POSITIVE_INFINITY))).isNull();
    assertThat(fold(Op.CONVERT, INT8, konst(b, FLOAT64, -128.99))).isEqualTo(-128L);
    assertThat(fold(Op.CONVERT, UINT64, konst(b, FLOAT64, 0x1.fffffffffffffp63))).isEqualTo(0xfffffffffffff800L);
  }

  /** Regression: a call returning float64 with a constant int argument threw ClassCastException. */
  @Test
  void callsWithConstantArgumentsAreLeftAlone() {
    Program p = Go.program("p", prog -> prog.file("main.go", f -> {
      f.func("g", fn -> {
        Var a = fn.param("a", INT);
        fn.result(FLOAT64);
        fn.ret(conv(FLOAT64, a));
      });
      f.func("main", fn -> fn.println(call("g", 3), call("g", 4).add(1.5)));
    }));
    assertThat(ops(main(p))).filteredOn(op -> op == Op.CALL).hasSize(2);
    assertThat(ops(main(p))).contains(Op.ADD);
  }

  @Test
  void divisionByConstantZeroPanicsAtRunTime() {
    Program p = Go.program("p", prog -> prog.file("main.go", f -> f.func("main", fn -> {
      Var a = fn.var("a", INT8, 1);
      Var z = fn.var("z", INT8, 0);
      fn.assign(Go.blank(), a.div(z)); // unused, but it must still panic
      fn.assign(Go.blank(), a.rem(z));
      fn.println(a.div(z));
    })));
    Func main = main(p);
    assertThat(ops(main)).filteredOn(op -> op == Op.DIV).hasSize(2);
    assertThat(ops(main)).filteredOn(op -> op == Op.REM).hasSize(1);
  }

  @Test
  void negativeShiftCountPanicsAtRunTime() {
    Program p = Go.program("p", prog -> prog.file("main.go", f -> f.func("main", fn -> {
      Var a = fn.var("a", INT, 1);
      Var s = fn.var("s", INT, -1);
      Var big = fn.var("big", UINT64, new java.math.BigInteger("18446744073709551615"));
      fn.assign(Go.blank(), a.shl(s)); // unused, but it must still panic
      fn.println(a.shr(s), a.shl(big), a.shr(big), Go.neg(a).shr(big));
    })));
    Func main = main(p);
    assertThat(ops(main)).filteredOn(op -> op == Op.SHL).hasSize(1);
    assertThat(ops(main)).filteredOn(op -> op == Op.SHR).hasSize(1);
    // a huge unsigned count is no panic: 1 << max = 0, 1 >> max = 0, -1 >> max = -1
    assertThat(main.allValues()).filteredOn(Value::isConst).extracting(Value::aux).contains(0L, -1L);
  }

  @Test
  void indexOutOfRangeIsNotFolded() {
    Program p = Go.program("p", prog -> prog.file("main.go", f -> f.func("main", fn -> {
      Var s = fn.var("s", Types.STRING, "abc");
      Var i = fn.var("i", INT, 3);
      fn.println(s.index(i), s.index(1));
    })));
    Func main = main(p);
    assertThat(ops(main)).filteredOn(op -> op == Op.STRINDEX).hasSize(1);
    assertThat(main.allValues()).filteredOn(Value::isConst).extracting(Value::aux).contains((long) 'b');
  }

  @Test
  void branchOnConstantBecomesJump() {
    Program p = Go.program("p", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("main", fn -> {
        Var x = fn.var("x", INT, 3);
        Var y = fn.define("y", 0);
        fn.ifThen(x.gt(2), t -> t.assign(y, 1)).orElse(e -> e.assign(y, 2));
        fn.call(fmtPrintln(y));
      });
    }));
    Func main = main(p);
    for (Block b : main.blocks()) assertThat(b.kind()).isNotEqualTo(BlockKind.IF);
    assertThat(main.blocks()).hasSizeLessThan(Compiler.lower(p, new Options(false, true)).func("main").blocks().size());
  }

  // ---- copyelim ----

  /**
   * Regression: when a branch folded away made the first of two phis single-valued, copyelim
   * turned it into a Copy in place, above the remaining phi, which the verifier rejects.
   */
  @Test
  void copiesOfFoldedPhisGoBelowTheRemainingPhis() {
    Func f = new Func("f", List.of("c"), List.of(BOOL), List.of(INT, INT), P);
    Block entry = f.newBlock("entry");
    Block a = f.newBlock("a");
    Block b = f.newBlock("b");
    Block join = f.newBlock("join");
    Value c = entry.newValue(Op.PARAM, BOOL, P).setAuxInt(0);
    Value x = konst(entry, INT, 1L);
    Value u = konst(entry, INT, 10L);
    entry.end(BlockKind.IF, c);
    entry.addSucc(a);
    entry.addSucc(join);
    Value y = konst(a, INT, 2L);
    Value v = konst(a, INT, 20L);
    a.end(BlockKind.IF, konst(a, BOOL, false)); // folds: a always goes to b
    a.addSucc(join);
    a.addSucc(b);
    Value w = konst(b, INT, 30L);
    b.end(BlockKind.PLAIN);
    b.addSucc(join);
    Value p1 = join.newPhi(INT, P); // x, y, x: single-valued once a's edge goes
    p1.addArg(x);
    p1.addArg(y);
    p1.addArg(x);
    Value p2 = join.newPhi(INT, P); // u, v, w: still a merge
    p2.addArg(u);
    p2.addArg(v);
    p2.addArg(w);
    join.end(BlockKind.RETURN, p1, p2);
    Verifier.verify(f);
    assertThatCode(() -> Passes.run(f, true, Passes.ALL)).doesNotThrowAnyException();
    assertThat(join.controls().getFirst()).isSameAs(x);
    assertThat(join.values()).singleElement().isSameAs(p2);
    assertThat(p2.args()).containsExactly(u, w);
  }

  // ---- deadcode ----

  /** Regression: a dead value used by a dead value of a later block made removal throw. */
  @Test
  void deadValuesAcrossBlocksAreRemoved() {
    Program p = Go.program("p", prog -> prog.file("main.go", f -> {
      f.func("g", fn -> {
        Var a = fn.param("a", INT);
        Var x = fn.define("x", a.add(1));
        fn.ifThen(a.gt(0), t -> t.assign(x, x.mul(2)));
      });
      f.func("main", fn -> fn.call("g", 1));
    }));
    Module m = Compiler.lower(p, new Options(true, true));
    assertThat(ops(m.func("g"))).containsExactly(Op.PARAM, Op.CONST, Op.GT);
  }

  @Test
  void deadCyclesOfPhisAreRemoved() {
    Program p = Go.program("p", prog -> prog.file("main.go", f -> f.func("main", fn -> {
      Var x = fn.define("x", 0);
      Var y = fn.define("y", 0);
      fn.rangeInt(10, body -> {
        body.assign(x, x.add(y));
        body.assign(y, y.sub(x));
      });
    })));
    Func main = main(p);
    assertThat(ops(main)).filteredOn(op -> op == Op.PHI).hasSize(1); // the range counter
    assertThat(Dump.of(main)).doesNotContain("Sub");
  }

  @Test
  void effectsStayEvenWhenUnused() {
    Program p = Go.program("p", prog -> prog.file("main.go", f -> {
      f.var("g", INT);
      f.func("h", fn -> {
        fn.result(INT);
        fn.ret(1);
      });
      f.func("main", fn -> {
        fn.call("h");
        fn.assign(Go.id("g"), 2);
        fn.assign(Go.blank(), Go.id("g"));
        fn.println();
      });
    }));
    assertThat(ops(main(p))).containsExactly(Op.CALL, Op.CONST, Op.STORE_GLOBAL, Op.INTRINSIC);
  }

  @Test
  void constantConditionsLeaveNoUnreachableBlocks() {
    Program p = Go.program("p", prog -> prog.file("main.go", f -> f.func("main", fn -> {
      Var x = fn.define("x", 1);
      fn.whileLoop(lit(false), body -> body.inc(x));
      fn.ifThen(lit(1).gt(2), t -> t.assign(x, 5));
      fn.println(x);
    })));
    Func main = main(p);
    assertThat(main.blocks()).allSatisfy(b -> assertThat(b.comment()).isNotIn("for.body", "if.then"));
  }
}
