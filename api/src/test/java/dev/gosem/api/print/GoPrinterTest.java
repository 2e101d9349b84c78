package dev.gosem.api.print;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.compl;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.literal;
import static dev.gosem.api.build.Go.names;
import static dev.gosem.api.build.Go.neg;
import static dev.gosem.api.build.Go.not;
import static dev.gosem.api.build.Go.paren;
import static dev.gosem.api.build.Go.plus;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.ast.AssignOp;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.File;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.FileBuilder;
import dev.gosem.api.build.FuncBuilder;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exact output of the printer. Every expected text is what gofmt prints for it; when gofmt is on
 * PATH each test also checks that gofmt leaves the expected text unchanged.
 */
class GoPrinterTest {
  private static final Pos P = Pos.NONE;
  private static final Var a = id("a");
  private static final Var b = id("b");
  private static final Var c = id("c");
  private static final Var x = id("x");
  private static final Var y = id("y");
  private static final Var z = id("z");
  private static final Var i = id("i");
  private static final Var n = id("n");

  @TempDir Path tmp;

  // ---- helpers ----

  private void assertFile(File f, String expected) {
    assertThat(GoPrinter.print(f)).isEqualTo(expected);
    if (GoTool.find("gofmt").isPresent()) {
      assertThat(GoTool.gofmt(tmp, expected)).as("gofmt of the expected text").isEqualTo(expected);
    }
  }

  private void assertFile(Consumer<FileBuilder> file, String expected) {
    Program p = Go.program("t", prog -> prog.file("main.go", file));
    assertFile(p.files().getFirst(), expected);
  }

  /** The body of func main, given without the func line and with one tab less. */
  private void assertMain(Consumer<FuncBuilder> body, String expectedBody) {
    String indented = expectedBody.lines().map(l -> "\t" + l)
        .reduce("", (acc, l) -> acc + l + "\n");
    assertFile(f -> f.func("main", body), "package main\n\nfunc main() {\n" + indented + "}\n");
  }

  private static String expr(Ex e) {
    return GoPrinter.print(e.expr());
  }

  // ---- binary expression spacing ----

  @Test
  void mixedPrecedencesDropBlanksAroundTheTighterOperators() {
    assertThat(expr(a.mul(b).add(c))).isEqualTo("a*b + c");
    assertThat(expr(x.add(y.mul(z)))).isEqualTo("x + y*z");
    assertThat(expr(i.lt(n.sub(1)))).isEqualTo("i < n-1");
    assertThat(expr(x.shl(2).or(y))).isEqualTo("x<<2 | y");
    assertThat(expr(a.add(b).lt(c))).isEqualTo("a+b < c");
    assertThat(expr(a.mul(b).add(c.mul(x)).sub(y.div(2)))).isEqualTo("a*b + c*x - y/2");
    assertThat(expr(x.and(literal(Expr.LitKind.INT, "0xff")).xor(y.andNot(z)))).isEqualTo("x&0xff ^ y&^z");
    assertThat(expr(x.mul(paren(y.add(z))).mul(2))).isEqualTo("x * (y + z) * 2");
    assertThat(expr(x.mul(y.add(z).mul(2)))).isEqualTo("x * ((y + z) * 2)");
  }

  @Test
  void singlePrecedenceLevelsKeepBlanks() {
    assertThat(expr(a.add(b).add(c))).isEqualTo("a + b + c");
    assertThat(expr(a.mul(b).mul(c))).isEqualTo("a * b * c");
    assertThat(expr(a.andNot(b))).isEqualTo("a &^ b");
    assertThat(expr(a.andAlso(b).orElse(c))).isEqualTo("a && b || c");
    assertThat(expr(a.lt(b).eq(c))).isEqualTo("a < b == c");
    assertThat(expr(x.lt(y).andAlso(y.lt(10)).orElse(x.eq(3)))).isEqualTo("x < y && y < 10 || x == 3");
  }

  @Test
  void parenthesesAreKeptAndAddedWhereTheTreeNeedsThem() {
    assertThat(expr(paren(a.add(b)).mul(c))).isEqualTo("(a + b) * c");
    assertThat(expr(a.add(b).mul(c))).as("no Paren node, the tree still means (a+b)*c").isEqualTo("(a + b) * c");
    assertThat(expr(a.sub(b.sub(c)))).isEqualTo("a - (b - c)");
    assertThat(expr(paren(a))).isEqualTo("(a)");
    assertThat(expr(paren(paren(paren(a.add(b)))))).as("gofmt prints doubled parentheses once").isEqualTo("(a + b)");
    assertThat(expr(paren(a.mul(b)).add(c))).isEqualTo("(a * b) + c");
    assertThat(expr(call("f", paren(a.mul(b)).add(c), x))).isEqualTo("f((a*b)+c, x)");
    assertThat(expr(neg(a.add(b)))).isEqualTo("-(a + b)");
  }

