package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.neg;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;

/**
 * Floats prints float64 values the two ways Go has: fmt.Println (shortest representation that
 * round-trips, %e style outside [1e-4, 1e21)) and the println builtin (always
 * {@code +d.dddddde+ddd}). It covers constant versus run-time arithmetic (0.1+0.2), signed zero,
 * infinities and NaN made at run time, extremes, and conversions between float64 and integers.
 */
public final class Floats {
  private Floats() {}

  public static Program program() {
    return Go.program("floats", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("main", b -> {
        Object[] literals = {1.5, 0.1, 2.0, 1e6, 1e20, 1e21, 123456789.0, 1e-4, 1e-5, 1e-7, 2.5e-8, 3.14159};
        b.call(fmtPrintln(literals));
        b.println(literals);

        // Constant arithmetic is exact; run-time arithmetic rounds each step.
        Var a = b.define("a", 0.1);
        Var c = b.define("c", 0.2);
        b.call(fmtPrintln("sum", lit(0.1).add(0.2), a.add(c), a.add(c).eq(0.3), lit(0.1).add(0.2).eq(0.3)));
        b.println("sum", a.add(c));

        // Signed zero: a constant -0.0 is just zero, a computed one keeps its sign.
        Var zero = b.define("zero", 0.0);
        Var negZero = b.define("negZero", neg(zero));
        b.call(fmtPrintln("zeros", lit(-0.0), zero, negZero, negZero.eq(zero), lit(-1.0).mul(zero)));
        b.println("zeros", zero, negZero);

        // Division, and the special values it makes at run time.
        Var one = b.define("one", 1.0);
        Var three = b.define("three", 3.0);
        Var inf = b.define("inf", one.div(zero));
        Var nan = b.define("nan", zero.div(zero));
        b.call(fmtPrintln("division", one.div(three), lit(2.0).div(three), one.div(negZero), neg(inf), inf.sub(inf)));
        b.call(fmtPrintln("nan", nan, nan.eq(nan), nan.ne(nan), nan.lt(one), nan.gt(one), inf.gt(1e308)));
        b.println("special", inf, neg(inf), nan, one.div(three));

        // Extremes.
        Var max = b.define("max", 1.7976931348623157e308);
        Var tiny = b.define("tiny", 5e-324);
        Var smallNormal = b.define("smallNormal", 2.2250738585072014e-308);
        b.call(fmtPrintln("extremes", max, max.mul(2), tiny, tiny.div(2), smallNormal, neg(max)));
        b.println("extremes", max, tiny, smallNormal, max.mul(2));

        // Repeated scaling drifts away from the decimal value.
        Var x = b.define("x", 1.0);
        b.forLoop(loop -> {
          Var i = loop.init().define("i", 0);
          loop.cond(i.lt(10));
          loop.post().inc(i);
          loop.body(body -> body.assign(x, x.mul(1.1)));
        });
        b.call(fmtPrintln("1.1^10", x, x.mul(1e10), x.div(1e10)));

        // Conversions truncate toward zero; integers beyond 2^53 round to the nearest float64.
        Var p = b.define("p", 2.9);
        Var q = b.define("q", -2.9);
        b.call(fmtPrintln("to int", conv(Types.INT, p), conv(Types.INT, q), conv(Types.INT8, q), conv(Types.UINT8, p),
            conv(Types.INT64, max.div(1e290)), conv(Types.INT32, lit(1e9).add(p))));
        Var big = b.var("big", Types.INT64, lit(1).shl(53).add(1));
        Var ubig = b.var("ubig", Types.UINT64, lit(1).shl(64).sub(1));
        Var ten19 = b.define("ten19", 1e19);
        b.call(fmtPrintln("to float", conv(Types.FLOAT64, big), conv(Types.FLOAT64, big.sub(1)), conv(Types.FLOAT64, ubig),
            conv(Types.UINT64, ten19), conv(Types.FLOAT64, conv(Types.INT8, -128)), conv(Types.FLOAT64, 7).div(2)));
        b.println("to float", conv(Types.FLOAT64, big), conv(Types.FLOAT64, ubig), conv(Types.UINT64, ten19));

        // Mixed float and integer work through conversions.
        Var n = b.define("n", 7);
        Var avg = b.define("avg", conv(Types.FLOAT64, n).div(2));
        b.call(fmtPrintln("mixed", avg, conv(Types.INT, avg.mul(10)), conv(Types.FLOAT64, n.div(2)), avg.lt(3.5), avg.ge(3.5)));
      });
    }));
  }
}
