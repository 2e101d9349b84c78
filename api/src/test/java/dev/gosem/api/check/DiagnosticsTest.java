package dev.gosem.api.check;

import static dev.gosem.api.build.Go.blank;
import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.names;
import static dev.gosem.api.build.Go.not;
import static dev.gosem.api.build.Go.str;
import static dev.gosem.api.check.CheckTesting.F;
import static dev.gosem.api.check.CheckTesting.at;
import static dev.gosem.api.check.CheckTesting.errors;
import static dev.gosem.api.check.CheckTesting.mainOnly;
import static dev.gosem.api.check.CheckTesting.messages;
import static dev.gosem.api.check.CheckTesting.prog;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Field;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Diagnostics and their positions. Each test names the Go program it mirrors; its expected text
 * is what {@code go build} (Go 1.19) printed for that program, except the newer wording the
 * project uses for unused variables and imports. Positions are given explicitly to the nodes Go
 * reports at, so line:col match Go's output.
 */
class DiagnosticsTest {

  /*
   * package main
   * func main() {
   * 	x := y
   * 	_ = x
   * }
   * ./main.go:3:7: undefined: y
   */
  @Test
  void undefinedName() {
    Program p = mainOnly(fn -> {
      fn.at(F, 3, 2).define("x", id("y").at(at(3, 7)));
      fn.assign(blank(), id("x"));
    });
    assertThat(errors(p)).containsExactly("3:7: undefined: y");
  }

  /*
   * func main() {
   * 	x := 1
   * 	s := "a"
   * 	_ = x + s
   * }
   * ./main.go:5:6: invalid operation: x + s (mismatched types int and string)
   */
  @Test
  void mismatchedTypes() {
    Program p = mainOnly(fn -> {
      Var x = fn.define("x", 1);
      Var s = fn.define("s", "a");
      fn.assign(blank(), x.add(s).at(at(5, 6)));
    });
    assertThat(errors(p)).containsExactly("5:6: invalid operation: x + s (mismatched types int and string)");
  }

  /*
   * func f(a int, b string) int { return a }
   * func main() {
   * 	f(1)
   * 	f(1, "a", 3)
   * 	f()
   * }
   * ./main.go:4:4: not enough arguments in call to f
   * 	have (number)
   * 	want (int, string)
   * ./main.go:5:12: too many arguments in call to f
   * 	have (number, string, number)
   * 	want (int, string)
   * ./main.go:6:2: not enough arguments in call to f
   * 	have ()
   * 	want (int, string)
   */
  @Test
  void argumentCount() {
    Program p = prog(f -> {
      f.func("f", fn -> {
        Var a = fn.param("a", Types.INT);
        fn.param("b", Types.STRING);
        fn.result(Types.INT);
        fn.ret(a);
      });
      f.func("main", fn -> {
        fn.call(call("f", lit(1).at(at(4, 4))));
        fn.call(call("f", 1, "a", lit(3).at(at(5, 12))));
        fn.call(call("f").at(at(6, 2)));
      });
    });
    assertThat(errors(p)).containsExactly(
        "4:4: not enough arguments in call to f\n\thave (number)\n\twant (int, string)",
        "5:12: too many arguments in call to f\n\thave (number, string, number)\n\twant (int, string)",
        "6:2: not enough arguments in call to f\n\thave ()\n\twant (int, string)");
  }

  /*
   * func f(a int) int {
   * 	if a > 0 {
   * 		return 1
   * 	}
   * }
   * ./main.go:6:1: missing return
   */
  @Test
  void missingReturn() {
    Expr cond = id("a").gt(0).expr();
    Stmt.Block then = new Stmt.Block(List.of(new Stmt.Return(List.of(lit(1).expr()), at(4, 3))), at(3, 12), at(5, 2));
    Stmt.Block body = new Stmt.Block(List.of(new Stmt.If(null, cond, then, null, at(3, 2))), at(2, 19), at(6, 1));
    Decl.FuncDecl fd = new Decl.FuncDecl("f",
        List.of(new Field("a", id("int").expr(), at(2, 8))),
        List.of(new Field(null, id("int").expr(), at(2, 15))), body, at(2, 6));
    Program p = prog(f -> {
      f.decl(fd);
      f.func("main", fn -> fn.call(call("f", 1)));
    });
    assertThat(errors(p)).containsExactly("6:1: missing return");
  }

  /*
   * package main
   * import "os"
   * func main() {
   * 	x := 1
   * 	var y int
   * }
   * go1.19: ./main.go:2:8: imported and not used: "os"
   *         ./main.go:4:2: x declared but not used
   *         ./main.go:5:6: y declared but not used
   * (the project uses the newer wording)
   */
  @Test
  void unusedVariablesAndImport() {
    Program p = prog(f -> {
      f.imports("os");
      f.func("main", fn -> {
        fn.at(F, 4, 2).define("x", 1);
        fn.at(F, 5, 6).var("y", Types.INT);
      });
    });
    assertThat(messages(p)).containsExactlyInAnyOrder(
        "\"os\" imported and not used", "declared and not used: x", "declared and not used: y");
    assertThat(errors(p)).contains("4:2: declared and not used: x", "5:6: declared and not used: y");
  }

  /*
   * func main() {
   * 	x := 1
   * 	if x {
   * 	}
   * 	for x {
   * 	}
   * }
   * ./main.go:4:5: non-boolean condition in if statement
   * ./main.go:6:6: non-boolean condition in for statement
   */
  @Test
  void nonBooleanCondition() {
    Program p = mainOnly(fn -> {
      fn.define("x", 1);
      fn.ifThen(id("x").at(at(4, 5)), b -> {});
      fn.whileLoop(id("x").at(at(6, 6)), b -> {});
    });
    assertThat(errors(p)).containsExactly(
        "4:5: non-boolean condition in if statement", "6:6: non-boolean condition in for statement");
  }

