package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.fmtPrintln;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;

/** FizzBuzz is the classic, 1 to 35, with an if / else-if chain and % tests. */
public final class FizzBuzz {
  private FizzBuzz() {}

  public static Program program() {
    return Go.program("fizzbuzz", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("main", b -> b.forLoop(loop -> {
        Var i = loop.init().define("i", 1);
        loop.cond(i.le(35));
        loop.post().inc(i);
        loop.body(body -> body
            .ifThen(i.rem(15).eq(0), t -> t.call(fmtPrintln("FizzBuzz")))
            .elseIf(i.rem(3).eq(0), t -> t.call(fmtPrintln("Fizz")))
            .elseIf(i.rem(5).eq(0), t -> t.call(fmtPrintln("Buzz")))
            .orElse(e -> e.call(fmtPrintln(i))));
      }));
    }));
  }
}
