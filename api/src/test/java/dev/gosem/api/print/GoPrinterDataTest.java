package dev.gosem.api.print;

import static dev.gosem.api.build.Go.BYTE;
import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.appendSpread;
import static dev.gosem.api.build.Go.arrayOf;
import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.callSpread;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.elems;
import static dev.gosem.api.build.Go.embed;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.iface;
import static dev.gosem.api.build.Go.iota;
import static dev.gosem.api.build.Go.kv;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.method;
import static dev.gosem.api.build.Go.names;
import static dev.gosem.api.build.Go.newOf;
import static dev.gosem.api.build.Go.nil;
import static dev.gosem.api.build.Go.pkgType;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.recv;
import static dev.gosem.api.build.Go.sig;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.build.Go.variadicSig;
import static dev.gosem.api.types.Types.ANY;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.ERROR;
import static dev.gosem.api.types.Types.FLOAT64;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;
import static dev.gosem.api.types.Types.UNTYPED_NIL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Field;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.FileBuilder;
import dev.gosem.api.build.FuncBuilder;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exact output of the printer for the data model: every expected text is what gofmt prints for
 * it, and when gofmt is on PATH each test checks that gofmt leaves the expected text unchanged.
 */
class GoPrinterDataTest {
  private static final Pos P = Pos.NONE;
  private static final Var a = id("a");
  private static final Var b = id("b");
  private static final Var s = id("s");
  private static final Var p = id("p");
  private static final Var x = id("x");
  private static final Var i = id("i");
  private static final Var n = id("n");

  @TempDir Path tmp;

  private void assertFile(Consumer<FileBuilder> file, String expected) {
    Program prog = Go.program("t", pb -> pb.file("main.go", file));
    assertThat(GoPrinter.print(prog.files().getFirst())).isEqualTo(expected);
    if (GoTool.find("gofmt").isPresent()) {
      assertThat(GoTool.gofmt(tmp, expected)).as("gofmt of the expected text").isEqualTo(expected);
    }
  }

  /** The body of func main, given without the func line and with one tab less. */
  private void assertMain(Consumer<FuncBuilder> body, String expectedBody) {
    String indented = expectedBody.lines().map(l -> l.isEmpty() ? l : "\t" + l).reduce("", (acc, l) -> acc + l + "\n");
    assertFile(f -> f.func("main", body), "package main\n\nfunc main() {\n" + indented + "}\n");
  }

  private static String expr(Ex e) {
    return GoPrinter.print(e.expr());
  }

  private static final Named POINT = new Named("main", "Point", struct(field("X", INT), field("Y", INT)));

  // ---- type declarations ----

  @Test
  void structFieldsLineUpInColumnsThatEmbeddedAndMultiLineFieldsEnd() {
    assertFile(f -> {
      Named point = f.type("Point", struct(field("X", INT), field("Y", INT)));
      f.type("Empty", struct());
      f.type("One", struct(field("Only", STRING)));
      f.type("Mixed", struct(
          field("A", INT),
          field("Longer", sliceOf(STRING)),
          embed(point),
          field("B", mapOf(STRING, ptr(point))),
          field("Nested", struct(field("Inner", INT), field("Other", BOOL))),
          field("Small", struct(field("V", INT))),
          field("Z", FLOAT64)));
      f.type("List", self -> struct(field("Value", INT), field("Next", ptr(self))));
    }, """
        package main

        type Point struct {
        	X int
        	Y int
        }

        type Empty struct{}

        type One struct {
        	Only string
        }

        type Mixed struct {
        	A      int
        	Longer []string
        	Point
        	B      map[string]*Point
        	Nested struct {
        		Inner int
        		Other bool
        	}
        	Small struct{ V int }
        	Z     float64
        }

        type List struct {
        	Value int
        	Next  *List
        }
        """);
  }

