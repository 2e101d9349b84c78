package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.cap;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;

/**
 * SliceSharing slices slices: s[a:b] shares the backing array, so writes through one slice show
 * in the others; its capacity runs to the end of the array, so a later append may overwrite
 * elements the original still shows, unless a full slice expression s[a:b:c] limits the capacity
 * and forces the append to copy. Reslicing up to cap recovers hidden elements.
 */
public final class SliceSharing {
  private SliceSharing() {}

  public static Program program() {
    return Go.program("slicing", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("show", fn -> {
        Var name = fn.param("name", STRING);
        Var s = fn.param("s", sliceOf(INT));
        fn.call(fmtPrintln(name, s, "len", len(s), "cap", cap(s)));
      });
      f.func("zeroFirst", fn -> {
        Var s = fn.param("s", sliceOf(INT));
        fn.ifThen(len(s).gt(0), t -> t.assign(s.index(0), 0));
      });
      f.func("appendInside", fn -> {
        Var s = fn.param("s", sliceOf(INT));
        fn.assign(s, append(s, 42));
        fn.call(fmtPrintln("inside", s));
      });
      f.func("main", b -> {
        Var base = b.define("base", lit(sliceOf(INT), 0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        b.call("show", "base", base);
        Var mid = b.define("mid", base.slice(3, 6));
        b.call("show", "mid", mid);
        b.call("show", "head", base.slice(null, 4));
        b.call("show", "tail", base.slice(7, null));
        b.call("show", "all", base.slice());
        b.call("show", "empty", base.slice(5, 5));
        b.call("show", "end", base.slice(10, null));

        b.assign(mid.index(0), 30);
        b.call(fmtPrintln("write through mid:", base));
        b.call("zeroFirst", mid.slice(1, null));
        b.call(fmtPrintln("a call shares too:", base, mid));

        b.assign(mid, append(mid, 60));
        b.call(fmtPrintln("append overwrote base[6]:", base, mid));
        Var grown = b.define("grown", mid.slice(null, cap(mid)));
        b.call("show", "resliced to cap", grown);

        Var limited = b.define("limited", base.slice3(2, 4, 4));
        b.call("show", "limited", limited);
        b.assign(limited, append(limited, 99));
        b.assign(limited.index(0), -2);
        b.call(fmtPrintln("append copied:", base, limited));
        b.call("show", "limited again", limited);
        b.call("show", "three-index from 0", base.slice3(null, 2, 3));

        Var c = b.define("c", make(sliceOf(INT), 3, 10));
        b.call("appendInside", c);
        b.call(fmtPrintln("caller sees len 3:", c, "but the array has", c.slice(null, 4)));
        Var full = b.define("full", lit(sliceOf(INT), 1, 2, 3));
        b.call("appendInside", full);
        b.call(fmtPrintln("full slice unchanged:", full));

        // Two appends to the same short slice share the spare capacity.
        Var s = b.define("s", make(sliceOf(INT), 2, 4));
        Var x = b.define("x", append(s, 1));
        Var y = b.define("y", append(s, 2));
        b.call(fmtPrintln("x and y share:", x, y, "x[2] ==", x.index(2)));

        Var words = b.define("words", lit(sliceOf(STRING), "a", "b", "c", "d", "e"));
        Var window = b.define("window", words.slice(1, 3));
        b.rangeInt("i", 3, (body, i) -> {
          body.call(fmtPrintln("window", i, window, len(window), cap(window)));
          body.ifThen(cap(window).gt(2), t -> t.assign(window, window.slice(1, 3)));
        });
        Var stack = b.define("stack", lit(sliceOf(INT)));
        b.rangeInt("i", 5, (body, i) -> body.assign(stack, append(stack, i.mul(i))));
        b.whileLoop(len(stack).gt(0), body -> {
          Var top = body.define("top", stack.index(len(stack).sub(1)));
          body.assign(stack, stack.slice(null, len(stack).sub(1)));
          body.call(fmtPrintln("pop", top, "left", stack, cap(stack)));
        });
        b.call("show", "after pops", stack.slice(null, 3));
        Var str = b.define("str", "hello, slices");
        b.call(fmtPrintln(str.slice(0, 5), str.slice(7, null), len(str.slice(3, 3)), Go.str("abc").slice(1, null)));
      });
    }));
  }
}
