package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.id;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;

/**
 * Scopes covers name resolution: package-level names shadowed by parameters and locals, nested
 * blocks, variables declared by if and for init statements (visible in every branch of the if,
 * gone after it), and a loop body that redeclares the loop variable.
 */
public final class Scopes {
  private Scopes() {}

  public static Program program() {
    return Go.program("scopes", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.var("x", null, "package x");
      f.func("show", fn -> fn.call(fmtPrintln("show sees", id("x"))));
      f.func("param", fn -> {
        Var x = fn.param("x", Types.INT);
        fn.call(fmtPrintln("param x", x));
      });
      f.func("twice", fn -> {
        Var n = fn.param("n", Types.INT);
        fn.result(Types.INT);
        fn.ret(n.mul(2));
      });
      f.func("main", b -> {
        b.call("show");
        b.call("param", 5);
        Var x = b.define("x", 1);
        b.call(fmtPrintln("main x", x));
        b.block(inner -> {
          Var x2 = inner.define("x", x.add(1));
          inner.block(innermost -> {
            Var x3 = innermost.define("x", "innermost");
            innermost.call(fmtPrintln(x3));
          });
          inner.call(fmtPrintln("inner x", x2));
          inner.inc(x2);
        });
        b.call(fmtPrintln("main x again", x));
        b.call("show");

        b.ifInit(init -> init.define("y", call("twice", x)).gt(5), then -> then.call(fmtPrintln("big y", id("y"))))
            .elseIfInit(init -> init.define("z", id("y").add(10)).gt(5), then -> then.call(fmtPrintln("y and z", id("y"), id("z"))))
            .orElse(e -> e.call(fmtPrintln("neither", id("y"), id("z"))));
        b.ifInit(init -> init.define("x", "if-scoped").ne(""), then -> then.call(fmtPrintln(id("x"))));

        b.forLoop(loop -> {
          Var i = loop.init().define("i", 0);
          loop.cond(i.lt(3));
          loop.post().inc(i);
          loop.body(body -> {
            Var i2 = body.define("i", i.mul(100));
            body.inc(i2);
            body.call(fmtPrintln("body i", i2));
          });
        });
        Var i = b.define("i", "after the loop");
        b.call(fmtPrintln(i, x));
      });
    }));
  }
}
