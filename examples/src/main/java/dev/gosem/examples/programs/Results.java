package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.blank;
import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.names;

import dev.gosem.api.Program;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;

/**
 * Results covers functions with several results: unnamed and named results (zero-valued at
 * entry, returned by a bare return), results discarded with the blank identifier, and tuple
 * assignment, where every right-hand side is evaluated before any variable is assigned.
 */
public final class Results {
  private Results() {}

  public static Program program() {
    return Go.program("results", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("divmod", fn -> {
        Var a = fn.param("a", Types.INT);
        Var b = fn.param("b", Types.INT);
        fn.results(Types.INT, Types.INT);
        fn.ret(a.div(b), a.rem(b));
      });
      f.func("minmax", fn -> {
        Var a = fn.param("a", Types.INT);
        Var b = fn.param("b", Types.INT);
        Var lo = fn.namedResult("lo", Types.INT);
        Var hi = fn.namedResult("hi", Types.INT);
        fn.ifThen(a.lt(b), t -> {
          t.assign(new Ex[] {lo, hi}, a, b);
          t.ret();
        });
        fn.assign(lo, b);
        fn.assign(hi, a);
        fn.ret();
      });
      f.func("stats", fn -> {
        Var n = fn.param("n", Types.INT);
        Var sum = fn.namedResult("sum", Types.INT);
        Var squares = fn.namedResult("squares", Types.INT64);
        Var ok = fn.namedResult("ok", Types.BOOL);
        fn.ifThen(n.le(0), t -> t.ret()); // the zero values: 0 0 false
        fn.rangeInt("i", n.add(1), (body, i) -> {
          body.addAssign(sum, i);
          body.addAssign(squares, conv(Types.INT64, i.mul(i)));
        });
        fn.assign(ok, lit(true));
        fn.ret();
      });
      f.func("swap", fn -> {
        Var a = fn.param("a", Types.STRING);
        Var b = fn.param("b", Types.STRING);
        fn.results(Types.STRING, Types.STRING);
        fn.ret(b, a);
      });
      f.func("overwritten", fn -> {
        Var x = fn.namedResult("x", Types.INT);
        fn.assign(x, 5);
        fn.ret(x.mul(10)); // an explicit return sets the named result
      });
      f.func("fibPair", fn -> {
        Var n = fn.param("n", Types.INT);
        Var a = fn.namedResult("a", Types.INT);
        Var b = fn.namedResult("b", Types.INT);
        fn.ifThen(n.eq(0), t -> t.ret(0, 1));
        fn.assign(new Ex[] {a, b}, call("fibPair", n.sub(1)));
        fn.assign(new Ex[] {a, b}, b, a.add(b));
        fn.ret();
      });
      f.func("main", b -> {
        Var[] qr = b.define(names("q", "r"), call("divmod", 17, 5));
        b.call(fmtPrintln("divmod", qr[0], qr[1]));
        Var[] r2 = b.define(names("_", "r2"), call("divmod", -17, 5));
        b.call(fmtPrintln("remainder only", r2[1]));
        Var[] mm = b.define(names("lo", "hi"), call("minmax", 9, 4));
        b.call(fmtPrintln("minmax", mm[0], mm[1]));
        b.assign(new Ex[] {mm[0], mm[1]}, call("minmax", 4, 9));
        b.call(fmtPrintln("minmax", mm[0], mm[1]));
        Var[] st = b.define(names("sum", "squares", "ok"), call("stats", 10));
        b.call(fmtPrintln("stats", st[0], st[1], st[2]));
        b.assign(new Ex[] {st[0], blank(), st[2]}, call("stats", -1));
        b.call(fmtPrintln("stats", st[0], st[1], st[2]));
        Var[] sw = b.define(names("first", "second"), call("swap", "hello", "world"));
        b.call(fmtPrintln(sw[0], sw[1]));
        b.call(fmtPrintln("overwritten", call("overwritten")));

        // Tuple assignment evaluates the right side first: a swap needs no temporary.
        Var x = b.define("x", 1);
        Var y = b.define("y", 2);
        b.assign(new Ex[] {x, y}, y, x);
        b.call(fmtPrintln("swapped", x, y));
        Var[] abc = b.define(names("a", "bb", "c"), 1, 2, 3);
        b.assign(new Ex[] {abc[0], abc[1], abc[2]}, abc[2], abc[0], abc[1]);
        b.call(fmtPrintln("rotated", abc[0], abc[1], abc[2]));
        b.rangeInt(10, body -> body.assign(new Ex[] {x, y}, y, x.add(y)));
        b.call(fmtPrintln("fib step", x, y));
        Var[] fp = b.define(names("f30", "f31"), call("fibPair", 30));
        b.call(fmtPrintln("fibPair", fp[0], fp[1]));

        // := redeclares existing names when at least one name on the left is new.
        Var[] re = b.define(names("x", "z"), x.add(100), 7);
        b.call(fmtPrintln("redeclared", re[0], re[1]));
        b.assign(blank(), call("overwritten"));
        b.assign(new Ex[] {blank(), blank()}, call("divmod", 1, 1));
      });
    }));
  }
}
