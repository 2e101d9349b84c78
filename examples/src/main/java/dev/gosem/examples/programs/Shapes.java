package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.embed;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.fmtSprintf;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.iface;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.method;
import static dev.gosem.api.build.Go.nil;
import static dev.gosem.api.build.Go.pkgCall;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.recv;
import static dev.gosem.api.build.Go.sel;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.FLOAT64;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;
import java.util.List;

/**
 * Shapes dispatches through a user interface: circles, rectangles, squares (a Rect embedded, so
 * its methods are promoted) and triangles are all Shapes; a slice of Shapes is sorted by area
 * and summed; comma-ok assertions pick out concrete types and the optional Scaler interface,
 * which only pointer types implement; interface values compare by dynamic type and value.
 */
public final class Shapes {
  private Shapes() {}

  public static Program program() {
    return Go.program("shapes", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "math", "sort");
      Named shape = f.type("Shape", iface(method("Area", List.of(), FLOAT64), method("Perimeter", List.of(), FLOAT64)));
      Named scaler = f.type("Scaler", iface(method("Scale", List.of(FLOAT64))));
      Named circle = f.type("Circle", struct(field("R", FLOAT64)));
      Named rect = f.type("Rect", struct(field("W", FLOAT64), field("H", FLOAT64)));
      Named square = f.type("Square", struct(embed(rect)));
      Named triangle = f.type("Triangle", struct(field("A", FLOAT64), field("B", FLOAT64), field("C", FLOAT64)));
      f.method(recv("c", circle), "Area", (fn, c) -> {
        fn.result(FLOAT64);
        fn.ret(sel("math", "Pi").mul(c.field("R")).mul(c.field("R")));
      });
      f.method(recv("c", circle), "Perimeter", (fn, c) -> {
        fn.result(FLOAT64);
        fn.ret(lit(2).mul(sel("math", "Pi")).mul(c.field("R")));
      });
      f.method(recv("c", ptr(circle)), "Scale", (fn, c) -> {
        Var k = fn.param("k", FLOAT64);
        fn.opAssign(c.field("R"), BinaryOp.MUL, k);
      });
      f.method(recv("r", rect), "Area", (fn, r) -> {
        fn.result(FLOAT64);
        fn.ret(r.field("W").mul(r.field("H")));
      });
      f.method(recv("r", rect), "Perimeter", (fn, r) -> {
        fn.result(FLOAT64);
        fn.ret(lit(2).mul(Go.paren(r.field("W").add(r.field("H")))));
      });
      f.method(recv("r", ptr(rect)), "Scale", (fn, r) -> {
        Var k = fn.param("k", FLOAT64);
        fn.opAssign(r.field("W"), BinaryOp.MUL, k);
        fn.opAssign(r.field("H"), BinaryOp.MUL, k);
      });
      f.func("newSquare", fn -> {
        Var side = fn.param("side", FLOAT64);
        fn.result(square);
        fn.ret(lit(square, lit(rect, side, side)));
      });
      f.method(recv("t", triangle), "Perimeter", (fn, t) -> {
        fn.result(FLOAT64);
        fn.ret(t.field("A").add(t.field("B")).add(t.field("C")));
      });
      f.method(recv("t", triangle), "Area", (fn, t) -> {
        fn.result(FLOAT64);
        Var s = fn.define("s", t.method("Perimeter").div(2));
        fn.ret(pkgCall("math", "Sqrt", s.mul(s.sub(t.field("A"))).mul(s.sub(t.field("B"))).mul(s.sub(t.field("C")))));
      });
      f.func("describe", fn -> {
        Var s = fn.param("s", shape);
        fn.result(STRING);
        fn.ret(fmtSprintf("%-15T area %8.3f  perimeter %7.3f", s, s.method("Area"), s.method("Perimeter")));
      });
      f.func("largest", fn -> {
        Var shapes = fn.param("shapes", sliceOf(shape));
        fn.result(shape);
        Var best = fn.var("best", shape);
        fn.rangeOver(shapes, "_", "s", (body, k, s) ->
            body.ifThen(best.eq(nil()).orElse(s.method("Area").gt(best.method("Area"))), t -> t.assign(best, s)));
        fn.ret(best);
      });
      f.func("main", b -> {
        Var shapes = b.define("shapes", lit(sliceOf(shape),
            lit(circle, 1), lit(rect, 3, 4), call("newSquare", 2), lit(triangle, 3, 4, 5), lit(circle, 0.5).addr(), lit(rect, 10, 0.1).addr()));
        b.rangeOver(shapes, "_", "s", (body, k, s) -> body.call(fmtPrintln(call("describe", s))));
        b.call(fmtPrintln("largest:", call("describe", call("largest", shapes))));
        b.call(fmtPrintln("largest of none:", call("largest", nil())));
        b.call(pkgCall("sort", "Slice", shapes, func(fn -> {
          Var i = fn.param("i", INT);
          Var j = fn.param("j", INT);
          fn.result(BOOL);
          fn.ret(shapes.index(i).method("Area").lt(shapes.index(j).method("Area")));
        })));
        Var total = b.define("total", 0.0);
        b.rangeOver(shapes, "i", "s", (body, i, s) -> {
          body.addAssign(total, s.method("Area"));
          body.call(fmtPrintf("%d %v %.2f\n", i, s, s.method("Area")));
        });
        b.call(fmtPrintf("total area %.4f\n", total));

        b.rangeOver(shapes, "_", "s", (body, k, s) -> {
          body.ifInit(t -> t.define(Go.names("c", "ok"), s.assertType(circle))[1], t ->
              t.call(fmtPrintln("a circle of radius", Go.id("c").field("R"))));
          body.ifInit(t -> t.define(Go.names("sc", "ok"), s.assertType(scaler))[1], t -> {
            t.call(Go.id("sc").method("Scale", 2));
            t.call(fmtPrintf("scaled %T to %v\n", s, s));
          });
        });
        Var sq = b.define("sq", call("newSquare", 3));
        b.call(sq.method("Scale", 2));
        b.call(fmtPrintln(sq, sq.method("Area"), sq.field("W"), sq.field("Rect").method("Perimeter")));
        Ex a = Go.conv(shape, lit(circle, 1));
        b.call(fmtPrintln(a.eq(Go.conv(shape, lit(circle, 1))), a.eq(Go.conv(shape, lit(circle, 2))),
            Go.conv(shape, lit(rect, 1, 1)).eq(Go.conv(shape, call("newSquare", 1))), Go.conv(shape, lit(rect, 2, 2)).eq(lit(rect, 2, 2))));
        Var p1 = b.define("p1", lit(rect, 1, 2).addr());
        Var s1 = b.define("s1", Go.conv(shape, p1));
        Var s2 = b.define("s2", Go.conv(shape, p1));
        b.call(fmtPrintln("same pointer:", s1.eq(s2), s1.eq(Go.conv(shape, lit(rect, 1, 2).addr())), s1.ne(nil())));
      });
    }));
  }
}
