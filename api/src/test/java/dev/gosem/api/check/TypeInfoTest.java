package dev.gosem.api.check;

import static dev.gosem.api.build.Go.blank;
import static dev.gosem.api.build.Go.compl;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.names;
import static dev.gosem.api.build.Go.neg;
import static dev.gosem.api.build.Go.rune;
import static dev.gosem.api.build.Go.str;
import static dev.gosem.api.check.CheckTesting.ok;
import static dev.gosem.api.check.CheckTesting.prog;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.constant.Const;
import dev.gosem.api.types.Tuple;
import dev.gosem.api.types.Types;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the checker records for well-typed programs. The values were confirmed by running this Go
 * program with Go 1.19 (it prints the same values):
 *
 * <pre>
 * const c = 1.0 / 3
 * var a = b + 1
 * var b = 2
 * func main() {
 * 	var x int8 = 1 << 6
 * 	var i int = 1.0 / 3 * 3
 * 	var f = c * 3
 * 	r := 'a'
 * 	n := len("héllo")
 * 	fmt.Println(x, i, f, r, n, 7/2, -7/2, -7%2, 7.0/2, a)   // 64 1 1 97 6 3 -3 -1 3.5 3
 * 	y := 1.0
 * 	var s uint = 2
 * 	var z int8 = 1 << s
 * 	const big = 1 << 100
 * 	var w = big >> 98
 * 	fmt.Println(y, z, w, ^uint8(0), string(rune(65)), 'a'+1, float64(1)/3, 0.1)  // 1 4 4 255 A 98 0.3333333333333333 0.1
 * 	var g float64 = 0.1
 * 	fmt.Printf("%.20f %v\n", g, 1<2)   // 0.10000000000000000555 true
 * }
 * </pre>
 */
class TypeInfoTest {

  private static Const.Int intConst(long v) {
    return new Const.Int(BigInteger.valueOf(v));
  }

  private static Program mainProgram(java.util.function.Consumer<dev.gosem.api.build.FuncBuilder> body) {
    return prog(f -> f.func("main", body));
  }

  @Test
  void typedShiftConstant() {
    // var x int8 = 1 << 6
    Ex shift = lit(1).shl(6);
    Var[] x = new Var[1];
    TypeInfo info = ok(mainProgram(fn -> {
      x[0] = fn.var("x", Types.INT8, shift);
      fn.assign(blank(), x[0]);
    }));
    assertThat(info.typeOf(shift.expr())).isEqualTo(Types.INT8);
    assertThat(info.constOf(shift.expr())).isEqualTo(intConst(64));
    // The builder's handle is a new identifier that refers to the variable.
    Obj.Var v = (Obj.Var) info.use((Expr.Ident) x[0].expr());
    assertThat(v.type()).isSameAs(Types.INT8);
    assertThat(v.kind()).isEqualTo(Obj.Var.Kind.LOCAL);
  }

  @Test
  void untypedFloatArithmeticIsExact() {
    // var i int = 1.0 / 3 * 3  -- exactly 1, so it converts to int
    // const c = 1.0 / 3; var f = c * 3
    Ex third = lit(1.0).div(3).mul(3);
    Ex cTimes3 = id("c").mul(3);
    TypeInfo info = ok(prog(f -> {
      f.constant("c", lit(1.0).div(3));
      f.func("main", fn -> {
        fn.assign(blank(), fn.var("i", Types.INT, third));
        fn.assign(blank(), fn.var("f", cTimes3));
      });
    }));
    assertThat(info.typeOf(third.expr())).isEqualTo(Types.INT);
    assertThat(info.constOf(third.expr())).isEqualTo(intConst(1));
    assertThat(info.typeOf(cTimes3.expr())).isEqualTo(Types.FLOAT64);
    assertThat(info.constOf(cTimes3.expr())).isEqualTo(new Const.Float(BigDecimal.ONE));
  }

