package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrintln;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;

/**
 * DivZero divides by an integer zero known only at run time: Go panics with "integer divide by
 * zero", prints a goroutine traceback to stderr and exits with status 2. Output printed before
 * the panic stays.
 */
public final class DivZero {
  private DivZero() {}

  public static Program program() {
    return Go.program("divzero", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("div", fn -> {
        Var a = fn.param("a", Types.INT);
        Var b = fn.param("b", Types.INT);
        fn.result(Types.INT);
        fn.ret(a.div(b));
      });
      f.func("main", b -> {
        b.forLoop(loop -> {
          Var d = loop.init().define("d", 3);
          loop.cond(d.ge(0));
          loop.post().dec(d);
          loop.body(body -> {
            body.println("dividing by", d);
            body.call(fmtPrintln("12 /", d, "=", call("div", 12, d)));
          });
        });
        b.call(fmtPrintln("unreachable"));
      });
    }));
  }
}
