package dev.gosem.api.print;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.build.FileBuilder;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Types;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Go 1.19 dialect: range over an integer written as a three-clause loop. */
class Go119LoweringTest {
  private static final Pos P = Pos.NONE;
  private static final GoPrinter.Options GO119 = GoPrinter.Options.go119();

  @TempDir Path tmp;

  private static String go119(Consumer<FileBuilder> file) {
    Program p = Go.program("t", prog -> prog.file("main.go", file));
    return GoPrinter.print(p, GO119).get("main.go");
  }

  private static Stmt.Block block(Stmt... stmts) {
    return new Stmt.Block(List.of(stmts), P, P);
  }

  @Test
  void literalBoundNeedsNoVariable() {
    String src = go119(f -> f.func("main", m -> {
      m.rangeInt("i", 10, (b, i) -> b.println(i));
      m.rangeInt(3, b -> b.println("x"));
    }));
    assertThat(src).isEqualTo("""
        package main

        func main() {
        	for i_ := 0; i_ < 10; i_++ {
        		i := i_
        		println(i)
        	}
        	for i_1 := 0; i_1 < 3; i_1++ {
        		println("x")
        	}
        }
        """);
  }

  @Test
  void otherBoundsAreEvaluatedOnceIntoAVariableOfTheirType() {
    String src = go119(f -> f.func("main", m -> {
      Var n = m.var("n", Types.INT8, 3);
      m.rangeInt("i", n, (b, i) -> b.assign(n, i));
      m.rangeInt("j", call("f", n.add(1)), (b, j) -> b.println(j));
      m.rangeInt(n.mul(2), b -> {});
    }));
    assertThat(src).isEqualTo("""
        package main

        func main() {
        	var n int8 = 3
        	n_ := n
        	for i_ := n_ - n_; i_ < n_; i_++ {
        		i := i_
        		n = i
        	}
        	n_1 := f(n + 1)
        	for j_ := n_1 - n_1; j_ < n_1; j_++ {
        		j := j_
        		println(j)
        	}
        	n_2 := n * 2
        	for i_1 := n_2 - n_2; i_1 < n_2; i_1++ {
        	}
        }
        """);
  }

  @Test
  void theBoundGoesBeforeTheLabelsSoTheyStillNameTheLoop() {
    String src = go119(f -> f.func("main", m -> {
      Var n = m.define("n", 2);
      m.label("outer").rangeInt("i", n, (b, i) -> b.rangeInt("j", n, (in, j) -> in.cont("outer")));
    }));
    assertThat(src).isEqualTo("""
        package main

        func main() {
        	n := 2
        	n_ := n
        outer:
        	for i_ := n_ - n_; i_ < n_; i_++ {
        		i := i_
        		n_1 := n
        		for j_ := n_1 - n_1; j_ < n_1; j_++ {
        			j := j_
        			continue outer
        		}
        	}
        }
        """);
  }

  @Test
  void hiddenNamesAvoidEveryNameOfTheProgram() {
    Program p = Go.program("t", prog -> {
      prog.file("a.go", f -> {
        f.var("i_", Types.INT, 1);
        f.var("n_", Types.INT, 2);
        f.func("main", m -> m.rangeInt("i", id("n"), (b, i) -> b.println(i, id("i_"), id("n_"))));
      });
      prog.file("b.go", f -> {
        f.var("n", Types.INT, 3);
        f.func("other", m -> m.rangeInt("i", 2, (b, i) -> b.println(i)));
      });
    });
    Map<String, String> out = GoPrinter.print(p, GO119);
    assertThat(out.get("a.go")).contains("""
        	n_1 := n
        	for i_1 := n_1 - n_1; i_1 < n_1; i_1++ {
        		i := i_1
        		println(i, i_, n_)
        	}
        """);
    assertThat(out.get("b.go")).contains("for i_1 := 0; i_1 < 2; i_1++ {");
  }