  @Test
  void float64ConstantsAreRoundedToFloat64() {
    // var g float64 = 0.1; _ = float64(1) / 3
    Ex tenth = lit(0.1);
    Ex third = conv(Types.FLOAT64, 1).div(3);
    TypeInfo info = ok(mainProgram(fn -> {
      fn.assign(blank(), fn.var("g", Types.FLOAT64, tenth));
      fn.assign(blank(), third);
    }));
    assertThat(info.constOf(tenth.expr())).isEqualTo(new Const.Float(new BigDecimal(0.1)));
    assertThat(((Const.Float) info.constOf(third.expr())).value().doubleValue()).isEqualTo(1.0 / 3);
    assertThat(info.constOf(third.expr())).isEqualTo(new Const.Float(new BigDecimal(1.0 / 3)));
  }

  @Test
  void runeConstants() {
    // r := 'a'; s := 'a' + 1
    Ex a = rune('a');
    Ex sum = rune('a').add(1);
    Var[] r = new Var[2];
    TypeInfo info = ok(mainProgram(fn -> {
      r[0] = fn.define("r", a);
      r[1] = fn.define("s", sum);
      fn.assign(new Ex[] {blank(), blank()}, r[0], r[1]);
    }));
    assertThat(info.typeOf(a.expr())).isSameAs(Types.RUNE);
    assertThat(info.constOf(a.expr())).isEqualTo(intConst(97));
    assertThat(info.typeOf(sum.expr())).isSameAs(Types.INT32);
    assertThat(info.constOf(sum.expr())).isEqualTo(intConst(98));
    assertThat(info.objectOf((Expr.Ident) r[0].expr()).type()).isSameAs(Types.INT32);
  }

  @Test
  void lenOfConstantStringIsConstantBytes() {
    // n := len("héllo")   -- 6 bytes
    Ex n = len("héllo");
    Ex s = str("héllo");
    TypeInfo info = ok(mainProgram(fn -> {
      fn.assign(blank(), fn.define("n", n));
      fn.assign(blank(), s);
    }));
    assertThat(info.typeOf(n.expr())).isEqualTo(Types.INT);
    assertThat(info.constOf(n.expr())).isEqualTo(intConst(6));
    assertThat(info.typeOf(s.expr())).isEqualTo(Types.STRING);
    assertThat(info.constOf(s.expr())).isEqualTo(new Const.Str("h\u00c3\u00a9llo"));
  }

  @Test
  void constantDivisionTruncates() {
    // 7/2 = 3, -7/2 = -3, -7%2 = -1, 7.0/2 = 3.5
    Ex q = lit(7).div(2);
    Ex nq = neg(7).div(2);
    Ex nr = neg(7).rem(2);
    Ex fq = lit(7.0).div(2);
    TypeInfo info = ok(mainProgram(fn -> fn.println(q, nq, nr, fq)));
    assertThat(info.constOf(q.expr())).isEqualTo(intConst(3));
    assertThat(info.constOf(nq.expr())).isEqualTo(intConst(-3));
    assertThat(info.constOf(nr.expr())).isEqualTo(intConst(-1));
    assertThat(info.typeOf(q.expr())).isEqualTo(Types.INT);
    assertThat(info.typeOf(fq.expr())).isEqualTo(Types.FLOAT64);
    assertThat(info.constOf(fq.expr())).isEqualTo(new Const.Float(new BigDecimal("3.5")));
  }

  @Test
  void defineOfFloatLiteralIsFloat64() {
    // x := 1.0
    Ex one = lit(1.0);
    Var[] x = new Var[1];
    TypeInfo info = ok(mainProgram(fn -> {
      x[0] = fn.define("x", one);
      fn.assign(blank(), x[0]);
    }));
    assertThat(info.typeOf(one.expr())).isEqualTo(Types.FLOAT64);
    assertThat(info.constOf(one.expr())).isEqualTo(new Const.Float(BigDecimal.ONE));
    assertThat(info.use((Expr.Ident) x[0].expr()).type()).isEqualTo(Types.FLOAT64);
  }

