package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.id;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;

/**
 * Globals checks package initialization: variables are initialized in dependency order, not
 * source order (a dependency through a function body counts too), each exactly once, before
 * main runs; then several functions read and update them.
 */
public final class Globals {
  private Globals() {}

  public static Program program() {
    return Go.program("globals", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      Var total = f.var("total", null, call("trace", "total", id("first").add(id("second"))));
      Var first = f.var("first", null, call("trace", "first", 10));
      Var second = f.var("second", null, call("trace", "second", first.mul(2)));
      Var viaFunc = f.var("viaFunc", null, call("trace", "viaFunc", call("readLate")));
      f.var("late", Types.INT, call("trace", "late", 7));
      Var counter = f.var("counter", Types.INT);
      Var label = f.var("label", null, "count");
      Var ratio = f.var("ratio", Types.FLOAT64, 0.5);
      f.func("trace", fn -> {
        Var name = fn.param("name", Types.STRING);
        Var v = fn.param("v", Types.INT);
        fn.result(Types.INT);
        fn.call(fmtPrintln("init", name, v));
        fn.ret(v);
      });
      f.func("readLate", fn -> {
        fn.result(Types.INT);
        fn.ret(id("late").mul(100));
      });
      f.func("bump", fn -> {
        fn.inc(counter);
        fn.addAssign(total, counter);
      });
      f.func("rename", fn -> {
        Var suffix = fn.param("suffix", Types.STRING);
        fn.assign(label, label.add(suffix));
        fn.assign(ratio, ratio.mul(3));
      });
      f.func("report", fn -> fn.call(fmtPrintln(label, counter, total, ratio)));
      f.func("main", b -> {
        b.call(fmtPrintln("main starts", first, second, total, viaFunc, id("late")));
        b.call("report");
        b.rangeInt(3, body -> body.call("bump"));
        b.call("rename", "er");
        b.call("report");
        // A local variable shadows the global; the global is unchanged.
        b.block(inner -> {
          Var shadow = inner.define("counter", 100);
          inner.inc(shadow);
          inner.call(fmtPrintln("shadow", shadow));
        });
        b.call("bump");
        b.call("rename", "!");
        b.call("report");
      });
    }));
  }
}