  @Test
  void unaryOperators() {
    assertThat(expr(neg(x))).isEqualTo("-x");
    assertThat(expr(plus(x))).isEqualTo("+x");
    assertThat(expr(not(x))).isEqualTo("!x");
    assertThat(expr(compl(x))).isEqualTo("^x");
    assertThat(expr(neg(neg(x)))).as("-- would be a different token").isEqualTo("- -x");
    assertThat(expr(neg(neg(neg(x))))).isEqualTo("- - -x");
    assertThat(expr(plus(plus(x)))).isEqualTo("+ +x");
    assertThat(expr(neg(plus(x)))).isEqualTo("-+x");
    assertThat(expr(not(not(x)))).isEqualTo("!!x");
    assertThat(expr(a.sub(neg(b)))).isEqualTo("a - -b");
    assertThat(expr(a.add(plus(b)))).isEqualTo("a + +b");
    assertThat(expr(a.mul(neg(b)))).isEqualTo("a * -b");
    assertThat(expr(a.and(compl(b)))).as("& ^ would read as &^").isEqualTo("a & ^b");
    assertThat(expr(neg(lit(5)))).isEqualTo("-5");
  }

  @Test
  void compactModeInsideCallsWithSeveralArgumentsAndIndexes() {
    assertMain(m -> {
      m.call(call("f", a.add(b), c));
      m.call(call("f", a.add(b)));
      m.call(call("f", a.mul(neg(b)), c));
      m.call(call("f", a.sub(neg(b).mul(c)), x));
      m.call(call("f", a.and(compl(b)), c));
      m.call(call("g", call("f", a.add(b), c)));
      m.assign(z, a.add(call("f", b.add(c))));
      m.assign(z, a.index(i.add(1)));
      m.call(fmtPrintln(a.mul(b).add(c), x.lt(y).andAlso(y.lt(3))));
    }, """
        f(a+b, c)
        f(a + b)
        f(a*-b, c)
        f(a- -b*c, x)
        f(a & ^b, c)
        g(f(a+b, c))
        z = a + f(b+c)
        z = a[i+1]
        fmt.Println(a*b+c, x < y && y < 3)
        """);
  }

  @Test
  void statementsChooseTheirDepth() {
    assertMain(m -> {
      m.assign(new Var[] {a, b}, x.add(1), y.mul(2).add(1));
      m.define(names("q", "r"), call("divmod", x.add(1), y));
      m.assign(a, x.add(1));
      m.addAssign(a, x.mul(2).add(1));
      m.inc(a.index(i.add(1)));
      m.println(a.add(b), c);
      m.println(a.add(b));
      m.stmt(new Stmt.DeclStmt(new Decl.GenDecl(Decl.Kind.VAR, List.of(new Spec.ValueSpec(
          List.of(new Expr.Ident("q", P), new Expr.Ident("r", P)), null, List.of(a.add(b).expr(), c.expr()), P)), false, P), P));
      m.ret(a.add(b), c);
    }, """
        a, b = x+1, y*2+1
        q, r := divmod(x+1, y)
        a = x + 1
        a += x*2 + 1
        a[i+1]++
        println(a+b, c)
        println(a + b)
        var q, r = a + b, c
        return a + b, c
        """);
  }

  // ---- literals ----

  @Test
  void literalsAsGivenButNumbersNormalizedLikeGofmt() {
    assertThat(expr(literal(Expr.LitKind.INT, "0X1F"))).isEqualTo("0x1F");
    assertThat(expr(literal(Expr.LitKind.FLOAT, "1E3"))).isEqualTo("1e3");
    assertThat(expr(literal(Expr.LitKind.INT, "0O17"))).isEqualTo("0o17");
    assertThat(expr(literal(Expr.LitKind.INT, "0B101"))).isEqualTo("0b101");
    assertThat(expr(literal(Expr.LitKind.FLOAT, "0XaP-2"))).isEqualTo("0xap-2");
    assertThat(expr(literal(Expr.LitKind.FLOAT, "0x1P3"))).isEqualTo("0x1p3");
    assertThat(expr(literal(Expr.LitKind.INT, "017"))).isEqualTo("017");
    assertThat(expr(literal(Expr.LitKind.INT, "1_000"))).isEqualTo("1_000");
    assertThat(expr(literal(Expr.LitKind.FLOAT, ".5"))).isEqualTo(".5");
    assertThat(expr(literal(Expr.LitKind.STRING, "`raw\\n`"))).isEqualTo("`raw\\n`");
    assertThat(expr(Go.str("tab\t\"q\"\n"))).isEqualTo("\"tab\\t\\\"q\\\"\\n\"");
    assertThat(expr(Go.rune('\''))).isEqualTo("'\\''");
    assertThat(expr(lit(-2.5))).isEqualTo("-2.5");
    assertThat(expr(lit(1e21))).isEqualTo("1e21");
  }