  /*
   * func main() {
   * 	x := 1
   * 	var x int
   * 	_ = x
   * }
   * ./main.go:4:6: x redeclared in this block
   * 	./main.go:3:2: other declaration of x
   */
  @Test
  void redeclaredInBlock() {
    Program p = mainOnly(fn -> {
      fn.at(F, 3, 2).define("x", 1);
      fn.at(F, 4, 6).var("x", Types.INT);
      fn.assign(blank(), id("x"));
    });
    assertThat(errors(p)).containsExactly("4:6: x redeclared in this block\n\tmain.go:3:2: other declaration of x");
  }

  /*
   * var g = 1
   * var g = 2
   * func f() {}
   * func f() {}
   * ./main.go:3:5: g redeclared in this block
   * 	./main.go:2:5: other declaration of g
   * ./main.go:5:6: f redeclared in this block
   * 	./main.go:4:6: other declaration of f
   */
  @Test
  void redeclaredAtPackageLevel() {
    Program p = prog(f -> {
      f.decl(new Decl.GenDecl(Decl.Kind.VAR, List.of(new dev.gosem.api.ast.Spec.ValueSpec(
          List.of(new Expr.Ident("g", at(2, 5))), null, List.of(lit(1).expr()), at(2, 5))), false, at(2, 1)));
      f.decl(new Decl.GenDecl(Decl.Kind.VAR, List.of(new dev.gosem.api.ast.Spec.ValueSpec(
          List.of(new Expr.Ident("g", at(3, 5))), null, List.of(lit(2).expr()), at(3, 5))), false, at(3, 1)));
      f.func("main", fn -> {});
    });
    assertThat(errors(p)).containsExactly("3:5: g redeclared in this block\n\tmain.go:2:5: other declaration of g");
  }

  /*
   * 	a, b := 1, 2
   * 	a, b := 3, 4
   * ./main.go:11:7: no new variables on left side of :=
   * (Go reports at the := token; the model has no token position, so at the statement)
   */
  @Test
  void noNewVariables() {
    Program p = mainOnly(fn -> {
      fn.define(names("a", "b"), 1, 2);
      fn.at(F, 11, 7).define(names("a", "b"), 3, 4);
      fn.assign(new Ex[] {blank(), blank()}, id("a"), id("b"));
    });
    assertThat(errors(p)).containsExactly("11:7: no new variables on left side of :=");
  }

  /*
   * func main() {
   * 	var x int8 = 300
   * 	x = 200
   * 	_ = x
   * }
   * ./main.go:9:15: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)
   * ./main.go:10:6: cannot use 200 (untyped int constant) as int8 value in assignment (overflows)
   */
  @Test
  void overflowInDeclarationAndAssignment() {
    Program p = mainOnly(fn -> {
      Var x = fn.var("x", Types.INT8, lit(300).at(at(9, 15)));
      fn.assign(x, lit(200).at(at(10, 6)));
      fn.assign(blank(), x);
    });
    assertThat(errors(p)).containsExactly(
        "9:15: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)",
        "10:6: cannot use 200 (untyped int constant) as int8 value in assignment (overflows)");
  }

  /*
   * func f(a int8) int8 {
   * 	return 300
   * }
   * func main() {
   * 	f(128)
   * }
   * ./main.go:3:9: cannot use 300 (untyped int constant) as int8 value in return statement (overflows)
   * ./main.go:11:4: cannot use 128 (untyped int constant) as int8 value in argument to f (overflows)
   */
  @Test
  void overflowInReturnAndArgument() {
    Program p = prog(f -> {
      f.func("f", fn -> {
        fn.param("a", Types.INT8);
        fn.result(Types.INT8);
        fn.ret(lit(300).at(at(3, 9)));
      });
      f.func("main", fn -> fn.call(call("f", lit(128).at(at(11, 4)))));
    });
    assertThat(errors(p)).containsExactly(
        "3:9: cannot use 300 (untyped int constant) as int8 value in return statement (overflows)",
        "11:4: cannot use 128 (untyped int constant) as int8 value in argument to f (overflows)");
  }

  /*
   * 	y := int8(1000)
   * 	const c int8 = 500
   * 	z := 1 << 70
   * ./main.go:12:12: cannot convert 1000 (untyped int constant) to type int8
   * ./main.go:13:17: cannot use 500 (untyped int constant) as int8 value in constant declaration (overflows)
   * ./main.go:15:7: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in assignment (overflows)
   */
  @Test
  void overflowInConversionConstantAndDefine() {
    Program p = mainOnly(fn -> {
      fn.define("y", conv(Types.INT8, lit(1000).at(at(12, 12))));
      fn.constant("c", Types.INT8, lit(500).at(at(13, 17)));
      fn.define("z", lit(1).shl(70).at(at(15, 7)));
      fn.assign(new Ex[] {blank(), blank()}, id("y"), id("z"));
    });
    assertThat(errors(p)).containsExactly(
        "12:12: cannot convert 1000 (untyped int constant) to type int8",
        "13:17: cannot use 500 (untyped int constant) as int8 value in constant declaration (overflows)",
        "15:7: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in assignment (overflows)");
  }

  /*
   * 	x += 1000        (x int8)
   * 	_ = uint8(255) + 1
   * 	_ = int8(-128) - 1
   * 	_ = x + 1.5
   * ./main.go:22:7: 1000 (untyped int constant) overflows int8
   * ./main.go:30:6: uint8(255) + 1 (constant 256 of type uint8) overflows uint8
   * ./main.go:31:6: int8(-128) - 1 (constant -129 of type int8) overflows int8
   * ./main.go:26:10: 1.5 (untyped float constant) truncated to int8
   */
  @Test
  void typedConstantOverflow() {
    Program p = mainOnly(fn -> {
      Var x = fn.var("x", Types.INT8);
      fn.addAssign(x, lit(1000).at(at(22, 7)));
      fn.assign(blank(), conv(Types.UINT8, 255).add(1).at(at(30, 6)));
      fn.assign(blank(), conv(Types.INT8, -128).sub(1).at(at(31, 6)));
      fn.assign(blank(), x.add(lit(1.5).at(at(26, 10))));
    });
    assertThat(errors(p)).containsExactly(
        "22:7: 1000 (untyped int constant) overflows int8",
        "26:10: 1.5 (untyped float constant) truncated to int8",
        "30:6: uint8(255) + 1 (constant 256 of type uint8) overflows uint8",
        "31:6: int8(-128) - 1 (constant -129 of type int8) overflows int8");
  }

