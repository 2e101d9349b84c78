package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.appendSpread;
import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.cap;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.INT32;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Type;

/**
 * SliceGrowth appends one element at a time to nil slices of several element sizes and prints
 * len and cap each time the capacity changes: Go doubles small slices, grows large ones by about
 * 1.25x, and rounds every new backing array up to a malloc size class, so the capacities depend on
 * the element size. Appending several values at once, or a slice, grows to at least what is needed.
 */
public final class SliceGrowth {
  private SliceGrowth() {}

  public static Program program() {
    return Go.program("slicegrowth", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      Named triple = f.type("triple", struct(field("a", INT), field("b", INT), field("c", INT)));
      grower(f, "growInts", INT, lit(0));
      grower(f, "growBytes", Go.BYTE, lit(0));
      grower(f, "growRunes", INT32, lit(0));
      grower(f, "growStrings", STRING, Go.str(""));
      grower(f, "growTriples", triple, lit(triple));
      f.func("main", b -> {
        b.call("growInts", 3000);
        b.call("growBytes", 5000);
        b.call("growRunes", 2000);
        b.call("growStrings", 1500);
        b.call("growTriples", 1000);

        Var s = b.define("s", append(lit(sliceOf(INT)), 1, 2, 3, 4, 5));
        b.call(fmtPrintln("five at once", len(s), cap(s), s));
        b.assign(s, append(s, 6, 7, 8, 9, 10, 11, 12, 13));
        b.call(fmtPrintln("eight more", len(s), cap(s), s));
        Var m = b.define("m", make(sliceOf(INT), 0, 5));
        b.assign(m, append(m, 1, 2, 3, 4, 5));
        b.call(fmtPrintln("made with room", len(m), cap(m)));
        b.assign(m, append(m, 6));
        b.call(fmtPrintln("one past", len(m), cap(m), m));
        Var bs = b.define("bs", appendSpread(lit(sliceOf(Go.BYTE)), "hello, world"));
        b.call(fmtPrintln("bytes of a string", len(bs), cap(bs), Go.conv(STRING, bs)));
        Var big = b.define("big", make(sliceOf(INT), 700));
        b.assign(big, appendSpread(big, big));
        b.call(fmtPrintln("doubled itself", len(big), cap(big)));
        Var odd = b.define("odd", make(sliceOf(INT), 3, 3));
        b.assign(odd, appendSpread(odd, make(sliceOf(INT), 10)));
        b.call(fmtPrintln("needs more than double", len(odd), cap(odd)));
        Var strs = b.var("strs", sliceOf(STRING));
        b.rangeInt("i", 20, (body, i) -> body.assign(strs, append(strs, Go.pkgCall("fmt", "Sprint", i))));
        b.call(fmtPrintln("strings", len(strs), cap(strs), strs));
        b.call(fmtPrintln("counted", call("countGrowths", 100000)));
      });
      f.func("countGrowths", fn -> {
        Var n = fn.param("n", INT);
        fn.result(INT);
        Var s = fn.var("s", sliceOf(INT));
        Var grows = fn.define("grows", 0);
        Var last = fn.define("last", cap(s));
        fn.rangeInt("i", n, (body, i) -> {
          body.assign(s, append(s, i));
          body.ifThen(cap(s).ne(last), t -> {
            t.inc(grows);
            t.assign(last, cap(s));
          });
        });
        fn.ret(grows);
      });
    }));
  }

  /** func NAME(n int): appends n zero values of elem to a nil slice, printing each new capacity. */
  private static void grower(dev.gosem.api.build.FileBuilder f, String name, Type elem, Object zero) {
    f.func(name, fn -> {
      Var n = fn.param("n", INT);
      Var s = fn.var("s", sliceOf(elem));
      Var last = fn.define("last", -1);
      fn.call(fmtPrintln(name, len(s), cap(s), s.eq(Go.nil())));
      fn.rangeInt(n, body -> {
        body.assign(s, append(s, zero));
        body.ifThen(cap(s).ne(last), t -> {
          t.call(fmtPrintln(" ", len(s), cap(s)));
          t.assign(last, cap(s));
        });
      });
    });
  }
}
