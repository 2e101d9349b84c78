package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.id;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;

/**
 * Recursion covers recursive calls beyond fib: Towers of Hanoi printing each move, Ackermann's
 * function (deep and non-primitive), mutual recursion between two functions declared in either
 * order, and a recursion that updates a package-level counter.
 */
public final class Recursion {
  private Recursion() {}

  public static Program program() {
    return Go.program("recursion", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.var("moves", Types.INT);
      f.func("hanoi", fn -> {
        Var n = fn.param("n", Types.INT);
        Var from = fn.param("from", Types.STRING);
        Var to = fn.param("to", Types.STRING);
        Var via = fn.param("via", Types.STRING);
        fn.ifThen(n.eq(0), t -> t.ret());
        fn.call("hanoi", n.sub(1), from, via, to);
        fn.inc(id("moves"));
        fn.call(fmtPrintln("move", n, "from", from, "to", to));
        fn.call("hanoi", n.sub(1), via, to, from);
      });
      f.func("ackermann", fn -> {
        Var m = fn.param("m", Types.INT);
        Var n = fn.param("n", Types.INT);
        fn.result(Types.INT);
        fn.ifThen(m.eq(0), t -> t.ret(n.add(1)));
        fn.ifThen(n.eq(0), t -> t.ret(call("ackermann", m.sub(1), 1)));
        fn.ret(call("ackermann", m.sub(1), call("ackermann", m, n.sub(1))));
      });
      f.func("isEven", fn -> {
        Var n = fn.param("n", Types.UINT);
        fn.result(Types.BOOL);
        fn.ifThen(n.eq(0), t -> t.ret(true));
        fn.ret(call("isOdd", n.sub(1)));
      });
      f.func("isOdd", fn -> {
        Var n = fn.param("n", Types.UINT);
        fn.result(Types.BOOL);
        fn.ifThen(n.eq(0), t -> t.ret(false));
        fn.ret(call("isEven", n.sub(1)));
      });
      f.func("sumDigits", fn -> {
        Var n = fn.param("n", Types.INT64);
        fn.result(Types.INT64);
        fn.ifThen(n.lt(10), t -> t.ret(n));
        fn.ret(n.rem(10).add(call("sumDigits", n.div(10))));
      });
      f.func("power", fn -> {
        Var base = fn.param("base", Types.INT64);
        Var exp = fn.param("exp", Types.UINT);
        fn.result(Types.INT64);
        fn.ifThen(exp.eq(0), t -> t.ret(1));
        Var half = fn.define("half", call("power", base, exp.div(2)));
        fn.ifThen(exp.rem(2).eq(1), t -> t.ret(half.mul(half).mul(base)));
        fn.ret(half.mul(half));
      });
      f.func("main", b -> {
        b.call("hanoi", 3, "A", "C", "B");
        b.call(fmtPrintln("moves:", id("moves")));
        b.call(fmtPrintln("ackermann", call("ackermann", 2, 3), call("ackermann", 3, 3), call("ackermann", 3, 5)));
        b.call(fmtPrintln("even/odd", call("isEven", 10), call("isOdd", 7), call("isEven", 9999), call("isOdd", 0)));
        b.call(fmtPrintln("digits", call("sumDigits", 9876543210L), call("sumDigits", 7)));
        b.call(fmtPrintln("power", call("power", 3, 13), call("power", 2, 62), call("power", 2, 64), call("power", -3, 39)));
      });
    }));
  }
}