  @Test
  void interfacesFuncTypesAndTypeGroups() {
    assertFile(f -> {
      f.type("Shape", iface(method("Area", List.of(), FLOAT64), method("Scale", List.of(FLOAT64)),
          method("Parts", List.of(INT, STRING), INT, ERROR)));
      f.type("Any", ANY);
      f.type("Handler", variadicSig(List.of(STRING, ANY), BOOL));
      f.types(g -> {
        g.type("ID", INT);
        g.type("LongerName", sliceOf(BYTE));
        g.alias("Alias", STRING);
        g.type("Pair", struct(field("K", STRING), field("V", INT)));
        g.type("Short", FLOAT64);
      });
      f.var("v", iface(method("M", List.of())));
      f.var("w", struct(field("A", INT), field("B", INT)));
      f.var("fs", sliceOf(sig(List.of())));
      f.var("sb", pkgType("strings", "Builder"));
      f.var("r", pkgType("math/rand", "Rand"));
    }, """
        package main

        type Shape interface {
        	Area() float64
        	Parts(int, string) (int, error)
        	Scale(float64)
        }

        type Any any

        type Handler func(string, ...any) bool

        type (
        	ID         int
        	LongerName []byte
        	Alias      = string
        	Pair       struct {
        		K string
        		V int
        	}
        	Short float64
        )

        var v interface{ M() }

        var w struct {
        	A int
        	B int
        }

        var fs []func()

        var sb strings.Builder

        var r rand.Rand
        """);
  }

  @Test
  void methodsReceiversAndVariadicParameters() {
    assertFile(f -> {
      f.method(recv("p", ptr(POINT)), "Move", (fn, pt) -> {
        Var dx = fn.param("dx", INT);
        fn.addAssign(pt.field("X"), dx);
      });
      f.method(recv(POINT), "Zero", fn -> {
        fn.result(BOOL);
        fn.ret(true);
      });
      f.func("sum", fn -> {
        Var xs = fn.variadic("xs", INT);
        fn.result(INT);
        fn.ret(call("len", xs));
      });
    }, """
        package main

        func (p *Point) Move(dx int) {
        	p.X += dx
        }

        func (Point) Zero() bool {
        	return true
        }

        func sum(xs ...int) int {
        	return len(xs)
        }
        """);
  }

  /** A spec without values (MB) has no cells, so it ends the column block, as in text/tabwriter. */
  @Test
  void constGroupsWithIota() {
    assertFile(f -> {
      Named color = f.type("Color", INT);
      f.constGroup(c -> c.constant("Red", color, iota()).next("Green").next("Blue"));
      f.constGroup(c -> c.constant("_", iota()).constant("KB", Go.lit(1).shl(iota().mul(10))).next("MB").constant("Big", 1 << 20));
      f.varGroup(v -> v.var("a", INT).var("bb", 2).var("ccc", STRING, "x"));
    }, """
        package main

        type Color int

        const (
        	Red Color = iota
        	Green
        	Blue
        )

        const (
        	_  = iota
        	KB = 1 << (iota * 10)
        	MB
        	Big = 1048576
        )

        var (
        	a   int
        	bb         = 2
        	ccc string = "x"
        )
        """);
  }

  // ---- expressions ----

  @Test
  void compositeLiterals() {
    assertThat(expr(lit(POINT, 1, 2))).isEqualTo("Point{1, 2}");
    assertThat(expr(lit(POINT, kv("Y", 2)))).isEqualTo("Point{Y: 2}");
    assertThat(expr(lit(POINT).addr())).isEqualTo("&Point{}");
    assertThat(expr(lit(sliceOf(POINT), elems(1, 2), elems(kv("X", 3))))).isEqualTo("[]Point{{1, 2}, {X: 3}}");
    assertThat(expr(lit(sliceOf(ptr(POINT)), elems(kv("X", 1))))).isEqualTo("[]*Point{{X: 1}}");
    assertThat(expr(lit(mapOf(STRING, INT), kv("a", 1), kv("b", a.add(b)))))
        .isEqualTo("map[string]int{\"a\": 1, \"b\": a + b}");
    assertThat(expr(lit(mapOf(POINT, STRING), kv(elems(1, 2), "p")))).isEqualTo("map[Point]string{{1, 2}: \"p\"}");
    assertThat(expr(lit(mapOf(STRING, sliceOf(INT)), kv("k", elems(1, 2))))).isEqualTo("map[string][]int{\"k\": {1, 2}}");
    assertThat(expr(lit(arrayOf(4, INT), kv(1, 10), kv(3, 30)))).isEqualTo("[4]int{1: 10, 3: 30}");
    assertThat(expr(lit(sliceOf(INT), a.mul(b).add(1), call("f", a.add(b), 2)))).isEqualTo("[]int{a*b + 1, f(a+b, 2)}");
    assertThat(expr(lit(struct(field("A", INT)), 1))).isEqualTo("struct{ A int }{1}");
    assertThat(expr(lit(POINT, kv(id("X"), 1)))).as("an Ex key is used as it is").isEqualTo("Point{X: 1}");
    assertThat(expr(lit(mapOf(STRING, INT), kv(id("k"), 1)))).isEqualTo("map[string]int{k: 1}");
  }