  @Test
  void eachFunctionStartsAfresh() {
    String src = go119(f -> {
      f.func("a", m -> m.rangeInt("i", 2, (b, i) -> b.println(i)));
      f.func("b", m -> m.rangeInt("i", 2, (b, i) -> b.println(i)));
    });
    assertThat(src.split("for i_ := 0; i_ < 2; i_\\+\\+", -1)).hasSize(3);
  }

  @Test
  void aBodyThatRedeclaresTheVariableBecomesANestedBlock() {
    String src = go119(f -> f.func("main", m -> m.rangeInt("i", 2, (b, i) -> {
      Var i2 = b.define("i", i.add(1));
      b.println(i2);
    })));
    assertThat(src).contains("""
        	for i_ := 0; i_ < 2; i_++ {
        		i := i_
        		{
        			i := i + 1
        			println(i)
        		}
        	}
        """);
  }

  @Test
  void assignmentFormGivesTheValuesTheVariablesType() {
    String src = go119(f -> f.func("main", m -> {
      Var j = m.var("j", Types.INT8);
      m.stmt(new Stmt.Range(j.expr(), null, false, Go.lit(4).expr(), block(), P));
      m.stmt(new Stmt.Range(new Expr.Ident("_", P), null, false, id("k").expr(), block(), P));
      m.stmt(new Stmt.Range(new Expr.Ident("_", P), null, true, Go.lit(1).expr(), block(), P));
    }));
    assertThat(src).isEqualTo("""
        package main

        func main() {
        	var j int8
        	n_ := j - j + 4
        	for j_ := n_ - n_; j_ < n_; j_++ {
        		j = j_
        	}
        	k_ := k
        	for i_ := k_ - k_; i_ < k_; i_++ {
        	}
        	for i_1 := 0; i_1 < 1; i_1++ {
        		_ := i_1
        	}
        }
        """);
  }

  @Test
  void unsupportedShapesAreRejectedClearly() {
    Program indexKey = Go.program("t", prog -> prog.file("main.go", f -> f.func("main", m -> m.stmt(
        new Stmt.Range(id("a").index(0).expr(), null, false, Go.lit(3).expr(), block(), P)))));
    assertThatThrownBy(() -> GoPrinter.print(indexKey, GO119))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("supports only an identifier as iteration variable, not a[0]");
    Program twoVars = Go.program("t", prog -> prog.file("main.go", f -> f.func("main", m -> m.stmt(
        new Stmt.Range(id("i").expr(), id("v").expr(), true, Go.lit(3).expr(), block(), P)))));
    assertThatThrownBy(() -> GoPrinter.print(twoVars, GO119))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only one iteration variable");
    // the standard dialect prints both as written
    assertThat(GoPrinter.print(twoVars).get("main.go")).contains("for i, v := range 3 {");
  }

  @Test
  void filesWithoutNewConstructsPrintTheSameInBothDialects() {
    Program p = Programs.constructs().program();
    Program noRange = Go.program("t", prog -> prog.file("main.go", f -> f.func("main", m -> {
      Var x = m.define("x", 1);
      m.forLoop(l -> {
        Var i = l.init().define("i", 0);
        l.cond(i.lt(x));
        l.post().inc(i);
        l.body(b -> b.println(i));
      });
    })));
    assertThat(GoPrinter.print(noRange, GO119)).isEqualTo(GoPrinter.print(noRange));
    assertThat(GoPrinter.print(p, GO119)).isNotEqualTo(GoPrinter.print(p));
  }

  @Test
  void anUnusedRangeVariableStaysAnError() {
    Path go = GoTool.require("go");
    Program p = Go.program("t", prog -> prog.file("main.go", f -> f.func("main", m -> m.rangeInt("i", 3, (b, i) -> {}))));
    GoTool.write(tmp, GoPrinter.print(p, GO119));
    GoTool.Result r = GoTool.run(tmp, null, go.toString(), "build", "-o", "prog", "main.go");
    // Go 1.22 rejects "for i := range 3 {}" the same way
    assertThat(r.exit()).isNotZero();
    assertThat(r.stderr()).containsPattern("i declared (but|and) not used");
  }

