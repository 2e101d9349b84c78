package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.fmtPrint;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.id;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;

/**
 * Collatz follows the 3n+1 sequence: the path from 27, the step counts of 1 to 20, and the
 * start below 10,000 with the longest path (a loop-heavy program with int64 arithmetic).
 */
public final class Collatz {
  private Collatz() {}

  public static Program program() {
    return Go.program("collatz", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("next", fn -> {
        Var n = fn.param("n", Types.INT64);
        fn.result(Types.INT64);
        fn.ifThen(n.rem(2).eq(0), then -> then.ret(n.div(2)));
        fn.ret(n.mul(3).add(1));
      });
      f.func("steps", fn -> {
        Var n = fn.param("n", Types.INT64);
        fn.result(Types.INT);
        Var count = fn.define("count", 0);
        fn.whileLoop(n.ne(1), body -> {
          body.assign(n, call("next", n));
          body.inc(count);
        });
        fn.ret(count);
      });
      f.func("main", b -> {
        Var n = b.var("n", Types.INT64, 27);
        Var peak = b.define("peak", n);
        b.forever(body -> {
          body.call(fmtPrint(n, " "));
          body.ifThen(n.eq(1), t -> t.brk());
          body.assign(n, call("next", n));
          body.ifThen(n.gt(peak), t -> t.assign(peak, n));
        });
        b.call(fmtPrintln());
        b.call(fmtPrintln("peak", peak, "steps", call("steps", 27)));
        b.forLoop(loop -> {
          Var i = loop.init().define("i", conv(Types.INT64, 1));
          loop.cond(i.le(20));
          loop.post().inc(i);
          loop.body(body -> body.call(fmtPrintln(i, call("steps", i))));
        });
        Var best = b.var("best", Types.INT64, 1);
        Var most = b.define("most", 0);
        b.forLoop(loop -> {
          Var i = loop.init().define("i", conv(Types.INT64, 2));
          loop.cond(i.lt(10000));
          loop.post().inc(i);
          loop.body(body -> body.ifInit(s -> s.define("s", call("steps", i)).gt(most), t -> {
            t.assign(best, i);
            t.assign(most, id("s"));
          }));
        });
        b.call(fmtPrintln("longest below 10000:", best, "with", most, "steps"));
      });
    }));
  }
}
