package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.arrayOf;
import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.cap;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Array;
import dev.gosem.api.types.Named;

/**
 * ArrayValues shows that Go arrays are values: assignment and calls copy them, == compares them
 * element by element, a range loop iterates over a copy (unless it ranges over a pointer to the
 * array), arrays nest, key maps and live inside structs, and a slice of an array shares its memory.
 */
public final class ArrayValues {
  private ArrayValues() {}

  public static Program program() {
    return Go.program("arrays", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      Array four = arrayOf(4, INT);
      Named pair = f.type("pair", struct(field("name", STRING), field("vals", arrayOf(2, INT))));
      f.func("double", fn -> {
        Var a = fn.param("a", four);
        fn.result(four);
        fn.rangeOver(a, "i", (body, i) -> body.opAssign(a.index(i), BinaryOp.MUL, 2));
        fn.ret(a);
      });
      f.func("fill", fn -> {
        Var p = fn.param("p", ptr(four));
        Var v = fn.param("v", INT);
        fn.rangeOver(p, "i", (body, i) -> body.assign(p.index(i), v.add(i)));
      });
      f.func("sum", fn -> {
        Var a = fn.param("a", four);
        fn.result(INT);
        Var t = fn.define("t", 0);
        fn.rangeOver(a, "_", "x", (body, k, x) -> body.addAssign(t, x));
        fn.ret(t);
      });
      f.func("main", b -> {
        Var a = b.var("a", four);
        b.call(fmtPrintln("zero", a, len(a), cap(a)));
        b.assign(new Ex[] {a.index(0), a.index(3)}, 1, 4);
        Var c = b.define("c", a);
        b.assign(c.index(1), 99);
        b.call(fmtPrintln("copy", a, c, a.eq(c), a.ne(c)));
        b.assign(c.index(1), 0);
        b.call(fmtPrintln("equal again", a.eq(c)));
        Var d = b.define("d", call("double", a));
        b.call(fmtPrintln("double", a, d, call("sum", a), call("sum", d)));
        b.call("fill", a.addr(), 7);
        b.call(fmtPrintln("fill", a));
        Var p = b.define("p", a.addr());
        b.assign(p.index(2), 0);
        b.assign(p.deref().index(1), 5);
        b.call(fmtPrintln("through pointer", a, len(p), p.deref().eq(a)));

        // A range loop over an array ranges over a copy made when the loop starts.
        Var nums = b.define("nums", lit(arrayOf(5, INT), 1, 2, 3, 4, 5));
        b.rangeOver(nums, "i", "v", (body, i, v) -> {
          body.ifThen(i.lt(4), t -> t.assign(nums.index(i.add(1)), v.mul(10)));
          body.call(fmtPrintln("copy range", i, v, nums));
        });
        Var more = b.define("more", lit(arrayOf(5, INT), 1, 2, 3, 4, 5));
        b.rangeOver(more.addr(), "i", "v", (body, i, v) -> {
          body.ifThen(i.lt(4), t -> t.assign(more.index(i.add(1)), v.mul(10)));
          body.call(fmtPrintln("pointer range", i, v, more));
        });

        Var grid = b.var("grid", arrayOf(3, arrayOf(4, INT)));
        b.rangeInt("i", 3, (outer, i) -> outer.rangeInt("j", 4, (inner, j) -> inner.assign(grid.index(i).index(j), i.mul(4).add(j))));
        Var row = b.define("row", grid.index(1));
        b.assign(row.index(0), -1);
        b.call(fmtPrintln("grid", grid));
        b.call(fmtPrintln("row", row, grid.index(1), len(grid), len(grid.index(0))));
        Var g2 = b.define("g2", grid);
        b.assign(g2.index(2).index(3), 100);
        b.call(fmtPrintln("grids equal", g2.eq(grid), g2.index(0).eq(grid.index(0)), g2.index(2).eq(grid.index(2))));

        Var seen = b.define("seen", make(mapOf(arrayOf(2, INT), STRING)));
        b.assign(seen.index(lit(arrayOf(2, INT), 1, 2)), "a");
        b.assign(seen.index(lit(arrayOf(2, INT), 2, 1)), "b");
        b.addAssign(seen.index(lit(arrayOf(2, INT), 1, 2)), "c");
        b.assign(seen.index(lit(arrayOf(2, INT), -5, 9)), "d");
        b.call(fmtPrintln("array keys", len(seen), seen.index(lit(arrayOf(2, INT), 1, 2)), seen));

        Var names = b.define("names", lit(arrayOf(3, STRING), "ann", "bob"));
        b.call(fmtPrintf("%q %d %v\n", names, len(names), names.index(2).eq("")));
        b.call(fmtPrintf("%v %#v %T\n", names, names, grid));
        Var s = b.define("s", nums.slice(1, 3));
        b.assign(s.index(0), 100);
        b.call(fmtPrintln("slice of array", nums, s, len(s), cap(s)));

        Var x = b.define("x", lit(pair, "x", lit(arrayOf(2, INT), 1, 2)));
        Var y = b.define("y", x);
        b.assign(y.field("vals").index(0), 50);
        b.call(fmtPrintln("struct with array", x, y, x.eq(y)));
        b.call(fmtPrintf("%+v %#v\n", y, x.field("vals")));
        Var boards = b.var("boards", arrayOf(2, arrayOf(2, Go.BYTE)));
        b.assign(boards.index(0).index(1), 'x');
        b.assign(boards.index(1), boards.index(0));
        b.assign(boards.index(1).index(0), 'o');
        b.call(fmtPrintln("bytes", boards, boards.index(0).eq(boards.index(1))));
      });
    }));
  }
}