  @Test
  void untypedOperandOfNonConstantShiftTakesContextType() {
    // var s uint = 2; var z int8 = 1 << s; y := 1 << s
    Ex one = lit(1);
    Ex shift = one.shl(id("s"));
    Ex one2 = lit(1);
    Ex shift2 = one2.shl(id("s"));
    TypeInfo info = ok(mainProgram(fn -> {
      fn.var("s", Types.UINT, 2);
      fn.assign(blank(), fn.var("z", Types.INT8, shift));
      fn.assign(blank(), fn.define("y", shift2));
    }));
    assertThat(info.typeOf(one.expr())).isEqualTo(Types.INT8);
    assertThat(info.constOf(one.expr())).isEqualTo(intConst(1));
    assertThat(info.typeOf(shift.expr())).isEqualTo(Types.INT8);
    assertThat(info.constOf(shift.expr())).isNull();
    assertThat(info.typeOf(one2.expr())).isEqualTo(Types.INT);
    assertThat(info.typeOf(shift2.expr())).isEqualTo(Types.INT);
  }

  @Test
  void comparisonsRecordBool() {
    // x := 1; _ = x < 3; _ = 1 < 2
    Ex cmp = id("x").lt(3);
    Ex constCmp = lit(1).lt(2);
    TypeInfo info = ok(mainProgram(fn -> {
      fn.define("x", 1);
      fn.assign(blank(), cmp);
      fn.assign(blank(), constCmp);
    }));
    assertThat(info.typeOf(cmp.expr())).isEqualTo(Types.BOOL);
    assertThat(info.constOf(cmp.expr())).isNull();
    assertThat(info.typeOf(((Expr.Binary) cmp.expr()).y())).isEqualTo(Types.INT);
    assertThat(info.constOf(((Expr.Binary) cmp.expr()).y())).isEqualTo(intConst(3));
    assertThat(info.typeOf(constCmp.expr())).isEqualTo(Types.BOOL);
    assertThat(info.constOf(constCmp.expr())).isEqualTo(new Const.Bool(true));
  }

  @Test
  void largeIntermediateConstants() {
    // const big = 1 << 100; var w = big >> 98
    Ex w = id("big").shr(98);
    TypeInfo info = ok(mainProgram(fn -> {
      fn.constant("big", lit(1).shl(100));
      fn.assign(blank(), fn.var("w", w));
    }));
    assertThat(info.typeOf(w.expr())).isEqualTo(Types.INT);
    assertThat(info.constOf(w.expr())).isEqualTo(intConst(4));
    assertThat(info.typeOf(((Expr.Binary) w.expr()).y())).isEqualTo(Types.UINT);
  }

  @Test
  void unsignedComplementAndStringConversion() {
    // ^uint8(0) = 255; string(rune(65)) = "A"; string('é') is its UTF-8 bytes
    Ex c = compl(conv(Types.UINT8, 0));
    Ex a = conv(Types.STRING, conv(Types.RUNE, 65));
    Ex e = conv(Types.STRING, rune('é'));
    TypeInfo info = ok(mainProgram(fn -> fn.println(c, a, e)));
    assertThat(info.constOf(c.expr())).isEqualTo(intConst(255));
    assertThat(info.typeOf(c.expr())).isEqualTo(Types.UINT8);
    assertThat(info.constOf(a.expr())).isEqualTo(new Const.Str("A"));
    assertThat(info.constOf(e.expr())).isEqualTo(new Const.Str("\u00c3\u00a9"));
    assertThat(info.typeOf(e.expr())).isEqualTo(Types.STRING);
  }

  @Test
  void printlnOperandsGetDefaultTypes() {
    // println(1, 2.5, 'x', "s", true)
    List<Ex> args = List.of(lit(1), lit(2.5), rune('x'), str("s"), lit(true));
    TypeInfo info = ok(mainProgram(fn -> fn.println(args.toArray())));
    assertThat(args.stream().map(a -> info.typeOf(a.expr())).toList())
        .containsExactly(Types.INT, Types.FLOAT64, Types.INT32, Types.STRING, Types.BOOL);
  }