  /*
   * func main() {
   * 	var x int8
   * 	var y int = x
   * 	y = x
   * 	var i int = 1.5
   * 	var s string = 'a'
   * }
   * ./main.go:8:14: cannot use x (variable of type int8) as type int in variable declaration
   * ./main.go:9:6: cannot use x (variable of type int8) as type int in assignment
   * ./main.go:13:14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)
   * ./main.go:22:18: cannot use 'a' (untyped rune constant 97) as string value in variable declaration
   */
  @Test
  void cannotUseAsType() {
    Program p = mainOnly(fn -> {
      Var x = fn.var("x", Types.INT8);
      Var y = fn.var("y", Types.INT, id("x").at(at(8, 14)));
      fn.assign(y, id("x").at(at(9, 6)));
      fn.var("i", Types.INT, lit(1.5).at(at(13, 14)));
      fn.var("s", Types.STRING, Go.rune('a').at(at(22, 18)));
      fn.assign(new Ex[] {blank(), blank()}, x, y);
    });
    assertThat(errors(p)).containsExactly(
        "8:14: cannot use x (variable of type int8) as type int in variable declaration",
        "9:6: cannot use x (variable of type int8) as type int in assignment",
        "13:14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)",
        "22:18: cannot use 'a' (untyped rune constant 97) as string value in variable declaration");
  }

  /*
   * 	_ = s - s
   * 	_ = !x
   * 	_ = b < b
   * 	_ = s * 2
   * ./main.go:7:6: invalid operation: operator - not defined on s (variable of type string)
   * ./main.go:8:7: invalid operation: operator ! not defined on x (variable of type int)
   * ./main.go:15:6: invalid operation: s * 2 (mismatched types string and untyped int)
   * ./main.go:17:6: invalid operation: b < b (operator < not defined on bool)
   */
  @Test
  void operatorNotDefined() {
    Program p = mainOnly(fn -> {
      fn.define("x", 1);
      fn.define("s", "a");
      fn.define("b", true);
      fn.assign(blank(), id("s").at(at(7, 6)).sub(id("s")));
      fn.assign(blank(), not(id("x").at(at(8, 7))));
      fn.assign(blank(), id("s").mul(2).at(at(15, 6)));
      fn.assign(blank(), id("b").at(at(17, 6)).lt(id("b")));
    });
    assertThat(errors(p)).containsExactly(
        "7:6: invalid operation: operator - not defined on s (variable of type string)",
        "8:7: invalid operation: operator ! not defined on x (variable of type int)",
        "15:6: invalid operation: s * 2 (mismatched types string and untyped int)",
        "17:6: invalid operation: b < b (operator < not defined on bool)");
  }

  /*
   * 	_ = 1 / 0
   * 	_ = x / 0
   * 	_ = f / 0     (f float64: fine)
   * 	_ = 1.0 / 0
   * ./main.go:23:10: invalid operation: division by zero
   * ./main.go:24:10: invalid operation: division by zero
   * ./main.go:26:12: invalid operation: division by zero
   */
  @Test
  void divisionByZero() {
    Program p = mainOnly(fn -> {
      Var x = fn.define("x", 1);
      Var f = fn.define("f", 1.5);
      fn.assign(blank(), lit(1).div(lit(0).at(at(23, 10))));
      fn.assign(blank(), x.div(lit(0).at(at(24, 10))));
      fn.assign(blank(), f.div(0));
      fn.assign(blank(), lit(1.0).div(lit(0).at(at(26, 12))));
    });
    assertThat(errors(p)).containsExactly(
        "23:10: invalid operation: division by zero",
        "24:10: invalid operation: division by zero",
        "26:12: invalid operation: division by zero");
  }

  /*
   * const k = 1
   * func f() int { return 1 }
   * func main() {
   * 	x := 1
   * 	k = 2
   * 	f() = 1
   * 	x + 1 = 2
   * 	k++
   * 	_ = x
   * }
   * ./main.go:8:2: cannot assign to k (untyped int constant 1)
   * ./main.go:9:2: cannot assign to f() (value of type int)
   * ./main.go:10:2: cannot assign to x + 1 (value of type int)
   * ./main.go:26:2: cannot assign to k (untyped int constant 1)
   */
  @Test
  void cannotAssign() {
    Program p = prog(f -> {
      f.constant("k", 1);
      f.func("f", fn -> {
        fn.result(Types.INT);
        fn.ret(1);
      });
      f.func("main", fn -> {
        Var x = fn.define("x", 1);
        fn.assign(id("k").at(at(8, 2)), 2);
        fn.assign(call("f").at(at(9, 2)), 1);
        fn.assign(x.add(1).at(at(10, 2)), 2);
        fn.inc(id("k").at(at(26, 2)));
      });
    });
    assertThat(errors(p)).containsExactly(
        "8:2: cannot assign to k (untyped int constant 1)",
        "9:2: cannot assign to f() (value of type int)",
        "10:2: cannot assign to x + 1 (value of type int)",
        "26:2: cannot assign to k (untyped int constant 1)");
  }

  /*
   * func main() {
   * 	break
   * 	continue
   * 	if true {
   * 		break
   * 	}
   * }
   * ./main.go:3:2: break is not in a loop, switch, or select
   * ./main.go:4:2: continue is not in a loop
   * ./main.go:26:3: break is not in a loop, switch, or select
   */
  @Test
  void branchOutsideLoop() {
    Program p = mainOnly(fn -> {
      fn.at(F, 3, 2).brk();
      fn.at(F, 4, 2).cont();
      fn.ifThen(true, b -> b.at(F, 26, 3).brk());
    });
    assertThat(errors(p)).containsExactly(
        "3:2: break is not in a loop, switch, or select",
        "4:2: continue is not in a loop",
        "26:3: break is not in a loop, switch, or select");
  }

