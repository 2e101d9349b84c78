package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrint;
import static dev.gosem.api.build.Go.fmtPrintln;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;

/**
 * Primes finds primes by trial division: the primes below 100, how many there are below
 * 100,000, the largest gap between consecutive primes there, and the twin-prime count.
 */
public final class Primes {
  private Primes() {}

  public static Program program() {
    return Go.program("primes", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("isPrime", fn -> {
        Var n = fn.param("n", Types.INT);
        fn.result(Types.BOOL);
        fn.ifThen(n.lt(2), t -> t.ret(false));
        fn.forLoop(loop -> {
          Var d = loop.init().define("d", 2);
          loop.cond(d.mul(d).le(n));
          loop.post().inc(d);
          loop.body(body -> body.ifThen(n.rem(d).eq(0), t -> t.ret(false)));
        });
        fn.ret(true);
      });
      f.func("main", b -> {
        b.rangeInt("n", 100, (body, n) -> body.ifThen(call("isPrime", n), t -> t.call(fmtPrint(n, " "))));
        b.call(fmtPrintln());
        Var count = b.define("count", 0);
        Var twins = b.define("twins", 0);
        Var prev = b.define("prev", 2);
        Var gap = b.define("gap", 0);
        Var gapAt = b.define("gapAt", 0);
        b.rangeInt("n", 100000, (body, n) -> body.ifThen(call("isPrime", n), t -> {
          t.inc(count);
          t.ifThen(n.sub(prev).eq(2), tw -> tw.inc(twins));
          t.ifThen(n.sub(prev).gt(gap), g -> {
            g.assign(gap, n.sub(prev));
            g.assign(gapAt, prev);
          });
          t.assign(prev, n);
        }));
        b.call(fmtPrintln("primes below 100000:", count));
        b.call(fmtPrintln("twin pairs:", twins));
        b.call(fmtPrintln("largest gap:", gap, "after", gapAt));
        b.call(fmtPrintln("last:", prev));
      });
    }));
  }
}