  @Test
  void redeclarationInDefineIsAUse() {
    // a, b := 1, 2; a, c := 3, 4
    Stmt.Assign[] second = new Stmt.Assign[1];
    TypeInfo info = ok(mainProgram(fn -> {
      fn.define(names("a", "b"), 1, 2);
      Expr.Ident a2 = new Expr.Ident("a", dev.gosem.api.Pos.NONE);
      Expr.Ident c2 = new Expr.Ident("c", dev.gosem.api.Pos.NONE);
      second[0] = new Stmt.Assign(List.of(a2, c2), dev.gosem.api.ast.AssignOp.DEFINE,
          List.of(lit(3).expr(), lit(4).expr()), dev.gosem.api.Pos.NONE);
      fn.stmt(second[0]);
      fn.assign(new Ex[] {blank(), blank(), blank()}, id("a"), id("b"), id("c"));
    }));
    Expr.Ident a2 = (Expr.Ident) second[0].lhs().get(0);
    Expr.Ident c2 = (Expr.Ident) second[0].lhs().get(1);
    assertThat(info.def(a2)).isNull();
    assertThat(info.use(a2)).isInstanceOf(Obj.Var.class);
    assertThat(info.def(c2)).isInstanceOf(Obj.Var.class);
    assertThat(info.typeOf(a2)).isEqualTo(Types.INT);
  }

  @Test
  void standardLibrarySelections() {
    Ex println = Go.fmtPrintln("hi");
    Ex exit = Go.osExit(3);
    TypeInfo info = ok(prog(f -> {
      f.imports("fmt", "os");
      f.func("main", fn -> {
        fn.call(println);
        fn.call(exit);
      });
    }));
    Expr.Selector ps = (Expr.Selector) ((Expr.Call) println.expr()).fun();
    Expr.Selector es = (Expr.Selector) ((Expr.Call) exit.expr()).fun();
    assertThat(((Obj.StdFunc) info.selection(ps)).qualified()).isEqualTo("fmt.Println");
    assertThat(((Obj.StdFunc) info.selection(es)).qualified()).isEqualTo("os.Exit");
    assertThat(info.use((Expr.Ident) ps.x())).isInstanceOf(Obj.PkgName.class);
    assertThat(info.typeOf(exit.expr())).isEqualTo(new Tuple(List.of()));
    assertThat(info.typeOf(((Expr.Call) exit.expr()).args().getFirst())).isEqualTo(Types.INT);
    assertThat(info.typeOf(((Expr.Call) println.expr()).args().getFirst())).isEqualTo(Types.STRING);
  }

  @Test
  void initOrderFollowsDependencies() {
    // var a = b + 1; var b = 2   -- b is initialized first
    TypeInfo info = ok(prog(f -> {
      f.var("a", null, id("b").add(1));
      f.var("b", null, 2);
      f.func("main", fn -> fn.println(id("a")));
    }));
    assertThat(info.initOrder().stream().map(i -> i.lhs().getFirst().name()).toList()).containsExactly("b", "a");
  }

  @Test
  void iotaAndImplicitRepetition() {
    // const ( A int8 = iota * 10; B; C )
    List<Expr.Ident> ids = List.of(new Expr.Ident("A", dev.gosem.api.Pos.NONE),
        new Expr.Ident("B", dev.gosem.api.Pos.NONE), new Expr.Ident("C", dev.gosem.api.Pos.NONE));
    List<Spec.ValueSpec> specs = new ArrayList<>();
    specs.add(new Spec.ValueSpec(List.of(ids.get(0)), id("int8").expr(), List.of(id("iota").mul(10).expr()), dev.gosem.api.Pos.NONE));
    specs.add(new Spec.ValueSpec(List.of(ids.get(1)), null, List.of(), dev.gosem.api.Pos.NONE));
    specs.add(new Spec.ValueSpec(List.of(ids.get(2)), null, List.of(), dev.gosem.api.Pos.NONE));
    TypeInfo info = ok(prog(f -> {
      f.decl(new Decl.GenDecl(Decl.Kind.CONST, specs, true, dev.gosem.api.Pos.NONE));
      f.func("main", fn -> fn.println(id("C")));
    }));
    List<Const> vals = ids.stream().map(i -> ((Obj.Constant) info.def(i)).value()).toList();
    assertThat(vals).containsExactly(intConst(0), intConst(10), intConst(20));
    assertThat(info.def(ids.get(2)).type()).isSameAs(Types.INT8);
  }

