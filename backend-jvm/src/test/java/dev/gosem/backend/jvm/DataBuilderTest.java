package dev.gosem.backend.jvm;

import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.elems;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.iface;
import static dev.gosem.api.build.Go.kv;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.method;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.recv;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.types.Types.FLOAT64;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;
import dev.gosem.ir.backend.RunResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Programs of the data model made with the fluent builder, compiled end to end (checker, SSA,
 * passes, JVM classes checked by ASM) with and without optimization. The expected outputs are
 * what Go 1.19 prints for the same programs (their Go text is in each test's comment).
 */
class DataBuilderTest {
  private static RunResult run(Program p) {
    RunResult first = null;
    for (boolean optimize : new boolean[] {true, false}) {
      RunResult r = JvmBackendTest.run(p, optimize);
      if (first != null) assertThat(r).as("unoptimized run").isEqualTo(first);
      first = r;
    }
    return first;
  }

  /**
   * type Point struct{ X, Y int }; func (p *Point) Move(dx int) { p.X += dx };
   * ps := []Point{{1, 2}, {Y: 3}}; for i, q := range ps { ps[i].Move(q.Y) }; fmt.Println(ps, ps[1].X)
   */
  @Test
  void structsInSlicesMovedThroughPointerMethods() {
    Program p = Go.program("points", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      Named point = f.type("Point", struct(field("X", INT), field("Y", INT)));
      f.method(recv("p", ptr(point)), "Move", (fn, pt) -> {
        Var dx = fn.param("dx", INT);
        fn.addAssign(pt.field("X"), dx);
      });
      f.func("main", b -> {
        Var ps = b.define("ps", lit(sliceOf(point), elems(1, 2), elems(kv("Y", 3))));
        b.rangeOver(ps, "i", "q", (body, i, q) -> body.call(ps.index(i).method("Move", q.field("Y"))));
        b.call(fmtPrintln(ps, ps.index(1).field("X")));
      });
    }));
    RunResult r = run(p);
    assertThat(r).isEqualTo(new RunResult("[{3 2} {3 3}] 3\n", "", 0));
  }

  /**
   * type Shape interface{ Area() float64 }; type Sq struct{ s float64 }; type Circ struct{ r float64 }
   * with Area methods (value and pointer receivers); total sums Area over a []Shape;
   * fmt.Println(total(shapes), len(shapes)).
   */
  @Test
  void interfaceCallsDispatchOnTheDynamicType() {
    Program p = Go.program("shapes", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      Named shape = f.type("Shape", iface(method("Area", List.of(), FLOAT64)));
      Named sq = f.type("Sq", struct(field("s", FLOAT64)));
      Named circ = f.type("Circ", struct(field("r", FLOAT64)));
      f.method(recv("q", sq), "Area", (fn, q) -> {
        fn.result(FLOAT64);
        fn.ret(q.field("s").mul(q.field("s")));
      });
      f.method(recv("c", ptr(circ)), "Area", (fn, c) -> {
        fn.result(FLOAT64);
        fn.ret(c.field("r").mul(3));
      });
      f.func("total", fn -> {
        Var shapes = fn.param("shapes", sliceOf(shape));
        fn.result(FLOAT64);
        Var t = fn.define("t", 0.0);
        fn.rangeOver(shapes, "_", "s", (b, k, s) -> b.addAssign(t, s.method("Area")));
        fn.ret(t);
      });
      f.func("main", b -> {
        Var shapes = b.define("shapes", lit(sliceOf(shape), lit(sq, 1.5), lit(circ, 2.0).addr()));
        b.call(fmtPrintln(call("total", shapes), len(shapes)));
      });
    }));
    assertThat(run(p).stdout()).isEqualTo("8.25 2\n");
  }

  /**
   * counts := make(map[string]int); add := func(w string) { counts[w]++ } (a closure over the
   * map); words appended to a []string; fmt.Println(counts, len(counts), words).
   */
  @Test
  void mapsAndClosuresShareState() {
    Program p = Go.program("words", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("main", b -> {
        Var counts = b.define("counts", make(mapOf(STRING, INT)));
        Var words = b.var("words", sliceOf(STRING));
        Var add = b.define("add", func(fn -> {
          Var w = fn.param("w", STRING);
          fn.inc(counts.index(w));
          fn.assign(words, append(words, w));
        }));
        for (String w : new String[] {"go", "jvm", "go"}) b.call(add.call(w));
        b.call(fmtPrintln(counts, len(counts), words));
      });
    }));
    assertThat(run(p).stdout()).isEqualTo("map[go:2 jvm:1] 2 [go jvm go]\n");
  }
}
