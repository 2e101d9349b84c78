package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrintln;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;

/** Fib prints the Fibonacci numbers fib(0) to fib(25), computed by plain recursion. */
public final class Fib {
  private Fib() {}

  public static Program program() {
    return Go.program("fib", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("fib", fn -> {
        Var n = fn.param("n", Types.INT);
        fn.result(Types.INT);
        fn.ifThen(n.lt(2), then -> then.ret(n));
        fn.ret(call("fib", n.sub(1)).add(call("fib", n.sub(2))));
      });
      f.func("main", b -> b.rangeInt("i", 26, (body, i) -> body.call(fmtPrintln(i, call("fib", i)))));
    }));
  }
}