  /*
   * L1:
   * 	for {
   * 		break L2
   * 	}
   * L5:
   * 	x := 1
   * 	_ = x
   * 	for {
   * 		break L5
   * 	}
   * ./main.go:5:1: label L1 defined and not used
   * ./main.go:7:9: break label not defined: L2
   * ./main.go:17:9: invalid break label L5
   * (positions: the model's label statement and branch statement)
   */
  @Test
  void labels() {
    Program p = mainOnly(fn -> {
      fn.stmt(new Stmt.Labeled("L1", new Stmt.For(null, null, null,
          new Stmt.Block(List.of(new Stmt.Branch(Stmt.BranchKind.BREAK, "L2", at(7, 9))), at(6, 6), at(8, 2)),
          at(6, 2)), at(5, 1)));
      fn.stmt(new Stmt.Labeled("L5", new Stmt.Assign(List.of(new Expr.Ident("x", at(14, 2))),
          dev.gosem.api.ast.AssignOp.DEFINE, List.of(lit(1).expr()), at(14, 2)), at(13, 1)));
      fn.assign(blank(), id("x"));
      fn.forever(b -> b.at(F, 17, 9).brk("L5"));
    });
    assertThat(errors(p)).containsExactly(
        "5:1: label L1 defined and not used",
        "7:9: break label not defined: L2",
        "17:9: invalid break label L5");
  }

  /*
   * L:
   * 	for {
   * 		for {
   * 			continue L
   * 		}
   * 		break L
   * 	}
   * M:
   * 	{
   * 		for {
   * 			continue M
   * 		}
   * 	}
   * ./main.go:22:13: invalid continue label M  (no error for L)
   */
  @Test
  void labelledBranchesThroughNestedLoops() {
    Program p = mainOnly(fn -> {
      fn.label("L").forever(b -> {
        b.forever(c -> c.cont("L"));
        b.brk("L");
      });
      fn.label("M").block(b -> b.forever(c -> c.at(F, 22, 13).cont("M")));
    });
    assertThat(errors(p)).containsExactly("22:13: invalid continue label M");
  }

  /*
   * func f() int { return 1 }
   * func g() (int, int) { return 1, 2 }
   * func main() {
   * 	a, b := f()
   * 	c := g()
   * 	_ = g()
   * }
   * ./main.go:15:10: assignment mismatch: 2 variables but f returns 1 value
   * ./main.go:16:7: assignment mismatch: 1 variable but g returns 2 values
   * ./main.go:21:6: assignment mismatch: 1 variable but g returns 2 values
   */
  @Test
  void assignmentMismatch() {
    Program p = prog(f -> {
      f.func("f", fn -> {
        fn.result(Types.INT);
        fn.ret(1);
      });
      f.func("g", fn -> {
        fn.results(Types.INT, Types.INT);
        fn.ret(1, 2);
      });
      f.func("main", fn -> {
        fn.define(names("a", "b"), call("f").at(at(15, 10)));
        fn.define("c", call("g").at(at(16, 7)));
        fn.assign(blank(), call("g").at(at(21, 6)));
        fn.assign(new Ex[] {blank(), blank(), blank()}, id("a"), id("b"), id("c"));
      });
    });
    assertThat(errors(p)).containsExactly(
        "15:10: assignment mismatch: 2 variables but f returns 1 value",
        "16:7: assignment mismatch: 1 variable but g returns 2 values",
        "21:6: assignment mismatch: 1 variable but g returns 2 values");
  }

  /*
   * 	x, y = 1        (y undefined)
   * 	o, p := 1
   * ./main.go:19:5: undefined: y
   * ./main.go:19:9: assignment mismatch: 2 variables but 1 value
   * ./main.go:17:10: assignment mismatch: 2 variables but 1 value
   */
  @Test
  void assignmentMismatchWithoutCall() {
    Program p = mainOnly(fn -> {
      Var x = fn.define("x", 1);
      fn.define(names("o", "p"), lit(1).at(at(17, 10)));
      fn.assign(new Ex[] {x, id("y").at(at(19, 5))}, lit(1).at(at(19, 9)));
      fn.assign(blank(), x);
    });
    assertThat(errors(p)).containsExactly(
        "17:10: assignment mismatch: 2 variables but 1 value",
        "19:5: undefined: y",
        "19:9: assignment mismatch: 2 variables but 1 value");
  }

  /*
   * func f() int {
   * 	return
   * }
   * func g() (int, string) {
   * 	return 1
   * }
   * func i() int {
   * 	return 1, 2
   * }
   * ./main.go:3:2: not enough return values
   * 	have ()
   * 	want (int)
   * ./main.go:6:9: not enough return values
   * 	have (number)
   * 	want (int, string)
   * ./main.go:12:12: too many return values
   * 	have (number, number)
   * 	want (int)
   */
  @Test
  void returnCount() {
    Program p = prog(f -> {
      f.func("f", fn -> {
        fn.result(Types.INT);
        fn.at(F, 3, 2).ret();
      });
      f.func("g", fn -> {
        fn.results(Types.INT, Types.STRING);
        fn.ret(lit(1).at(at(6, 9)));
      });
      f.func("i", fn -> {
        fn.result(Types.INT);
        fn.ret(1, lit(2).at(at(12, 12)));
      });
      f.func("main", fn -> {});
    });
    assertThat(errors(p)).containsExactly(
        "3:2: not enough return values\n\thave ()\n\twant (int)",
        "6:9: not enough return values\n\thave (number)\n\twant (int, string)",
        "12:12: too many return values\n\thave (number, number)\n\twant (int)");
  }

