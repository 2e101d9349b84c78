package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.not;
import static dev.gosem.api.build.Go.paren;

import dev.gosem.api.Program;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;

/**
 * Bools checks short-circuit evaluation: the operands of {@code &&} and {@code ||} are function
 * calls that print their name, so the output shows exactly which were evaluated and in what order
 * (left to right, the right operand only when the left does not decide).
 */
public final class Bools {
  private Bools() {}

  private static Ex t(String name) {
    return call("t", name);
  }

  private static Ex f(String name) {
    return call("f", name);
  }

  public static Program program() {
    return Go.program("bools", prog -> prog.file("main.go", file -> {
      file.imports("fmt");
      file.var("calls", Types.INT);
      file.func("t", fn -> {
        Var name = fn.param("name", Types.STRING);
        fn.result(Types.BOOL);
        fn.inc(id("calls"));
        fn.call(fmtPrintln("  t", name));
        fn.ret(true);
      });
      file.func("f", fn -> {
        Var name = fn.param("name", Types.STRING);
        fn.result(Types.BOOL);
        fn.inc(id("calls"));
        fn.call(fmtPrintln("  f", name));
        fn.ret(false);
      });
      file.func("main", b -> {
        b.call(fmtPrintln("a && b:", t("a").andAlso(f("b"))));
        b.call(fmtPrintln("c && d:", f("c").andAlso(t("d"))));
        b.call(fmtPrintln("e || f:", t("e").orElse(t("f"))));
        b.call(fmtPrintln("g || h && i:", f("g").orElse(t("h").andAlso(f("i")))));
        b.call(fmtPrintln("(j || k) && l:", paren(t("j").orElse(t("k"))).andAlso(f("l"))));
        b.call(fmtPrintln("m && n || o && p:", f("m").andAlso(t("n")).orElse(t("o").andAlso(t("p")))));
        b.ifThen(t("q").andAlso(paren(f("r").orElse(t("s")))), then -> then.call(fmtPrintln("if taken")));
        b.ifThen(not(f("u")).andAlso(not(t("v"))), then -> then.call(fmtPrintln("not taken")))
            .orElse(e -> e.call(fmtPrintln("else taken")));
        Var x = b.define("x", f("w").eq(f("x")));
        b.call(fmtPrintln("equal:", x, not(x), x.ne(true), x.eq(lit(1).lt(2))));
        Var y = b.define("y", true);
        b.assign(y, not(y).andAlso(t("never")));
        b.call(fmtPrintln("y:", y));
        // A condition loop whose condition has effects: evaluated once more than the body runs.
        Var i = b.define("i", 0);
        b.whileLoop(i.lt(3).andAlso(t("loop")), body -> body.inc(i));
        b.call(fmtPrintln("calls:", id("calls")));
      });
    }));
  }
}
