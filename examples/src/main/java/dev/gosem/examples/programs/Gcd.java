package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrintln;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;

/**
 * Gcd computes greatest common divisors two ways, Euclid's loop with a tuple assignment and the
 * recursive form, and least common multiples from them; both must agree on every pair.
 */
public final class Gcd {
  private Gcd() {}

  public static Program program() {
    return Go.program("gcd", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("gcd", fn -> {
        Var a = fn.param("a", Types.INT);
        Var b = fn.param("b", Types.INT);
        fn.result(Types.INT);
        fn.whileLoop(b.ne(0), body -> body.assign(new Var[] {a, b}, b, a.rem(b)));
        fn.ret(a);
      });
      f.func("gcdRec", fn -> {
        Var a = fn.param("a", Types.INT);
        Var b = fn.param("b", Types.INT);
        fn.result(Types.INT);
        fn.ifThen(b.eq(0), then -> then.ret(a));
        fn.ret(call("gcdRec", b, a.rem(b)));
      });
      f.func("lcm", fn -> {
        Var a = fn.param("a", Types.INT);
        Var b = fn.param("b", Types.INT);
        fn.result(Types.INT);
        fn.ret(a.div(call("gcd", a, b)).mul(b));
      });
      f.func("main", b -> {
        b.call(fmtPrintln(call("gcd", 48, 18), call("gcdRec", 48, 18), call("lcm", 4, 6)));
        b.call(fmtPrintln(call("gcd", 17, 5), call("gcd", 0, 9), call("gcd", 9, 0)));
        b.call(fmtPrintln(call("gcd", 1071, 462), call("gcdRec", 2147483647, 1073741823)));
        Var mismatches = b.define("mismatches", 0);
        Var coprime = b.define("coprime", 0);
        b.forLoop(outer -> {
          Var x = outer.init().define("x", 1);
          outer.cond(x.le(30));
          outer.post().inc(x);
          outer.body(ob -> ob.forLoop(inner -> {
            Var y = inner.init().define("y", 1);
            inner.cond(y.le(30));
            inner.post().inc(y);
            inner.body(ib -> {
              Var g = ib.define("g", call("gcd", x, y));
              ib.ifThen(g.ne(call("gcdRec", y, x)), t -> t.inc(mismatches));
              ib.ifThen(g.eq(1), t -> t.inc(coprime));
            });
          }));
        });
        b.call(fmtPrintln("coprime pairs up to 30:", coprime, "mismatches:", mismatches));
        Var l = b.define("l", 1);
        b.forLoop(loop -> {
          Var k = loop.init().define("k", 2);
          loop.cond(k.le(20));
          loop.post().inc(k);
          loop.body(body -> body.assign(l, call("lcm", l, k)));
        });
        b.call(fmtPrintln("lcm(1..20) =", l));
      });
    }));
  }
}
