package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrint;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.elems;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;

/**
 * Matrix works with slices of slices: a named matrix type built row by row with make, literals
 * with elided inner types, transpose and multiplication, matrix powers (Fibonacci numbers from
 * [[1 1] [1 0]]^n), Pascal's triangle as a jagged slice, and rows that alias each other when a
 * row slice is shared instead of copied.
 */
public final class Matrix {
  private Matrix() {}

  public static Program program() {
    return Go.program("matrix", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      Named matrix = f.type("Matrix", sliceOf(sliceOf(INT)));
      f.func("zeros", fn -> {
        Var r = fn.param("r", INT);
        Var c = fn.param("c", INT);
        fn.result(matrix);
        Var m = fn.define("m", make(matrix, r));
        fn.rangeOver(m, "i", (body, i) -> body.assign(m.index(i), make(sliceOf(INT), c)));
        fn.ret(m);
      });
      f.func("identity", fn -> {
        Var n = fn.param("n", INT);
        fn.result(matrix);
        Var m = fn.define("m", call("zeros", n, n));
        fn.rangeInt("i", n, (body, i) -> body.assign(m.index(i).index(i), 1));
        fn.ret(m);
      });
      f.func("transpose", fn -> {
        Var m = fn.param("m", matrix);
        fn.result(matrix);
        Var t = fn.define("t", call("zeros", len(m.index(0)), len(m)));
        fn.rangeOver(m, "i", "row", (body, i, row) ->
            body.rangeOver(row, "j", "v", (inner, j, v) -> inner.assign(t.index(j).index(i), v)));
        fn.ret(t);
      });
      f.func("mul", fn -> {
        Var a = fn.param("a", matrix);
        Var b = fn.param("b", matrix);
        fn.result(matrix);
        Var out = fn.define("out", call("zeros", len(a), len(b.index(0))));
        fn.rangeOver(out, "i", (body, i) -> body.rangeOver(out.index(i), "j", (inner, j) ->
            inner.rangeOver(b, "k", (innermost, k) ->
                innermost.addAssign(out.index(i).index(j), a.index(i).index(k).mul(b.index(k).index(j))))));
        fn.ret(out);
      });
      f.func("power", fn -> {
        Var m = fn.param("m", matrix);
        Var n = fn.param("n", INT);
        fn.result(matrix);
        Var result = fn.define("result", call("identity", len(m)));
        fn.whileLoop(n.gt(0), body -> {
          body.ifThen(n.rem(2).eq(1), t -> t.assign(result, call("mul", result, m)));
          body.assign(m, call("mul", m, m));
          body.opAssign(n, BinaryOp.QUO, 2);
        });
        fn.ret(result);
      });
      f.func("print", fn -> {
        Var name = fn.param("name", STRING);
        Var m = fn.param("m", matrix);
        fn.call(fmtPrintln(name.add(":")));
        fn.rangeOver(m, "_", "row", (body, k, row) -> {
          body.rangeOver(row, "_", "v", (inner, k2, v) -> inner.call(fmtPrintf("%5d", v)));
          body.call(fmtPrintln());
        });
      });
      f.func("pascal", fn -> {
        Var n = fn.param("n", INT);
        fn.result(sliceOf(sliceOf(INT)));
        Var rows = fn.define("rows", make(sliceOf(sliceOf(INT)), 0, n));
        fn.rangeInt("i", n, (body, i) -> {
          Var row = body.define("row", make(sliceOf(INT), i.add(1)));
          body.assign(row.index(0), 1);
          body.assign(row.index(i), 1);
          body.forLoop(l -> {
            Var j = l.init().define("j", 1);
            l.cond(j.lt(i));
            l.post().inc(j);
            l.body(inner -> inner.assign(row.index(j), rows.index(i.sub(1)).index(j.sub(1)).add(rows.index(i.sub(1)).index(j))));
          });
          body.assign(rows, append(rows, row));
        });
        fn.ret(rows);
      });
      f.func("main", b -> {
        Var a = b.define("a", lit(matrix, elems(1, 2, 3), elems(4, 5, 6)));
        b.call("print", "a", a);
        b.call("print", "transpose(a)", call("transpose", a));
        b.call("print", "a * transpose(a)", call("mul", a, call("transpose", a)));
        b.call("print", "transpose(a) * a", call("mul", call("transpose", a), a));
        Var fib = b.define("fib", lit(matrix, elems(1, 1), elems(1, 0)));
        b.rangeOver(lit(sliceOf(INT), 1, 2, 10, 30, 60, 90), "_", "n", (body, k, n) ->
            body.call(fmtPrintln("fib", n, "=", call("power", fib, n).index(0).index(1))));
        b.call(fmtPrintln("fib is unchanged:", fib, len(fib)));
        Var tri = b.define("tri", call("pascal", 12));
        b.rangeOver(tri, "i", "row", (body, i, row) -> {
          body.rangeInt(lit(11).sub(i), inner -> inner.call(fmtPrint("  ")));
          body.rangeOver(row, "_", "v", (inner, k, v) -> inner.call(fmtPrintf("%4d", v)));
          body.call(fmtPrintln());
        });
        b.call(fmtPrintln("row lengths", len(tri.index(0)), len(tri.index(11)), tri.index(6)));

        Var shared = b.define("shared", make(sliceOf(INT), 3));
        Var alias = b.define("alias", lit(matrix, shared, shared, shared));
        b.assign(alias.index(0).index(1), 7);
        b.call(fmtPrintln("aliased rows", alias));
        Var own = b.define("own", call("zeros", 3, 3));
        b.assign(own.index(0).index(1), 7);
        b.call(fmtPrintln("own rows", own));
        Var jag = b.define("jag", lit(sliceOf(sliceOf(STRING)), elems("a"), elems(), elems("b", "c", "d"), Go.nil()));
        b.call(fmtPrintf("%v %q %d\n", jag, jag, len(jag)));
      });
    }));
  }
}