  // ---- files and declarations ----

  @Test
  void oneImportIsNotGrouped() {
    assertFile(f -> {
      f.imports("fmt");
      f.func("main", m -> m.call(fmtPrintln("hi")));
    }, """
        package main

        import "fmt"

        func main() {
        	fmt.Println("hi")
        }
        """);
  }

  @Test
  void severalImportsAreGroupedSortedAndDeduplicated() {
    assertFile(f -> {
      f.imports("os", "fmt", "math/bits", "fmt");
      f.func("main", m -> {});
    }, """
        package main

        import (
        	"fmt"
        	"math/bits"
        	"os"
        )

        func main() {
        }
        """);
  }

  @Test
  void topLevelDeclarationsAreSeparatedByBlankLines() {
    assertFile(f -> {
      f.var("x", Types.INT, 5);
      f.var("y", Types.INT64);
      f.var("z", null, 1.5);
      f.constant("c", 10);
      f.constant("d", Types.INT8, neg(3));
      f.func("f", fn -> {
        Var p = fn.param("p", Types.INT);
        fn.param("q", Types.STRING);
        fn.result(Types.INT);
        fn.ret(p);
      });
      f.func("g", fn -> {
        fn.results(Types.INT, Types.BOOL);
        fn.ret(1, true);
      });
      f.func("h", fn -> {
        fn.namedResult("q", Types.INT);
        fn.namedResult("r", Types.INT);
        fn.ret();
      });
    }, """
        package main

        var x int = 5

        var y int64

        var z = 1.5

        const c = 10

        const d int8 = -3

        func f(p int, q string) int {
        	return p
        }

        func g() (int, bool) {
        	return 1, true
        }

        func h() (q int, r int) {
        	return
        }
        """);
  }

  @Test
  void groupedSpecsAlignInColumnsLikeTabwriter() {
    List<Spec.ValueSpec> vars = List.of(
        spec(List.of("a"), null, "1"),
        spec(List.of("bbb"), "int", "2"),
        spec(List.of("c"), "int"),
        spec(List.of("d"), null, "3"),
        spec(List.of("é", "ü"), "float64", "1", "2"),
        spec(List.of("longer"), null, "4"));
    List<Spec.ValueSpec> consts = List.of(
        spec(List.of("A"), null, "iota"),
        spec(List.of("B"), null),
        spec(List.of("CCC"), "int", "7"),
        spec(List.of("D"), null, "8"));
    File f = new File("main.go", "main", List.of(), List.of(
        new Decl.GenDecl(Decl.Kind.VAR, vars, true, P),
        new Decl.GenDecl(Decl.Kind.CONST, consts, true, P),
        new Decl.GenDecl(Decl.Kind.VAR, List.of(spec(List.of("one"), "int", "1")), true, P),
        new Decl.FuncDecl("main", List.of(), List.of(), new Stmt.Block(List.of(
            new Stmt.DeclStmt(new Decl.GenDecl(Decl.Kind.VAR, List.of(
                spec(List.of("raw"), null, "`two\nlines`"),
                spec(List.of("k"), null, "1"),
                spec(List.of("kk"), "int", "2")), true, P), P)), P, P), P)), P);
    assertFile(f, """
        package main

        var (
        	a          = 1
        	bbb    int = 2
        	c      int
        	d              = 3
        	é, ü   float64 = 1, 2
        	longer         = 4
        )

        const (
        	A = iota
        	B
        	CCC int = 7
        	D       = 8
        )

        var (
        	one int = 1
        )

        func main() {
        	var (
        		raw = `two
        lines`
        		k      = 1
        		kk int = 2
        	)
        }
        """);
  }

  private static Spec.ValueSpec spec(List<String> names, String type, String... values) {
    return new Spec.ValueSpec(
        names.stream().map(s -> new Expr.Ident(s, P)).toList(),
        type == null ? null : new Expr.Ident(type, P),
        java.util.Arrays.stream(values).<Expr>map(v -> v.startsWith("`") || Character.isDigit(v.charAt(0))
            ? new Expr.BasicLit(v.startsWith("`") ? Expr.LitKind.STRING : Expr.LitKind.INT, v, P)
            : new Expr.Ident(v, P)).toList(),
        P);
  }

  @Test
  void emptyFileAndEmptyFunction() {
    assertFile(new File("e.go", "main", List.of(), List.of(), P), "package main\n");
    assertMain(m -> {}, "");
  }

  // ---- statements ----