  /*
   * package main
   * func main(x int) int {
   * 	return 1
   * }
   * ./main.go:2:6: func main must have no arguments and no return values
   */
  @Test
  void mainSignature() {
    Program p = prog(f -> f.func("main", fn -> {
      fn.param("x", Types.INT);
      fn.result(Types.INT);
      fn.ret(1);
    }));
    assertThat(messages(p)).containsExactly("func main must have no arguments and no return values");
  }

  /*
   * package main
   * func foo() {}
   * go build: runtime.main_main·f: function main is undeclared in the main package
   * (a link error, without a position; reported at the first file)
   */
  @Test
  void missingMain() {
    Program p = prog(f -> f.func("foo", fn -> {}));
    assertThat(errors(p)).containsExactly("0:0: function main is undeclared in the main package");
  }

  /*
   * package main
   * var main = 1
   * ./main.go:2:5: cannot declare main - must be func
   */
  @Test
  void mainMustBeFunc() {
    Program p = prog(f -> f.decl(new Decl.GenDecl(Decl.Kind.VAR, List.of(new dev.gosem.api.ast.Spec.ValueSpec(
        List.of(new Expr.Ident("main", at(2, 5))), null, List.of(lit(1).expr()), at(2, 5))), false, at(2, 1))));
    assertThat(errors(p)).containsExactly("2:5: cannot declare main - must be func");
  }

  /*
   * var v int
   * func main() {
   * 	v()
   * 	x := 1
   * 	x(2)
   * 	"s"()
   * }
   * ./main.go:8:2: invalid operation: cannot call non-function v (variable of type int)
   * ./main.go:10:2: invalid operation: cannot call non-function x (variable of type int)
   * ./main.go:12:2: invalid operation: cannot call non-function "s" (untyped string constant)
   */
  @Test
  void callNonFunction() {
    Program p = prog(f -> {
      f.var("v", Types.INT);
      f.func("main", fn -> {
        fn.call(call(id("v").at(at(8, 2))));
        fn.define("x", 1);
        fn.call(call(id("x").at(at(10, 2)), 2));
        fn.call(call(str("s").at(at(12, 2))));
      });
    });
    assertThat(errors(p)).containsExactly(
        "8:2: invalid operation: cannot call non-function v (variable of type int)",
        "10:2: invalid operation: cannot call non-function x (variable of type int)",
        "12:2: invalid operation: cannot call non-function \"s\" (untyped string constant)");
  }

  /*
   * func g() (int, int) { return 1, 2 }
   * func h() {}
   * func main() {
   * 	var m int = g()
   * 	x := 1
   * 	x = h()
   * 	println(1, g())
   * 	_, _ = m, x
   * }
   * ./main.go:18:14: multiple-value g() (value of type (int, int)) in single-value context
   * ./main.go:29:6: h() (no value) used as value
   * ./main.go:31:13: multiple-value g() (value of type (int, int)) in single-value context
   */
  @Test
  void singleValueContext() {
    Program p = prog(f -> {
      f.func("g", fn -> {
        fn.results(Types.INT, Types.INT);
        fn.ret(1, 2);
      });
      f.func("h", fn -> {});
      f.func("main", fn -> {
        Var m = fn.var("m", Types.INT, call("g").at(at(18, 14)));
        Var x = fn.define("x", 1);
        fn.assign(x, call("h").at(at(29, 6)));
        fn.println(1, call("g").at(at(31, 13)));
        fn.assign(new Ex[] {blank(), blank()}, m, x);
      });
    });
    assertThat(errors(p)).containsExactly(
        "18:14: multiple-value g() (value of type (int, int)) in single-value context",
        "29:6: h() (no value) used as value",
        "31:13: multiple-value g() (value of type (int, int)) in single-value context");
  }

  /*
   * func main() {
   * 	var s uint = 2
   * 	var f float64 = 1 << s
   * 	y := 1.0 << s
   * 	var str string = 1 << s
   * }
   * ./main.go:5:18: invalid operation: 1 << s (shift of type float64)
   * ./main.go:8:7: invalid operation: 1.0 << s (shift of type float64)
   * ./main.go:13:19: cannot use 1 << s (untyped int value) as string value in variable declaration
   */
  @Test
  void nonConstantShiftTakesTypeFromContext() {
    Program p = mainOnly(fn -> {
      Var s = fn.var("s", Types.UINT, 2);
      Var f = fn.var("f", Types.FLOAT64, lit(1).at(at(5, 18)).shl(s));
      Var y = fn.define("y", lit(1.0).at(at(8, 7)).shl(s));
      Var str = fn.var("str", Types.STRING, lit(1).shl(s).at(at(13, 19)));
      fn.assign(new Ex[] {blank(), blank(), blank()}, f, y, str);
    });
    assertThat(errors(p)).containsExactly(
        "5:18: invalid operation: 1 << s (shift of type float64)",
        "8:7: invalid operation: 1.0 << s (shift of type float64)",
        "13:19: cannot use 1 << s (untyped int value) as string value in variable declaration");
  }

  /*
   * 	_ = x << -1
   * 	_ = 1 << 10000
   * 	_ = 1 << 600
   * 	_ = 1.5 << 2
   * ./main.go:21:11: invalid operation: negative shift count -1 (untyped int constant)
   * ./main.go:16:11: invalid operation: invalid shift count 10000 (untyped int constant)
   * ./main.go:3:8: constant shift overflow     (Go: at the operator; here at the shift node)
   * ./main.go:41:6: invalid operation: shifted operand 1.5 (untyped float constant) must be integer
   */
  @Test
  void constantShifts() {
    Program p = mainOnly(fn -> {
      Var x = fn.define("x", 1);
      fn.assign(blank(), lit(1).shl(600).at(at(3, 8)));
      fn.assign(blank(), lit(1).shl(lit(10000).at(at(16, 11))));
      fn.assign(blank(), x.shl(lit(-1).at(at(21, 11))));
      fn.assign(blank(), lit(1.5).at(at(41, 6)).shl(2));
    });
    assertThat(errors(p)).containsExactly(
        "3:8: constant shift overflow",
        "16:11: invalid operation: invalid shift count 10000 (untyped int constant)",
        "21:11: invalid operation: negative shift count -1 (untyped int constant)",
        "41:6: invalid operation: shifted operand 1.5 (untyped float constant) must be integer");
  }

