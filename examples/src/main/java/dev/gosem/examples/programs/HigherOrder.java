package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.fmtSprintf;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.pkgCall;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.recv;
import static dev.gosem.api.build.Go.sig;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Signature;
import java.util.List;

/**
 * HigherOrder passes functions as values: map, filter and reduce over []int with func
 * parameters (named functions, function literals and method values), functions that return
 * functions (compose, a multiplier factory, twice), a pipeline of stages in a slice, a named
 * func type, and sort.Slice with closures as comparators (by length then text, descending, and
 * through a captured slice of keys), its result stable only where the keys differ.
 */
public final class HigherOrder {
  private HigherOrder() {}

  public static Program program() {
    Signature unary = sig(List.of(INT), INT);
    Signature pred = sig(List.of(INT), BOOL);
    return Go.program("higherorder", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "sort", "strings");
      f.func("mapInts", fn -> {
        Var xs = fn.param("xs", sliceOf(INT));
        Var g = fn.param("f", unary);
        fn.result(sliceOf(INT));
        Var out = fn.define("out", make(sliceOf(INT), 0, len(xs)));
        fn.rangeOver(xs, "_", "x", (body, k, x) -> body.assign(out, append(out, g.call(x))));
        fn.ret(out);
      });
      f.func("filter", fn -> {
        Var xs = fn.param("xs", sliceOf(INT));
        Var keep = fn.param("keep", pred);
        fn.result(sliceOf(INT));
        Var out = fn.var("out", sliceOf(INT));
        fn.rangeOver(xs, "_", "x", (body, k, x) -> body.ifThen(keep.call(x), t -> t.assign(out, append(out, x))));
        fn.ret(out);
      });
      f.func("reduce", fn -> {
        Var xs = fn.param("xs", sliceOf(INT));
        Var init = fn.param("init", INT);
        Var g = fn.param("f", sig(List.of(INT, INT), INT));
        fn.result(INT);
        Var acc = fn.define("acc", init);
        fn.rangeOver(xs, "_", "x", (body, k, x) -> body.assign(acc, g.call(acc, x)));
        fn.ret(acc);
      });
      f.func("compose", fn -> {
        Var g = fn.param("g", unary);
        Var h = fn.param("h", unary);
        fn.result(unary);
        fn.ret(func(c -> {
          Var x = c.param("x", INT);
          c.result(INT);
          c.ret(g.call(h.call(x)));
        }));
      });
      f.func("multiplier", fn -> {
        Var k = fn.param("k", INT);
        fn.result(unary);
        fn.ret(func(c -> {
          Var x = c.param("x", INT);
          c.result(INT);
          c.ret(x.mul(k));
        }));
      });
      f.func("twice", fn -> {
        Var g = fn.param("f", unary);
        fn.result(unary);
        fn.ret(call("compose", g, g));
      });
      f.func("square", fn -> {
        Var x = fn.param("x", INT);
        fn.result(INT);
        fn.ret(x.mul(x));
      });
      f.func("isOdd", fn -> {
        Var x = fn.param("x", INT);
        fn.result(BOOL);
        fn.ret(x.rem(2).ne(0));
      });
      Named threshold = f.type("Threshold", struct(field("min", INT)));
      f.method(recv("t", threshold), "Above", (fn, t) -> {
        Var x = fn.param("x", INT);
        fn.result(BOOL);
        fn.ret(x.gt(t.field("min")));
      });
      Named acc = f.type("Acc", struct(field("sum", INT), field("calls", INT)));
      f.method(recv("a", ptr(acc)), "Add", (fn, a) -> {
        Var x = fn.param("x", INT);
        fn.result(INT);
        fn.addAssign(a.field("sum"), x);
        fn.inc(a.field("calls"));
        fn.ret(a.field("sum"));
      });
      Named stage = f.type("Stage", unary);
      f.func("main", b -> {
        Var nums = b.define("nums", lit(sliceOf(INT), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        b.call(fmtPrintln(call("mapInts", nums, Go.id("square"))));
        b.call(fmtPrintln(call("filter", nums, Go.id("isOdd"))));
        Ex add = func(c -> {
          Var x = c.param("a", INT);
          Var y = c.param("b", INT);
          c.result(INT);
          c.ret(x.add(y));
        });
        b.call(fmtPrintln(call("reduce", nums, 0, add), call("reduce", call("mapInts", call("filter", nums, Go.id("isOdd")), Go.id("square")), 0, add)));
        b.call(fmtPrintln(call("reduce", nums, 1, func(c -> {
          Var x = c.param("a", INT);
          Var y = c.param("b", INT);
          c.result(INT);
          c.ret(x.mul(y));
        })), call("filter", nums, func(c -> {
          Var x = c.param("x", INT);
          c.result(BOOL);
          c.ret(x.gt(100));
        })).eq(Go.nil())));

        Var t = b.define("t", lit(threshold, 6));
        b.call(fmtPrintln(call("filter", nums, t.field("Above")), call("filter", nums, lit(threshold, 8).field("Above"))));
        Var a = b.define("a", lit(acc));
        Var running = b.define("running", call("mapInts", nums, a.field("Add")));
        b.call(fmtPrintln(running, a, a.field("calls")));

        Var inc = b.define("inc", func(c -> {
          Var x = c.param("x", INT);
          c.result(INT);
          c.ret(x.add(1));
        }));
        Var sqThenInc = b.define("sqThenInc", call("compose", inc, Go.id("square")));
        Var incThenSq = b.define("incThenSq", call("compose", Go.id("square"), inc));
        b.call(fmtPrintln(sqThenInc.call(3), incThenSq.call(3), call("twice", Go.id("square")).call(3), call("twice", call("twice", inc)).call(0)));
        Var triple = b.define("triple", call("multiplier", 3));
        b.call(fmtPrintln(call("mapInts", nums.slice(null, 4), triple), call("mapInts", nums.slice(null, 4), call("multiplier", -1))));
        b.call(fmtPrintf("%T %T %T\n", triple, Go.id("reduce"), t.field("Above")));

        Var pipeline = b.define("pipeline", lit(sliceOf(stage), inc, Go.id("square"), call("multiplier", 10), Go.ex(Go.conv(stage, triple))));
        Var run = b.define("run", func(c -> {
          Var x = c.param("x", INT);
          c.result(INT);
          c.rangeOver(pipeline, "_", "s", (body, k, s) -> body.assign(x, s.call(x)));
          c.ret(x);
        }));
        b.call(fmtPrintln(run.call(1), run.call(2), call("mapInts", lit(sliceOf(INT), 0, 1, 2), run), len(pipeline)));

        Var words = b.define("words", pkgCall("strings", "Fields", "pear fig apple kiwi banana date plum cherry"));
        b.call(pkgCall("sort", "Slice", words, func(c -> {
          Var i = c.param("i", INT);
          Var j = c.param("j", INT);
          c.result(BOOL);
          c.ifThen(len(words.index(i)).ne(len(words.index(j))), th -> th.ret(len(words.index(i)).lt(len(words.index(j)))));
          c.ret(words.index(i).lt(words.index(j)));
        })));
        b.call(fmtPrintln(words));
        b.call(pkgCall("sort", "Slice", words, func(c -> {
          Var i = c.param("i", INT);
          Var j = c.param("j", INT);
          c.result(BOOL);
          c.ret(words.index(i).gt(words.index(j)));
        })));
        b.call(fmtPrintln(words));
        Var people = b.define("people", lit(sliceOf(STRING), "ann", "bob", "cy", "dee"));
        Var ages = b.define("ages", lit(sliceOf(INT), 31, 25, 40, 25));
        Var byAge = b.define("byAge", make(sliceOf(INT), len(people)));
        b.rangeOver(byAge, "i", (body, i) -> body.assign(byAge.index(i), i));
        Var comparisons = b.define("comparisons", 0);
        b.call(pkgCall("sort", "Slice", byAge, func(c -> {
          Var i = c.param("i", INT);
          Var j = c.param("j", INT);
          c.result(BOOL);
          c.inc(comparisons);
          Var ai = c.define("ai", ages.index(byAge.index(i)));
          Var aj = c.define("aj", ages.index(byAge.index(j)));
          c.ifThen(ai.ne(aj), th -> th.ret(ai.lt(aj)));
          c.ret(people.index(byAge.index(i)).lt(people.index(byAge.index(j))));
        })));
        b.rangeOver(byAge, "_", "k", (body, kk, k) -> body.call(fmtPrintf("%s(%d) ", people.index(k), ages.index(k))));
        b.call(fmtPrintln("| compared:", comparisons.gt(0)));
        Ex describe = func(c -> {
          Var name = c.param("name", STRING);
          Var g = c.param("f", unary);
          c.result(STRING);
          c.ret(fmtSprintf("%s(5)=%d", name, g.call(5)));
        });
        Var show = b.define("show", describe);
        b.call(fmtPrintln(show.call("square", Go.id("square")), show.call("inc", inc), show.call("x3", triple), show.call("run", run)));
      });
    }));
  }
}