  @Test
  void ifElseChains() {
    assertMain(m -> {
      m.ifThen(x.gt(1), t -> t.println(1)).elseIf(x.gt(0), t -> t.println(2)).orElse(e -> e.println(3));
      m.ifInit(s -> s.define("v", call("f")).lt(3), t -> t.println(id("v")))
          .elseIfInit(s -> s.define("w", 2).eq(x), t -> {});
      m.ifThen(paren(x), t -> {});
      m.ifThen(x, t -> {}).orElse(e -> {});
    }, """
        if x > 1 {
        	println(1)
        } else if x > 0 {
        	println(2)
        } else {
        	println(3)
        }
        if v := f(); v < 3 {
        	println(v)
        } else if w := 2; w == x {
        }
        if x {
        }
        if x {
        } else {
        }
        """);
  }

  @Test
  void forLoopsInEveryForm() {
    Var w = id("w");
    assertMain(m -> {
      m.forever(body -> body.brk());
      m.whileLoop(w.lt(3), body -> body.inc(w));
      m.forLoop(l -> {
        Var j = l.init().define("j", 0);
        l.cond(j.lt(n.sub(1)));
        l.post().inc(j);
        l.body(body -> body.cont());
      });
      m.forLoop(l -> {
        l.init().define("j", 0);
        l.body(body -> body.brk());
      });
      m.forLoop(l -> {
        l.cond(w.lt(3));
        l.post().addAssign(w, 2);
        l.body(body -> {});
      });
      m.forLoop(l -> {
        l.post().inc(w);
        l.body(body -> body.brk());
      });
      m.forLoop(l -> {
        l.cond(paren(w.lt(3)));
        l.body(body -> {});
      });
      m.stmt(new Stmt.For(new Stmt.Empty(P), w.lt(3).expr(), null, new Stmt.Block(List.of(), P, P), P));
      m.rangeInt("k", n.add(1), (body, k) -> body.println(k));
      m.rangeInt(3, body -> {});
      m.stmt(new Stmt.Range(w.expr(), null, false, paren(n).expr(), new Stmt.Block(List.of(), P, P), P));
    }, """
        for {
        	break
        }
        for w < 3 {
        	w++
        }
        for j := 0; j < n-1; j++ {
        	continue
        }
        for j := 0; ; {
        	break
        }
        for ; w < 3; w += 2 {
        }
        for ; ; w++ {
        	break
        }
        for w < 3 {
        }
        for w < 3 {
        }
        for k := range n + 1 {
        	println(k)
        }
        for range 3 {
        }
        for w = range n {
        }
        """);
  }

  @Test
  void labelsAreOutdentedOnTheirOwnLine() {
    assertFile(f -> f.func("main", m -> {
      m.label("outer").forever(body -> {
        body.label("inner").forever(in -> {
          in.brk("outer");
          in.cont("inner");
        });
      });
      m.stmt(new Stmt.Labeled("empty", new Stmt.Empty(P), P));
      m.println(1);
      m.stmt(new Stmt.Labeled("a", new Stmt.Labeled("b", new Stmt.Block(List.of(), P, P), P), P));
      m.stmt(new Stmt.Labeled("last", new Stmt.Empty(P), P));
    }), """
        package main

        func main() {
        outer:
        	for {
        	inner:
        		for {
        			break outer
        			continue inner
        		}
        	}
        empty:
        	;
        	println(1)
        a:
        b:
        	{
        	}
        last:
        }
        """);
  }

  @Test
  void blocksReturnsAndEmptyStatements() {
    assertMain(m -> {
      m.block(in -> in.define("x", 1));
      m.block(in -> {});
      m.stmt(new Stmt.Empty(P));
      m.call(call("f"));
      m.stmt(new Stmt.Assign(List.of(x.expr()), AssignOp.ASSIGN, List.of(call(Go.sel("pkg", "F"), 1, 2).expr()), P));
      m.assign(x, Go.conv(Types.INT8, y.add(1)));
      m.ret();
    }, """
        {
        	x := 1
        }
        {
        }
        f()
        x = pkg.F(1, 2)
        x = int8(y + 1)
        return
        """);
  }

  @Test
  void programsPrintEveryFileInOrder() {
    Program p = Go.program("two", prog -> {
      prog.file("z.go", f -> f.func("main", m -> m.call("helper")));
      prog.file("a.go", f -> f.func("helper", m -> {}));
    });
    Map<String, String> out = GoPrinter.print(p);
    assertThat(out.keySet()).containsExactly("z.go", "a.go");
    assertThat(out.get("a.go")).isEqualTo("package main\n\nfunc helper() {\n}\n");
  }

  @Test
  void binaryOperatorTokensComeFromTheModel() {
    for (BinaryOp op : BinaryOp.values()) {
      assertThat(expr(a.op(op, b))).isEqualTo("a " + op.token() + " b");
    }
  }
}