  /*
   * var s = "hello"
   * func main() {
   * 	_ = "abc"[3]
   * 	_ = s[-1]
   * 	_ = s[1.5]
   * 	_ = 5[1]
   * 	s[0] = 'a'
   * }
   * ./main.go:17:12: invalid argument: index 3 out of bounds [0:3]
   * ./main.go:19:8: invalid argument: index -1 (constant of type int) must not be negative
   * ./main.go:20:8: 1.5 (untyped float constant) truncated to int
   * ./main.go:22:7: invalid operation: cannot index 5 (untyped int constant)
   * ./main.go:36:2: cannot assign to s[0] (value of type byte)
   */
  @Test
  void stringIndex() {
    Program p = prog(f -> {
      f.var("s", null, "hello");
      f.func("main", fn -> {
        fn.assign(blank(), str("abc").index(lit(3).at(at(17, 12))));
        fn.assign(blank(), id("s").index(lit(-1).at(at(19, 8))));
        fn.assign(blank(), id("s").index(lit(1.5).at(at(20, 8))));
        // Go reports "cannot index" at the '[' (the Index node's pos), other errors at the start.
        fn.assign(blank(), lit(5).index(1).at(at(22, 7)));
        fn.assign(id("s").at(at(36, 2)).index(0), Go.rune('a'));
      });
    });
    assertThat(errors(p)).containsExactly(
        "17:12: invalid argument: index 3 out of bounds [0:3]",
        "19:8: invalid argument: index -1 (constant of type int) must not be negative",
        "20:8: 1.5 (untyped float constant) truncated to int",
        "22:7: invalid operation: cannot index 5 (untyped int constant)",
        "36:2: cannot assign to s[0] (value of type byte)");
  }

  /*
   * var a = b
   * var b = a
   * ./main.go:2:5: initialization loop for a
   * 	./main.go:2:5: a refers to
   * 	./main.go:3:5: b refers to
   * 	./main.go:2:5: a
   */
  @Test
  void initializationLoop() {
    Program p = prog(f -> {
      f.decl(varDecl("a", id("b").expr(), at(2, 5)));
      f.decl(varDecl("b", id("a").expr(), at(3, 5)));
      f.func("main", fn -> {});
    });
    assertThat(errors(p)).containsExactly(
        "2:5: initialization loop for a\n\tmain.go:2:5: a refers to\n\tmain.go:3:5: b refers to\n\tmain.go:2:5: a");
  }

  /*
   * var c = f()
   * func f() int { return d }
   * var d = c
   * ./main.go:4:5: initialization loop for c
   * 	./main.go:4:5: c refers to
   * 	./main.go:5:6: f refers to
   * 	./main.go:6:5: d refers to
   * 	./main.go:4:5: c
   */
  @Test
  void initializationLoopThroughFunction() {
    Program p = prog(f -> {
      f.decl(varDecl("c", call("f").expr(), at(4, 5)));
      f.decl(new Decl.FuncDecl("f", List.of(), List.of(new Field(null, id("int").expr(), at(5, 10))),
          new Stmt.Block(List.of(new Stmt.Return(List.of(id("d").expr()), at(5, 16))), at(5, 14), at(5, 25)), at(5, 6)));
      f.decl(varDecl("d", id("c").expr(), at(6, 5)));
      f.func("main", fn -> {});
    });
    assertThat(errors(p)).containsExactly("4:5: initialization loop for c\n\tmain.go:4:5: c refers to\n"
        + "\tmain.go:5:6: f refers to\n\tmain.go:6:5: d refers to\n\tmain.go:4:5: c");
  }

  /*
   * package main
   * import "fmt"
   * import "os"
   * func main() {
   * 	x := 1
   * 	fmt.Println(os)
   * }
   * ./main.go:3:8: imported and not used: "os"    (project wording: "os" imported and not used)
   * ./main.go:5:2: x declared but not used        (project wording: declared and not used: x)
   * ./main.go:6:14: use of package os not in selector
   */
  @Test
  void packageNotInSelector() {
    Program p = prog(f -> {
      f.imports("fmt", "os");
      f.func("main", fn -> {
        fn.at(F, 5, 2).define("x", 1);
        fn.call(Go.fmtPrintln(id("os").at(at(6, 14))));
      });
    });
    assertThat(messages(p)).containsExactlyInAnyOrder(
        "\"os\" imported and not used", "declared and not used: x", "use of package os not in selector");
    assertThat(errors(p)).contains("5:2: declared and not used: x", "6:14: use of package os not in selector");
  }

  /*
   * func main() {
   * 	x := 1
   * 	x + 1
   * 	f
   * 	len("a")
   * 	int(1)
   * 	_ = len
   * 	_ = _
   * }
   * ./main.go:24:2: x + 1 (value of type int) is not used
   * ./main.go:26:2: f (value of type func(a int) int) is not used
   * ./main.go:28:2: len("a") (constant 1 of type int) is not used
   * ./main.go:42:2: int(1) (constant 1 of type int) is not used
   * ./main.go:21:6: len (built-in) must be called
   * ./main.go:12:6: cannot use _ as value or type
   */
  @Test
  void unusedExpressions() {
    Program p = prog(f -> {
      f.func("f", fn -> {
        Var a = fn.param("a", Types.INT);
        fn.result(Types.INT);
        fn.ret(a);
      });
      f.func("main", fn -> {
        Var x = fn.define("x", 1);
        fn.call(x.add(1).at(at(24, 2)));
        fn.call(id("f").at(at(26, 2)));
        fn.call(Go.len("a").at(at(28, 2)));
        fn.call(conv(Types.INT, 1).at(at(42, 2)));
        fn.assign(blank(), id("len").at(at(21, 6)));
        fn.assign(blank(), blank().at(at(12, 6)));
      });
    });
    assertThat(errors(p)).containsExactly(
        "12:6: cannot use _ as value or type",
        "21:6: len (built-in) must be called",
        "24:2: x + 1 (value of type int) is not used",
        "26:2: f (value of type func(a int) int) is not used",
        "28:2: len(\"a\") (constant 1 of type int) is not used",
        "42:2: int(1) (constant 1 of type int) is not used");
  }