  @Test
  void selectorsCallsPointersAndConversions() {
    assertThat(expr(p.field("X"))).isEqualTo("p.X");
    assertThat(expr(p.deref().field("X"))).isEqualTo("(*p).X");
    assertThat(expr(p.field("X").deref())).isEqualTo("*p.X");
    assertThat(expr(p.addr().method("Move", 1, 2))).isEqualTo("(&p).Move(1, 2)");
    assertThat(expr(a.div(p.deref()))).as("/* would start a comment").isEqualTo("a / *p");
    assertThat(expr(a.mul(p.deref()))).isEqualTo("a * *p");
    assertThat(expr(a.add(b).deref())).isEqualTo("*(a + b)");
    assertThat(expr(Go.addr(a.index(1)))).isEqualTo("&a[1]");
    assertThat(expr(a.and(Go.addr(b)))).as("& & would read as &&").isEqualTo("a & &b");
    assertThat(expr(conv(ptr(POINT), x))).isEqualTo("(*Point)(x)");
    assertThat(expr(conv(sliceOf(BYTE), s))).isEqualTo("[]byte(s)");
    assertThat(expr(conv(sig(List.of()), x))).isEqualTo("(func())(x)");
    assertThat(expr(conv(sliceOf(sig(List.of())), x))).as("[]func()(x) would read as a result list").isEqualTo("([]func())(x)");
    assertThat(expr(conv(sliceOf(sig(List.of(), INT)), x))).isEqualTo("[]func() int(x)");
    assertThat(expr(call("f").call(1).field("Y").index(0))).isEqualTo("f()(1).Y[0]");
    assertThat(expr(callSpread("f", 1, s))).isEqualTo("f(1, s...)");
    assertThat(expr(callSpread(id("f"), lit(1)))).as("1... would read as a float").isEqualTo("f(1 ...)");
    assertThat(expr(appendSpread(s, conv(STRING, b)))).isEqualTo("append(s, string(b)...)");
    assertThat(expr(append(s, 1, a.add(1)))).isEqualTo("append(s, 1, a+1)");
    assertThat(expr(make(mapOf(STRING, sliceOf(INT)), n))).isEqualTo("make(map[string][]int, n)");
    assertThat(expr(newOf(arrayOf(3, INT)))).isEqualTo("new([3]int)");
    assertThat(expr(nil())).isEqualTo("nil");
  }

  @Test
  void sliceExpressionsAndAssertions() {
    assertThat(expr(s.slice(1, 2))).isEqualTo("s[1:2]");
    assertThat(expr(s.slice(null, n))).isEqualTo("s[:n]");
    assertThat(expr(s.slice(i, null))).isEqualTo("s[i:]");
    assertThat(expr(s.slice())).isEqualTo("s[:]");
    assertThat(expr(s.slice3(null, 2, 3))).isEqualTo("s[:2:3]");
    assertThat(expr(s.slice(i.add(1), n))).as("blanks when a bound is binary").isEqualTo("s[i+1 : n]");
    assertThat(expr(s.slice(i.add(1), null))).as("not with one bound").isEqualTo("s[i+1:]");
    assertThat(expr(s.slice3(i, n.sub(1), n))).isEqualTo("s[i : n-1 : n]");
    assertThat(expr(call("f", s.slice(i.add(1), n), 2))).as("compact in calls").isEqualTo("f(s[i+1:n], 2)");
    assertThat(expr(x.assertType(INT))).isEqualTo("x.(int)");
    assertThat(expr(x.assertType(ptr(POINT)).field("X"))).isEqualTo("x.(*Point).X");
    assertThat(expr(x.assertType(iface(method("M", List.of()))))).isEqualTo("x.(interface{ M() })");
  }

  @Test
  void functionLiterals() {
    assertMain(m -> {
      Var f = m.define("f", func(fn -> {
        Var v = fn.param("v", INT);
        fn.result(INT);
        fn.ret(v.mul(2));
      }));
      m.define("g", func(fn -> {}));
      m.call(func(fn -> fn.call(fmtPrintln("now"))).call());
      m.call(call("apply", f, func(fn -> {
        Var k = fn.param("k", STRING);
        Var w = fn.namedResult("ok", BOOL);
        fn.assign(w, k.ne(""));
        fn.ret();
      })));
      m.defer(func(fn -> {}).call());
      m.go(func(fn -> {
        Var c = fn.param("c", INT);
        fn.println(c);
      }).call(1));
    }, """
        f := func(v int) int {
        	return v * 2
        }
        g := func() {}
        func() {
        	fmt.Println("now")
        }()
        apply(f, func(k string) (ok bool) {
        	ok = k != ""
        	return
        })
        defer func() {}()
        go func(c int) {
        	println(c)
        }(1)
        """);
  }