  @Test
  void rangeOverIntTypes() {
    // var n int8 = 3; for i := range n {}; for j := range 10 {}
    Var[] vars = new Var[2];
    Ex ten = lit(10);
    TypeInfo info = ok(mainProgram(fn -> {
      Var n = fn.var("n", Types.INT8, 3);
      fn.rangeInt("i", n, (b, i) -> {
        vars[0] = i;
        b.assign(blank(), i);
      });
      fn.rangeInt("j", ten, (b, j) -> {
        vars[1] = j;
        b.assign(blank(), j);
      });
    }));
    // The loop variables' handles are the defining identifiers.
    assertThat(info.def((Expr.Ident) vars[0].expr()).type()).isSameAs(Types.INT8);
    assertThat(info.def((Expr.Ident) vars[1].expr()).type()).isSameAs(Types.INT);
    assertThat(info.typeOf(ten.expr())).isEqualTo(Types.INT);
  }

  @Test
  void functionObjectsAndParameters() {
    TypeInfo info = ok(prog(f -> {
      f.func("add", fn -> {
        Var a = fn.param("a", Types.INT);
        Var b = fn.param("b", Types.BYTE);
        fn.namedResult("sum", Types.INT);
        fn.assign(id("sum"), a.add(conv(Types.INT, b)));
        fn.ret();
      });
      f.func("main", fn -> fn.println(Go.call("add", 1, 2)));
    }));
    Obj.Func add = info.funcs.values().stream().filter(fo -> fo.name().equals("add")).findFirst().orElseThrow();
    assertThat(add.type().params()).containsExactly(Types.INT, Types.UINT8);
    assertThat(add.type().results()).containsExactly(Types.INT);
    assertThat(info.funcOf(add.decl())).isSameAs(add);
    assertThat(info.fieldVar(add.decl().params().get(1)).kind()).isEqualTo(Obj.Var.Kind.PARAM);
    assertThat(info.fieldVar(add.decl().params().get(1)).type()).isSameAs(Types.UINT8);
    assertThat(info.fieldVar(add.decl().results().getFirst()).kind()).isEqualTo(Obj.Var.Kind.RESULT);
  }

  @Test
  void multiValueCallsAndTypedConstants() {
    // func divmod(a, b int) (int, int); q, r := divmod(7, 2); const k int16 = 300; _ = k * 2
    Ex call = Go.call("divmod", 7, 2);
    Ex k2 = id("k").mul(2);
    TypeInfo info = ok(prog(f -> {
      f.func("divmod", fn -> {
        Var a = fn.param("a", Types.INT);
        Var b = fn.param("b", Types.INT);
        fn.results(Types.INT, Types.INT);
        fn.ret(a.div(b), a.rem(b));
      });
      f.func("main", fn -> {
        fn.define(names("q", "r"), call);
        fn.println(id("q"), id("r"));
        fn.constant("k", Types.INT16, 300);
        fn.assign(blank(), k2);
      });
    }));
    assertThat(info.typeOf(call.expr())).isEqualTo(new Tuple(List.of(Types.INT, Types.INT)));
    assertThat(info.typeOf(k2.expr())).isSameAs(Types.INT16);
    assertThat(info.constOf(k2.expr())).isEqualTo(intConst(600));
  }

  @Test
  void stringIndexIsANonConstantByte() {
    Ex ix = str("abc").index(1);
    TypeInfo info = ok(mainProgram(fn -> fn.assign(blank(), ix)));
    assertThat(info.typeOf(ix.expr())).isSameAs(Types.UINT8);
    assertThat(info.constOf(ix.expr())).isNull();
    assertThat(info.typeOf(((Expr.Index) ix.expr()).x())).isEqualTo(Types.STRING);
    assertThat(info.typeOf(((Expr.Index) ix.expr()).index())).isEqualTo(Types.INT);
  }
}