  /*
   * func n() (x int) {
   * 	{
   * 		x := 2
   * 		_ = x
   * 		return
   * 	}
   * }
   * ./main.go:30:3: result parameter x not in scope at return
   * 	./main.go:28:3: inner declaration of var x int
   */
  @Test
  void resultNotInScopeAtBareReturn() {
    Program p = prog(f -> {
      f.func("n", fn -> {
        fn.namedResult("x", Types.INT);
        fn.block(b -> {
          b.at(F, 28, 3).define("x", 2);
          b.assign(blank(), id("x"));
          b.at(F, 30, 3).ret();
        });
      });
      f.func("main", fn -> {});
    });
    assertThat(errors(p)).containsExactly(
        "30:3: result parameter x not in scope at return\n\tmain.go:28:3: inner declaration of var x int");
  }

  /*
   * var v = 1
   * const c1 = v
   * const c2 int = 1.5
   * const E, F = 1
   * ./main.go:3:12: v (variable of type int) is not constant
   * ./main.go:4:16: cannot use 1.5 (untyped float constant) as int value in constant declaration (truncated)
   * ./main.go:11:10: missing init expr for F
   */
  @Test
  void constantDeclarations() {
    Program p = prog(f -> {
      f.var("v", null, 1);
      f.constant("c1", id("v").at(at(3, 12)));
      f.constant("c2", Types.INT, lit(1.5).at(at(4, 16)));
      f.decl(new Decl.GenDecl(Decl.Kind.CONST, List.of(new dev.gosem.api.ast.Spec.ValueSpec(
          List.of(new Expr.Ident("E", at(11, 7)), new Expr.Ident("F", at(11, 10))), null,
          List.of(lit(1).expr()), at(11, 7))), false, at(11, 1)));
      f.func("main", fn -> {});
    });
    assertThat(errors(p)).containsExactly(
        "3:12: v (variable of type int) is not constant",
        "4:16: cannot use 1.5 (untyped float constant) as int value in constant declaration (truncated)",
        "11:10: missing init expr for F");
  }

  /*
   * 	var a, b = 1, 2, 3
   * ./main.go:10:19: extra init expr 3
   */
  @Test
  void extraInitExpr() {
    Program p = mainOnly(fn -> fn.stmt(new Stmt.DeclStmt(new Decl.GenDecl(Decl.Kind.VAR, List.of(
        new dev.gosem.api.ast.Spec.ValueSpec(List.of(new Expr.Ident("a", at(10, 6)), new Expr.Ident("b", at(10, 9))),
            null, List.of(lit(1).expr(), lit(2).expr(), lit(3).at(at(10, 19)).expr()), at(10, 6))), false, at(10, 2)),
        at(10, 2))));
    // a and b are unused too: go1.19 reports them after the arity error.
    assertThat(errors(p)).containsExactly(
        "10:6: declared and not used: a", "10:9: declared and not used: b", "10:19: extra init expr 3");
  }

  /*
   * 	a, a := 1, 2
   * ./main.go:6:5: a repeated on left side of :=
   */
  @Test
  void repeatedOnLeftOfDefine() {
    Program p = mainOnly(fn -> {
      fn.stmt(new Stmt.Assign(List.of(new Expr.Ident("a", at(6, 2)), new Expr.Ident("a", at(6, 5))),
          dev.gosem.api.ast.AssignOp.DEFINE, List.of(lit(1).expr(), lit(2).expr()), at(6, 2)));
      fn.assign(blank(), id("a"));
    });
    assertThat(errors(p)).containsExactly("6:5: a repeated on left side of :=");
  }

  /*
   * 	_ = s == x      (s string, x int)
   * 	_ = b == 1      (b bool)
   * ./main.go:28:11: invalid operation: s == x (mismatched types string and int)
   * ./main.go:30:11: invalid operation: b == 1 (mismatched types bool and untyped int)
   */
  @Test
  void mismatchedComparisonReportedAtSecondOperand() {
    Program p = mainOnly(fn -> {
      Var x = fn.define("x", 1);
      Var s = fn.define("s", "a");
      Var b = fn.define("b", true);
      fn.assign(blank(), s.eq(id("x").at(at(28, 11))));
      fn.assign(blank(), b.eq(lit(1).at(at(30, 11))));
      fn.assign(blank(), x);
    });
    assertThat(errors(p)).containsExactly(
        "28:11: invalid operation: s == x (mismatched types string and int)",
        "30:11: invalid operation: b == 1 (mismatched types bool and untyped int)");
  }

  /*
   * Go 1.19 has no range over int; for the float case it prints
   * 	for i := range 1.5 {
   * ./main.go:3:17: cannot range over 1.5 (untyped float constant)
   * and go1.22+ with go.mod at go1.21 prints for `for i := range 3`
   * ./main.go:6:17: cannot range over 3 (untyped int constant): requires go1.22 or later (-lang was set to go1.21; check go.mod)
   */
  @Test
  void rangeOverNonIntegerAndOldVersion() {
    Program p = mainOnly(fn -> fn.rangeInt("i", lit(1.5).at(at(3, 17)), (b, i) -> b.assign(blank(), i)));
    assertThat(errors(p)).containsExactly("3:17: cannot range over 1.5 (untyped float constant)");

    Program old = Go.program("t", prog -> prog.goVersion("go1.21").file(F, f -> f.func("main",
        fn -> fn.rangeInt("i", lit(3).at(at(6, 17)), (b, i) -> b.assign(blank(), i)))));
    assertThat(errors(old)).containsExactly(
        "6:17: cannot range over 3 (untyped int constant): requires go1.22 or later (-lang was set to go1.21; check go.mod)");
  }

