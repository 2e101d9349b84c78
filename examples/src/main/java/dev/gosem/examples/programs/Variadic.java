package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.appendSpread;
import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.callSpread;
import static dev.gosem.api.build.Go.cap;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.fmtSprintf;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.nil;
import static dev.gosem.api.build.Go.sel;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.types.Types.ANY;
import static dev.gosem.api.types.Types.FLOAT64;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;

/**
 * Variadic shows functions with a final ...T parameter: called with no arguments the parameter
 * is a nil slice, with a list it is a fresh slice, with s... it is s itself (so the callee's
 * writes are seen by the caller); a fixed parameter before the variadic one; ...any receiving
 * mixed values and a spread []any; fmt.Println called with a spread slice; append(a, b...) and
 * append of a string to a []byte; a variadic function value and its type.
 */
public final class Variadic {
  private Variadic() {}

  public static Program program() {
    return Go.program("variadic", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("sum", fn -> {
        Var nums = fn.variadic("nums", INT);
        fn.result(INT);
        Var t = fn.define("t", 0);
        fn.rangeOver(nums, "_", "n", (body, k, n) -> body.addAssign(t, n));
        fn.ret(t);
      });
      f.func("describe", fn -> {
        Var label = fn.param("label", STRING);
        Var nums = fn.variadic("nums", INT);
        fn.result(STRING);
        fn.ret(fmtSprintf("%-7s len=%d cap=%d nil=%-5t %v", label, len(nums), cap(nums), nums.eq(nil()), nums));
      });
      f.func("maxOf", fn -> {
        Var first = fn.param("first", INT);
        Var rest = fn.variadic("rest", INT);
        fn.result(INT);
        Var m = fn.define("m", first);
        fn.rangeOver(rest, "_", "r", (body, k, r) -> body.ifThen(r.gt(m), t -> t.assign(m, r)));
        fn.ret(m);
      });
      f.func("zero", fn -> {
        Var nums = fn.variadic("nums", INT);
        fn.rangeOver(nums, "i", (body, i) -> body.assign(nums.index(i), 0));
      });
      f.func("kinds", fn -> {
        Var args = fn.variadic("args", ANY);
        fn.call(fmtPrintf("%d args:", len(args)));
        fn.rangeOver(args, "_", "a", (body, k, a) -> body.call(fmtPrintf(" %T=%v", a, a)));
        fn.call(fmtPrintln());
      });
      f.func("join", fn -> {
        Var sep = fn.param("sep", STRING);
        Var parts = fn.variadic("parts", STRING);
        fn.result(STRING);
        Var out = fn.define("out", "");
        fn.rangeOver(parts, "i", "p", (body, i, p) -> {
          body.ifThen(i.gt(0), t -> t.addAssign(out, sep));
          body.addAssign(out, p);
        });
        fn.ret(out);
      });
      f.func("main", b -> {
        b.call(fmtPrintln(call("sum"), call("sum", 1), call("sum", 1, 2, 3), call("sum", -5, 5, 10, 20)));
        Var s = b.define("s", lit(sliceOf(INT), 4, 5, 6));
        b.call(fmtPrintln(callSpread("sum", s), callSpread("sum", s.slice(1, null)), callSpread("sum", s.slice(0, 0))));
        b.call(fmtPrintln(call("describe", "none")));
        b.call(fmtPrintln(call("describe", "three", 1, 2, 3)));
        b.call(fmtPrintln(callSpread("describe", "spread", s)));
        b.call(fmtPrintln(callSpread("describe", "empty", lit(sliceOf(INT)))));
        Var none = b.var("none", sliceOf(INT));
        b.call(fmtPrintln(callSpread("describe", "nil", none)));

        b.call(fmtPrintln(call("maxOf", 3), call("maxOf", 3, 9, 2), callSpread("maxOf", 1, s)));
        b.call(callSpread("zero", s.slice(1, null)));
        b.call(fmtPrintln("zero(s[1:]...) wrote through:", s));
        b.call(call("zero", s.index(0), 7));
        b.call(fmtPrintln("zero(s[0], 7) did not:", s));

        b.call(call("kinds"));
        b.call(call("kinds", 1, "two", 3.5, nil(), lit(sliceOf(INT), 4), 'x', true));
        Var mixed = b.define("mixed", lit(sliceOf(ANY), conv(FLOAT64, 1), "b", nil()));
        b.call(callSpread("kinds", mixed));
        b.call(call("kinds", mixed));
        b.call(callSpread(sel("fmt", "Println"), mixed));
        b.call(callSpread(sel("fmt", "Printf"), "%v|%q|%v\n", mixed));

        b.call(fmtPrintln(call("join", "-"), call("join", "-", "a"), call("join", ", ", "x", "y", "z")));
        Var words = b.define("words", lit(sliceOf(STRING), "go", "is", "fun"));
        b.call(fmtPrintln(callSpread("join", " ", words)));

        Var a = b.define("a", lit(sliceOf(INT), 1, 2));
        Var c = b.define("c", lit(sliceOf(INT), 3, 4, 5));
        b.assign(a, appendSpread(a, c));
        b.call(fmtPrintln(a, len(a), cap(a)));
        b.assign(a, appendSpread(a.slice(null, 1), a.slice(3, null)));
        b.call(fmtPrintln(a, len(a), cap(a)));
        b.assign(a, appendSpread(a, a));
        b.call(fmtPrintln(a, len(a), cap(a)));
        b.call(fmtPrintln(append(a), appendSpread(none, none), appendSpread(none, none).eq(nil())));
        Var bs = b.define("bs", appendSpread(conv(sliceOf(Go.BYTE), "hello, "), "world"));
        b.call(fmtPrintln(conv(STRING, bs), len(bs)));

        Var count = b.define("count", func(fn -> {
          Var xs = fn.variadic("xs", STRING);
          fn.result(INT);
          fn.ret(len(xs));
        }));
        b.call(fmtPrintln(count.call(), count.call("a", "b"), callSpread(count, words)));
        Var g = b.define("g", Go.id("sum"));
        b.call(fmtPrintf("%T %T %T %d\n", g, count, Go.id("describe"), g.call(10, 20)));
      });
    }));
  }
}