  // ---- which ranges are over integers ----

  @Test
  void rangesOverCollectionsStayAsTheyAre() {
    Named point = new Named("main", "Point", Go.struct(Go.field("X", Types.INT)));
    String src = go119(f -> {
      Named ints = f.type("Ints", Go.sliceOf(Types.INT));
      Named bag = f.type("Bag", Go.struct(Go.field("Items", Go.mapOf(Types.STRING, Types.INT)), Go.field("Count", Types.INT)));
      f.method(Go.recv("b", Go.ptr(bag)), "Keys", fn -> {
        fn.result(Go.sliceOf(Types.STRING));
        fn.ret(Go.nil());
      });
      f.func("words", fn -> {
        fn.result(Go.sliceOf(Types.STRING));
        fn.ret(Go.nil());
      });
      f.func("main", m -> {
        Var s = m.define("s", Go.lit(Go.sliceOf(Types.INT), 1, 2));
        Var str = m.define("str", "héllo");
        Var is = m.var("is", ints);
        Var b = m.define("b", Go.lit(bag).addr());
        Var arr = m.var("arr", Go.arrayOf(3, Types.INT));
        m.rangeOver(s, "i", (body, i) -> body.println(i));
        m.rangeOver(str, "i", (body, i) -> body.println(i));
        m.rangeOver(is, "i", (body, i) -> body.println(i));
        m.rangeOver(b.field("Items"), "k", (body, k) -> body.println(k));
        m.rangeOver(b.method("Keys"), "k", (body, k) -> body.println(k));
        m.rangeOver(call("words"), body -> {});
        m.rangeOver(arr.addr(), "i", (body, i) -> body.println(i));
        m.rangeOver(arr.slice(1, null), "i", (body, i) -> body.println(i));
        m.rangeOver(Go.lit(Go.mapOf(point, Types.BOOL)), "k", (body, k) -> body.println(k.field("X")));
        m.rangeOver(id("undeclared"), "k", "v", (body, k, v) -> body.println(k, v));
        // integers, found through declarations
        m.rangeInt("i", b.field("Count"), (body, i) -> body.println(i));
        m.rangeInt("i", Go.len(s), (body, i) -> body.println(i));
      });
    });
    assertThat(src).contains("""
        	for i := range s {
        		println(i)
        	}
        	for i := range str {
        		println(i)
        	}
        	for i := range is {
        		println(i)
        	}
        	for k := range b.Items {
        		println(k)
        	}
        	for k := range b.Keys() {
        		println(k)
        	}
        	for range words() {
        	}
        	for i := range &arr {
        		println(i)
        	}
        	for i := range arr[1:] {
        		println(i)
        	}
        	for k := range map[Point]bool{} {
        		println(k.X)
        	}
        	for k, v := range undeclared {
        		println(k, v)
        	}
        	n_ := b.Count
        	for i_ := n_ - n_; i_ < n_; i_++ {
        """);
    assertThat(src).contains("n_1 := len(s)");
  }