  /*
   * import "net/http" is valid Go that gosem does not support: a clear diagnostic, no exception.
   * fmt.Fprintf exists in Go (so not "undefined") but gosem does not support it yet; fmt.println
   * does not exist:
   * ./main.go:5:6: undefined: fmt.println
   */
  @Test
  void unsupportedAndUndefinedPackageMembers() {
    Program p = prog(f -> {
      f.imports("fmt", "net/http");
      f.func("main", fn -> {
        fn.call(Go.pkgCall("fmt", "Fprintf", "x"));
        fn.call(call(Go.sel("fmt", "println").at(at(5, 6)), 1));
      });
    });
    assertThat(messages(p)).containsExactlyInAnyOrder(
        "unsupported: import \"net/http\" (gosem supports \"fmt\", \"os\", \"errors\", \"strconv\", \"strings\", \"runtime\", \"sort\", \"math\")",
        "unsupported: fmt.Fprintf (gosem supports only part of package fmt)",
        "undefined: fmt.println");
  }

  /*
   * 	s := "s"
   * 	x += s
   * 	s++
   * ./main.go:17:2: invalid operation: x += s (mismatched types int and string)
   * ./main.go:18:2: invalid operation: s++ (non-numeric type string)
   */
  @Test
  void opAssignAndIncDec() {
    Program p = mainOnly(fn -> {
      fn.define("x", 1);
      fn.define("s", "s");
      fn.addAssign(id("x").at(at(17, 2)), id("s"));
      fn.inc(id("s").at(at(18, 2)));
    });
    assertThat(errors(p)).containsExactly(
        "17:2: invalid operation: x += s (mismatched types int and string)",
        "18:2: invalid operation: s++ (non-numeric type string)");
  }

  /*
   * 	var n int = nil
   * 	println(nil)
   * ./main.go:15:14: cannot use nil as int value in variable declaration
   * ./main.go:18:10: use of untyped nil in argument to println
   */
  @Test
  void untypedNil() {
    Program p = mainOnly(fn -> {
      Var n = fn.var("n", Types.INT, id("nil").at(at(15, 14)));
      fn.println(id("nil").at(at(18, 10)));
      fn.assign(blank(), n);
    });
    assertThat(errors(p)).containsExactly(
        "15:14: cannot use nil as int value in variable declaration",
        "18:10: use of untyped nil in argument to println");
  }

  /*
   * 	var z int = "a"   -- not reported as unused: a failed initialization marks z used
   * 	y := undefinedthing
   * ./main.go:7:7: undefined: undefinedthing
   * ./main.go:8:14: cannot use "a" (untyped string constant) as int value in variable declaration
   */
  @Test
  void failedInitializationDoesNotAlsoReportUnused() {
    Program p = mainOnly(fn -> {
      fn.define("y", id("undefinedthing").at(at(7, 7)));
      fn.var("z", Types.INT, str("a").at(at(8, 14)));
    });
    assertThat(errors(p)).containsExactly(
        "7:7: undefined: undefinedthing",
        "8:14: cannot use \"a\" (untyped string constant) as int value in variable declaration");
  }

  /*
   * 	var s string = 1.0 / 3
   * 	var t string = 1e6
   * 	var u string = 'é'
   * ./main.go:14:17: cannot use 1.0 / 3 (untyped float constant 0.333333) as string value in variable declaration
   * ./main.go:11:17: cannot use 1e6 (untyped float constant 1e+06) as string value in variable declaration
   * ./main.go:19:17: cannot use 'é' (untyped rune constant 233) as string value in variable declaration
   */
  @Test
  void constantValuesSpelledAsGoDoes() {
    Program p = mainOnly(fn -> {
      fn.var("s", Types.STRING, lit(1.0).div(3).at(at(14, 17)));
      fn.var("t", Types.STRING, Go.literal(Expr.LitKind.FLOAT, "1e6").at(at(11, 17)));
      fn.var("u", Types.STRING, Go.rune('é').at(at(19, 17)));
    });
    assertThat(errors(p)).containsExactly(
        "11:17: cannot use 1e6 (untyped float constant 1e+06) as string value in variable declaration",
        "14:17: cannot use 1.0 / 3 (untyped float constant 0.333333) as string value in variable declaration",
        "19:17: cannot use 'é' (untyped rune constant 233) as string value in variable declaration");
  }

  /*
   * func main() {
   * 	for var i = 0; i < 3; i++ {
   * 	}
   * 	if var j = 0; j < 3 {
   * 	}
   * 	switch var k = 0; k {
   * 	}
   * }
   * ./main.go:4:10: syntax error: var declaration not allowed in for initializer
   * ./main.go:6:9: syntax error: var declaration not allowed in if initializer
   * ./main.go:8:13: syntax error: var declaration not allowed in switch initializer
   * (and `for const c = 1; c < 3; {}`: ./main.go:10:6: syntax error: unexpected const, expecting expression)
   */
  @Test
  void varDeclarationsInInitStatements() {
    Program p = mainOnly(fn -> {
      fn.forLoop(l -> {
        Var i = l.init().at(F, 4, 10).var("i", 0);
        l.cond(i.lt(3));
        l.post().inc(i);
        l.body(b -> {});
      });
      fn.ifInit(s -> s.at(F, 6, 9).var("j", 0).lt(3), then -> {});
    });
    assertThat(errors(p)).containsExactly(
        "4:10: syntax error: var declaration not allowed in for initializer",
        "6:9: syntax error: var declaration not allowed in if initializer");
  }

  private static Decl.GenDecl varDecl(String name, Expr value, dev.gosem.api.Pos pos) {
    return new Decl.GenDecl(Decl.Kind.VAR, List.of(new dev.gosem.api.ast.Spec.ValueSpec(
        List.of(new Expr.Ident(name, pos)), null, List.of(value), pos)), false, pos);
  }
}
