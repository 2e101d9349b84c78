package dev.gosem.api.check;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.names;
import static dev.gosem.api.build.Go.rune;
import static dev.gosem.api.check.CheckTesting.errors;
import static dev.gosem.api.check.CheckTesting.ok;
import static dev.gosem.api.check.CheckTesting.prog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.ast.AssignOp;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.ast.UnaryOp;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.constant.Const;
import dev.gosem.api.types.Types;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole programs: a valid one that uses most of the subset, several files, and malformed models. */
class ProgramsTest {

  /*
   * This program (with `for i := range 3` written as a three-clause loop for Go 1.19) runs and
   * prints "55 pos 195 795 341 233 é 3 7 1 -212":
   *
   * var total, count = split(10)
   * func split(n int) (a, b int) { a = n / 3; b = n - a; return }
   * func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }
   * func classify(x int) string {
   * 	if x < 0 { return "neg" } else if x == 0 { return "zero" } else { return "pos" }
   * }
   * func loop() int { for { return 1 } }
   * func main() {
   * 	s := "héllo"
   * 	var b byte = s[1]
   * 	var sum uint64
   * 	for i := 0; i < len(s); i++ { sum += uint64(s[i]) }
   * outer:
   * 	for i := range 3 {
   * 		for j := 0; j < 3; j++ {
   * 			if j == 2 { continue outer }
   * 			if i == 2 { break outer }
   * 		}
   * 	}
   * 	x, y := 1, 2
   * 	x, y = y, x
   * 	x++
   * 	y -= 3
   * 	const k = 1 << 10
   * 	var f float64 = k / 3
   * 	var r rune = 'é'
   * 	fmt.Println(fib(10), classify(x), b, sum, f, r, string(r), total, count, loop(), y)
   * 	print(x<<2, "\n")
   * 	if len(s) > 100 { os.Exit(1) }
   * }
   */
  @Test
  void kitchenSinkTypeChecks() {
    Ex kDiv3 = id("k").div(3);
    Program p = prog(f -> {
      f.imports("fmt", "os");
      f.decl(new Decl.GenDecl(Decl.Kind.VAR, List.of(new Spec.ValueSpec(
          List.of(new Expr.Ident("total", Pos.NONE), new Expr.Ident("count", Pos.NONE)), null,
          List.of(call("split", 10).expr()), Pos.NONE)), false, Pos.NONE));
      f.func("split", fn -> {
        Var n = fn.param("n", Types.INT);
        Var a = fn.namedResult("a", Types.INT);
        Var b = fn.namedResult("b", Types.INT);
        fn.assign(a, n.div(3));
        fn.assign(b, n.sub(a));
        fn.ret();
      });
      f.func("fib", fn -> {
        Var n = fn.param("n", Types.INT);
        fn.result(Types.INT);
        fn.ifThen(n.lt(2), t -> t.ret(n));
        fn.ret(call("fib", n.sub(1)).add(call("fib", n.sub(2))));
      });
      f.func("classify", fn -> {
        Var x = fn.param("x", Types.INT);
        fn.result(Types.STRING);
        fn.ifThen(x.lt(0), t -> t.ret("neg"))
            .elseIf(x.eq(0), t -> t.ret("zero"))
            .orElse(t -> t.ret("pos"));
      });
      f.func("loop", fn -> {
        fn.result(Types.INT);
        fn.forever(b -> b.ret(1));
      });
      f.func("main", fn -> {
        Var s = fn.define("s", "héllo");
        Var b = fn.var("b", Types.BYTE, s.index(1));
        Var sum = fn.var("sum", Types.UINT64);
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(len(s)));
          l.post().inc(i);
          l.body(body -> body.addAssign(sum, conv(Types.UINT64, s.index(i))));
        });
        fn.label("outer").rangeInt("i", 3, (body, i) -> body.forLoop(l -> {
          Var j = l.init().define("j", 0);
          l.cond(j.lt(3));
          l.post().inc(j);
          l.body(in -> {
            in.ifThen(j.eq(2), t -> t.cont("outer"));
            in.ifThen(i.eq(2), t -> t.brk("outer"));
          });
        }));
        Var[] xy = fn.define(names("x", "y"), 1, 2);
        fn.assign(new Ex[] {xy[0], xy[1]}, xy[1], xy[0]);
        fn.inc(xy[0]);
        fn.opAssign(xy[1], BinaryOp.SUB, 3);
        fn.constant("k", lit(1).shl(10));
        Var fl = fn.var("f", Types.FLOAT64, kDiv3);
        Var r = fn.var("r", Types.RUNE, rune('é'));
        fn.call(Go.fmtPrintln(call("fib", 10), call("classify", xy[0]), b, sum, fl, r,
            conv(Types.STRING, r), id("total"), id("count"), call("loop"), xy[1]));
        fn.print(xy[0].shl(2), "\n");
        fn.ifThen(len(s).gt(100), t -> t.call(Go.osExit(1)));
      });
    });
    TypeInfo info = ok(p);
    assertThat(info.typeOf(kDiv3.expr())).isEqualTo(Types.FLOAT64);
    assertThat(info.constOf(kDiv3.expr())).isEqualTo(new Const.Float(new BigDecimal(341)));
    assertThat(info.initOrder()).hasSize(1);
    assertThat(info.initOrder().getFirst().lhs().stream().map(Obj.Var::name).toList()).containsExactly("total", "count");
  }

  /*
   * a.go:                          b.go:
   * package main                   package main
   * import "fmt"                   func helper() {
   * func main() {                  	fmt.Println(2)
   * 	fmt.Println(1)                }
   * 	helper()
   * }
   * ./b.go:3:2: undefined: fmt     (imports belong to a file)
   */
  @Test
  void importsAreScopedToTheirFile() {
    Program p = Go.program("t", prog -> {
      prog.file("a.go", f -> {
        f.imports("fmt");
        f.func("main", fn -> {
          fn.call(Go.fmtPrintln(1));
          fn.call("helper");
        });
      });
      Pos at = new Pos("b.go", 3, 2);
      prog.file("b.go", f -> f.func("helper", fn -> fn.stmt(new Stmt.ExprStmt(new Expr.Call(
          new Expr.Selector(new Expr.Ident("fmt", at), "Println", at), List.of(lit(2).expr()), at), at))));
    });
    assertThat(errors(p)).containsExactly("3:2: undefined: fmt");
  }

  @Test
  void packageLevelNamesMayBeUsedBeforeTheirDeclaration() {
    Program p = prog(f -> {
      f.func("main", fn -> fn.println(id("x"), id("c"), call("g")));
      f.var("x", null, id("c").mul(2));
      f.constant("c", Types.INT8, 3);
      f.func("g", fn -> {
        fn.result(Types.INT8);
        fn.ret(id("x"));
      });
    });
    TypeInfo info = ok(p);
    assertThat(info.initOrder().stream().map(i -> i.lhs().getFirst().name()).toList()).containsExactly("x");
  }

  @Test
  void malformedModelsGiveDiagnosticsNotExceptions() {
    Program p = prog(f -> f.func("main", fn -> {
      fn.assign(Go.blank(), Go.literal(Expr.LitKind.INT, "0x"));
      fn.assign(Go.blank(), Go.literal(Expr.LitKind.RUNE, "'ab'"));
      fn.assign(Go.blank(), Go.literal(Expr.LitKind.STRING, "\"\\q\""));
      fn.assign(Go.blank(), Go.literal(Expr.LitKind.FLOAT, "1e100000000000"));
      fn.stmt(new Stmt.Assign(List.of(call("f").expr()), AssignOp.DEFINE, List.of(lit(1).expr()), Pos.NONE));
      fn.stmt(new Stmt.Assign(List.of(id("a").expr()), AssignOp.ADD, List.of(lit(1).expr(), lit(2).expr()), Pos.NONE));
      fn.stmt(new Stmt.Branch(Stmt.BranchKind.BREAK, "nowhere", Pos.NONE));
      fn.stmt(new Stmt.ExprStmt(new Expr.Unary(UnaryOp.NOT, new Expr.Selector(lit(1).expr(), "x", Pos.NONE), Pos.NONE), Pos.NONE));
      fn.stmt(new Stmt.If(null, lit(1).expr(), new Stmt.Block(List.of(), Pos.NONE, Pos.NONE), new Stmt.Empty(Pos.NONE), Pos.NONE));
    }));
    assertThatThrownBy(() -> TypeChecker.check(p)).isInstanceOf(CompileException.class);
    assertThat(CheckTesting.messages(p)).contains(
        "malformed constant: 0x",
        "malformed constant: 1e100000000000",
        "non-name f() on left side of :=",
        "assignment operation += requires single-valued expressions",
        "break label not defined: nowhere",
        "invalid else branch");
  }
}