  @Test
  void loopsInFunctionLiteralsSwitchesAndPackageVariablesAreLoweredToo() {
    String src = go119(f -> {
      f.var("table", null, Go.func(fn -> fn.rangeInt("i", 2, (b, i) -> b.println(i))));
      f.func("main", m -> {
        m.switchOn(1, sw -> sw.caseOf(1, c -> c.rangeInt(3, b -> b.println("x"))));
        m.typeSwitch(Go.conv(Types.ANY, 1), sw -> sw.defaultCase(c -> c.rangeInt(4, b -> {})));
        m.defer(Go.func(fn -> fn.rangeInt("k", 5, (b, k) -> b.println(k))).call());
        Var n = m.define("n", 2);
        m.define("g", Go.func(fn -> fn.rangeInt("j", n, (b, j) -> b.println(j))));
      });
    });
    assertThat(src).isEqualTo("""
        package main

        var table = func() {
        	for i_ := 0; i_ < 2; i_++ {
        		i := i_
        		println(i)
        	}
        }

        func main() {
        	switch 1 {
        	case 1:
        		for i_ := 0; i_ < 3; i_++ {
        			println("x")
        		}
        	}
        	switch any(1).(type) {
        	default:
        		for i_1 := 0; i_1 < 4; i_1++ {
        		}
        	}
        	defer func() {
        		for k_ := 0; k_ < 5; k_++ {
        			k := k_
        			println(k)
        		}
        	}()
        	n := 2
        	g := func() {
        		n_ := n
        		for j_ := n_ - n_; j_ < n_; j_++ {
        			j := j_
        			println(j)
        		}
        	}
        }
        """);
  }

  @Test
  void aCallerWithTypesDecidesWithItsOwnPredicate() {
    Program p = Go.program("t", prog -> prog.file("main.go", f -> f.func("main", m -> {
      m.rangeOver(id("xs"), "i", (b, i) -> b.println(i));
      m.rangeInt("i", id("n"), (b, i) -> b.println(i));
    })));
    // without declarations both operands are unknown, so both count as integers
    assertThat(GoPrinter.print(p, GO119).get("main.go")).doesNotContain("range");
    Stmt.Range overXs = (Stmt.Range) ((dev.gosem.api.ast.Decl.FuncDecl) p.files().getFirst().decls().getFirst())
        .body().stmts().getFirst();
    String src = GoPrinter.print(p, GoPrinter.Options.go119(r -> r != overXs)).get("main.go");
    assertThat(src).contains("for i := range xs {").contains("n_ := n");
    assertThatThrownBy(() -> GoPrinter.Options.go119(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theKindOfAnOperandIsFoundThroughTypesConstantsCallsAndScopes() {
    String src = go119(f -> {
      f.imports("strings");
      Named count = f.type("Count", Types.INT);
      Named name = f.type("Name", Types.STRING);
      f.constGroup(c -> c.constant("Limit", count, 3).next("Other"));
      f.func("main", m -> {
        Var c = m.var("c", count);
        Var nm = m.var("nm", name);
        Var[] vo = m.define(Go.names("v", "ok"), Go.lit(Go.mapOf(Types.STRING, Types.INT)).index("k"));
        m.rangeInt("i", c, (b, i) -> {});                                   // named integer type
        m.rangeOver(nm, "i", (b, i) -> {});                                 // named string type
        m.rangeInt("i", id("Other"), (b, i) -> {});                         // implicitly repeated constant
        m.rangeInt("i", vo[0], (b, i) -> {});                               // comma-ok value of a map[string]int
        m.rangeInt("i", Go.pkgCall("strings", "Index", "ab", "b"), (b, i) -> {});
        m.rangeOver(Go.pkgCall("strings", "Fields", "a b"), "i", (b, i) -> {});
        m.rangeOver("abc", "i", (b, i) -> {});
        m.block(in -> {
          Var shadow = in.define("c", Go.lit(Go.sliceOf(Types.INT)));   // shadows the Count variable
          in.rangeOver(shadow, "i", (b, i) -> {});
        });
        m.rangeInt("i", c.add(1).mul(2), (b, i) -> {});
      });
    });
    assertThat(src).contains("for i := range nm {", "for i := range strings.Fields(\"a b\") {", "for i := range \"abc\" {",
        "for i := range c {");
    assertThat(src.lines().filter(l -> l.contains(" := range ")).count()).isEqualTo(4);
    assertThat(src).contains("c_ := c", "Other_ := Other", "v_ := v", "n_ := strings.Index(\"ab\", \"b\")", "n_1 := (c + 1) * 2");
  }
}
