package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.neg;

import dev.gosem.api.Program;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.FileBuilder;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Basic;
import dev.gosem.api.types.Types;
import java.util.List;

/**
 * Remainder checks that integer division truncates toward zero and that {@code x % y} has the
 * sign of x, for all four sign combinations and every integer type; that the most negative value
 * divided by -1 is itself with remainder 0 (no trap); and that unsigned division treats the top
 * bit as a value bit.
 */
public final class Remainder {
  private Remainder() {}

  private record Signed(Basic type, Ex min) {}

  public static Program program() {
    List<Signed> signed = List.of(
        new Signed(Types.INT8, lit(-128)),
        new Signed(Types.INT16, lit(-1).shl(15)),
        new Signed(Types.INT32, lit(-1).shl(31)),
        new Signed(Types.INT64, lit(-1).shl(63)),
        new Signed(Types.INT, lit(-1).shl(63)));
    List<Basic> unsigned = List.of(Types.UINT8, Types.UINT16, Types.UINT32, Types.UINT64, Types.UINT);
    return Go.program("remainder", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      for (Signed s : signed) signedFunc(f, s);
      for (Basic u : unsigned) unsignedFunc(f, u);
      f.func("main", b -> {
        for (Signed s : signed) b.call(name(s.type()));
        for (Basic u : unsigned) b.call(name(u));
      });
    }));
  }

  private static String name(Basic t) {
    String n = t.kind().goName();
    return "div" + Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }

  private static void signedFunc(FileBuilder f, Signed s) {
    f.func(name(s.type()), b -> {
      String type = s.type().kind().goName();
      Var x = b.var("x", s.type(), 7);
      Var y = b.var("y", s.type(), 2);
      Var mx = b.define("mx", neg(x));
      Var my = b.define("my", neg(y));
      b.call(fmtPrintln(type, "7/2", x.div(y), x.rem(y), "-7/2", mx.div(y), mx.rem(y), "7/-2", x.div(my), x.rem(my),
          "-7/-2", mx.div(my), mx.rem(my)));
      Var least = b.var("least", s.type(), s.min());
      Var minusOne = b.var("minusOne", s.type(), -1);
      b.call(fmtPrintln(type, "min/-1", least.div(minusOne), least.rem(minusOne), "min/7", least.div(x), least.rem(x),
          "min%min", least.rem(least)));
      b.println(type, mx.div(y), mx.rem(y), least.div(minusOne), least.rem(x));
      // Quotient and remainder always recombine: q*y + r == x.
      Var ok = b.define("ok", true);
      b.forLoop(loop -> {
        Var i = loop.init().define("i", conv(s.type(), -20));
        loop.cond(i.le(20));
        loop.post().inc(i);
        loop.body(body -> body.forLoop(inner -> {
          Var j = inner.init().define("j", conv(s.type(), -6));
          inner.cond(j.le(6));
          inner.post().inc(j);
          inner.body(ib -> ib.ifThen(j.ne(0).andAlso(i.div(j).mul(j).add(i.rem(j)).ne(i)), t -> t.assign(ok, false)));
        }));
      });
      b.call(fmtPrintln(type, "recombines", ok));
    });
  }

  private static void unsignedFunc(FileBuilder f, Basic u) {
    f.func(name(u), b -> {
      String type = u.kind().goName();
      Var x = b.var("x", u, 7);
      Var y = b.var("y", u, 2);
      Var top = b.define("top", x.sub(x).sub(1)); // the largest value, made at run time
      b.call(fmtPrintln(type, x.div(y), x.rem(y), top, top.div(10), top.rem(10), top.div(top.sub(1)), top.rem(top.div(2)),
          top.div(2).add(1).div(3)));
      b.println(type, top.div(10), top.rem(10));
    });
  }
}