  @Test
  void severalMultiLineResultsAreIndentedWholesale() {
    assertFile(f -> f.func("pair", fn -> {
      fn.results(sig(List.of()), sig(List.of()));
      fn.ret(func(g -> g.println(1)), func(g -> g.println(2)));
    }), """
        package main

        func pair() (func(), func()) {
        	return func() {
        			println(1)
        		}, func() {
        			println(2)
        		}
        }
        """);
    assertFile(f -> f.func("one", fn -> {
      fn.results(sig(List.of()), INT);
      fn.ret(func(g -> g.println(1)), 2);
    }), """
        package main

        func one() (func(), int) {
        	return func() {
        		println(1)
        	}, 2
        }
        """);
  }

  /** A spec spanning several lines ends the column section: the specs after it align on their own. */
  @Test
  void funcLiteralsInAlignedGroups() {
    assertFile(f -> f.varGroup(v -> v
        .var("a", 1)
        .var("handler", func(fn -> fn.println("h")))
        .var("bb", 2)
        .var("c", INT, 3)), """
        package main

        var (
        	a       = 1
        	handler = func() {
        		println("h")
        	}
        	bb     = 2
        	c  int = 3
        )
        """);
  }

  // ---- statements ----

  @Test
  void switches() {
    assertMain(m -> {
      m.switchOn(x, sw -> sw
          .caseOf(List.of(1, 2), c -> c.println("small").fallthrough())
          .defaultCase(c -> {})
          .caseOf(x.mul(2).add(1), c -> c.println("odd")));
      m.switchTagless(sw -> sw.caseOf(x.lt(0), c -> c.println("neg")));
      m.switchInit(in -> in.define("y", call("f")), sw -> sw.caseOf(1, c -> {}));
      m.switchInit(in -> {
        in.define("y", call("f"));
        return null;
      }, sw -> sw.caseOf(id("y").gt(1), c -> c.println("big")));
      m.switchOn(x, sw -> {});
    }, """
        switch x {
        case 1, 2:
        	println("small")
        	fallthrough
        default:
        case x*2 + 1:
        	println("odd")
        }
        switch {
        case x < 0:
        	println("neg")
        }
        switch y := f(); y {
        case 1:
        }
        switch y := f(); {
        case y > 1:
        	println("big")
        }
        switch x {
        }
        """);
  }

  @Test
  void typeSwitches() {
    assertMain(m -> {
      m.typeSwitch("v", x, sw -> sw
          .caseOf(INT, (c, v) -> c.println(v.add(1)))
          .caseOf(List.of(STRING, UNTYPED_NIL), c -> c.println("s"))
          .caseNil(c -> {})
          .caseOf(ptr(POINT), (c, v) -> c.println(v.field("X")))
          .defaultCase((c, v) -> c.println(v)));
      m.typeSwitch(call("get"), sw -> sw.caseOf(ERROR, c -> c.println("error")));
      m.stmt(new Stmt.TypeSwitch(new Stmt.Assign(List.of(id("y").expr()), dev.gosem.api.ast.AssignOp.DEFINE,
          List.of(x.expr()), P), null, id("y").expr(), List.of(), P));
    }, """
        switch v := x.(type) {
        case int:
        	println(v + 1)
        case string, nil:
        	println("s")
        case nil:
        case *Point:
        	println(v.X)
        default:
        	println(v)
        }
        switch get().(type) {
        case error:
        	println("error")
        }
        switch y := x; y.(type) {
        }
        """);
  }

  @Test
  void rangesOverCollections() {
    assertMain(m -> {
      m.rangeOver(s, "i", "v", (body, k, v) -> body.println(k, v));
      m.rangeOver(s, "_", "v", (body, k, v) -> body.println(v));
      m.rangeOver(s, "k", (body, k) -> body.println(k));
      m.rangeOver(s, "_", null, (body, k, v) -> {});
      m.rangeOver(s, body -> {});
      m.rangeAssign(a, b, s, body -> {});
      m.rangeOver(lit(sliceOf(INT), 1, 2), "_", "v", (body, k, v) -> {});
    }, """
        for i, v := range s {
        	println(i, v)
        }
        for _, v := range s {
        	println(v)
        }
        for k := range s {
        	println(k)
        }
        for range s {
        }
        for range s {
        }
        for a, b = range s {
        }
        for _, v := range []int{1, 2} {
        }
        """);
  }

  @Test
  void compositeLiteralsOfTypeNamesInHeadersGetParentheses() {
    Named points = new Named("main", "Points", sliceOf(POINT));
    assertMain(m -> {
      m.ifThen(p.eq(lit(POINT, 1, 2)), t -> {});
      m.ifThen(call("f", lit(POINT)), t -> {});
      m.ifThen(Go.paren(p.eq(lit(POINT))), t -> {});
      m.ifThen(Go.paren(p.eq(lit(sliceOf(INT)).index(0))), t -> {});
      m.rangeOver(lit(points, elems(1, 2)), "_", "q", (body, k, q) -> {});
      m.switchOn(lit(POINT).field("X"), sw -> {});
      m.ifInit(in -> in.define("q", lit(POINT)).eq(p), t -> {});
      m.forLoop(l -> {
        l.cond(p.ne(lit(POINT)));
        l.body(body -> body.ifThen(lit(POINT).eq(p), t -> {}));
      });
    }, """
        if p == (Point{1, 2}) {
        }
        if f(Point{}) {
        }
        if (p == Point{}) {
        }
        if p == []int{}[0] {
        }
        for _, q := range (Points{{1, 2}}) {
        }
        switch (Point{}).X {
        }
        if q := (Point{}); q == p {
        }
        for p != (Point{}) {
        	if (Point{}) == p {
        	}
        }
        """);
  }

  @Test
  void localTypesDeferAndGo() {
    assertMain(m -> {
      Named local = m.type("Local", struct(field("A", INT), field("Bcd", STRING)));
      m.define("l", lit(local, kv("A", 1)));
      m.type("Celsius", FLOAT64);
      m.defer(fmtPrintln("done"));
      m.go(call("worker", 1));
      m.define(names("v", "ok"), id("m").index("k"));
      m.define(names("w", "ok2"), x.assertType(STRING));
    }, """
        type Local struct {
        	A   int
        	Bcd string
        }
        l := Local{A: 1}
        type Celsius float64
        defer fmt.Println("done")
        go worker(1)
        v, ok := m["k"]
        w, ok2 := x.(string)
        """);
  }

  @Test
  void modelNodesWithoutABuilderShortcut() {
    // an interface embedding another, and a struct embedding a pointer, written with the model
    Expr.InterfaceType rw = new Expr.InterfaceType(List.of(
        new Field(null, new Expr.Ident("Reader", P), P),
        new Field("Write", new Expr.FuncType(List.of(new Field("p", new Expr.ArrayType(null, new Expr.Ident("byte", P), P), P)),
            List.of(new Field("n", new Expr.Ident("int", P), P), new Field("err", new Expr.Ident("error", P), P)), P), P)), P);
    assertThat(GoPrinter.print(rw)).isEqualTo("interface {\n\tReader\n\tWrite(p []byte) (n int, err error)\n}");
    Expr.StructType st = new Expr.StructType(List.of(new Field(null, new Expr.Star(new Expr.Ident("T", P), P), P)), P);
    assertThat(GoPrinter.print(st)).isEqualTo("struct{ *T }");
    assertThat(GoPrinter.print(new Expr.ArrayType(new Expr.Ellipsis(null, P), new Expr.Ident("int", P), P))).isEqualTo("[...]int");
  }

  /** The example in Go's class comment. */
  @Test
  void theBuilderDocExample() {
    assertFile(f -> {
      Named point = f.type("Point", struct(field("X", INT), field("Y", INT)));
      f.method(recv("p", ptr(point)), "Move", (fn, pt) -> {
        Var dx = fn.param("dx", INT);
        fn.addAssign(pt.field("X"), dx);
      });
      f.func("main", bb -> {
        Var ps = bb.define("ps", lit(sliceOf(point), elems(1, 2), elems(kv("Y", 3))));
        bb.rangeOver(ps, "i", "q", (body, k, q) -> body.call(ps.index(k).addr().method("Move", q.field("Y"))));
        bb.define("double", func(fn -> {
          Var v = fn.param("v", INT);
          fn.result(INT);
          fn.ret(v.mul(2));
        }));
      });
    }, """
        package main

        type Point struct {
        	X int
        	Y int
        }

        func (p *Point) Move(dx int) {
        	p.X += dx
        }

        func main() {
        	ps := []Point{{1, 2}, {Y: 3}}
        	for i, q := range ps {
        		(&ps[i]).Move(q.Y)
        	}
        	double := func(v int) int {
        		return v * 2
        	}
        }
        """);
  }
}
