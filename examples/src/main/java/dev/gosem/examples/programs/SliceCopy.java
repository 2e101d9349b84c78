package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.appendSpread;
import static dev.gosem.api.build.Go.cap;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.copy;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.nil;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;

/**
 * SliceCopy uses copy, which copies min(len(dst), len(src)) elements and returns that count, also
 * between overlapping slices (like memmove) and from a string into a []byte; and the append idioms
 * built on it: clone, delete at an index, insert at an index, filter in place, reverse.
 */
public final class SliceCopy {
  private SliceCopy() {}

  public static Program program() {
    return Go.program("slicecopy", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("remove", fn -> {
        Var s = fn.param("s", sliceOf(INT));
        Var i = fn.param("i", INT);
        fn.result(sliceOf(INT));
        fn.ret(appendSpread(s.slice(null, i), s.slice(i.add(1), null)));
      });
      f.func("insert", fn -> {
        Var s = fn.param("s", sliceOf(INT));
        Var i = fn.param("i", INT);
        Var v = fn.param("v", INT);
        fn.result(sliceOf(INT));
        fn.assign(s, append(s, 0));
        fn.call(copy(s.slice(i.add(1), null), s.slice(i, null)));
        fn.assign(s.index(i), v);
        fn.ret(s);
      });
      f.func("evens", fn -> {
        Var s = fn.param("s", sliceOf(INT));
        fn.result(sliceOf(INT));
        Var out = fn.define("out", s.slice(null, 0));
        fn.rangeOver(s, "_", "v", (body, k, v) -> body.ifThen(v.rem(2).eq(0), t -> t.assign(out, append(out, v))));
        fn.ret(out);
      });
      f.func("reverse", fn -> {
        Var s = fn.param("s", sliceOf(INT));
        fn.forLoop(l -> {
          Var[] ij = l.init().define(Go.names("i", "j"), 0, len(s).sub(1));
          l.cond(ij[0].lt(ij[1]));
          l.post().assign(new dev.gosem.api.build.Ex[] {ij[0], ij[1]}, ij[0].add(1), ij[1].sub(1));
          l.body(body -> body.assign(new dev.gosem.api.build.Ex[] {s.index(ij[0]), s.index(ij[1])}, s.index(ij[1]), s.index(ij[0])));
        });
      });
      f.func("main", b -> {
        Var src = b.define("src", lit(sliceOf(INT), 1, 2, 3, 4, 5));
        Var dst = b.define("dst", make(sliceOf(INT), 3));
        Var n = b.define("n", copy(dst, src));
        b.call(fmtPrintln("copied", n, dst));
        Var wide = b.define("wide", make(sliceOf(INT), 8));
        b.assign(n, copy(wide, src));
        b.call(fmtPrintln("copied", n, wide));
        b.call(fmtPrintln("copy into nothing", copy(make(sliceOf(INT), 0), src), copy(dst, conv(sliceOf(INT), nil()))));
        b.assign(src.index(0), 100);
        b.call(fmtPrintln("copies are independent", src, dst, wide.slice(null, 5)));

        Var buf = b.define("buf", lit(sliceOf(INT), 0, 1, 2, 3, 4, 5, 6, 7));
        b.call(fmtPrintln("shift right", copy(buf.slice(2, null), buf), buf));
        b.assign(buf, lit(sliceOf(INT), 0, 1, 2, 3, 4, 5, 6, 7));
        b.call(fmtPrintln("shift left", copy(buf, buf.slice(3, null)), buf));

        Var bytes = b.define("bytes", make(sliceOf(Go.BYTE), 5));
        b.call(fmtPrintln("from a string", copy(bytes, "héllo"), bytes, conv(STRING, bytes)));

        Var clone = b.define("clone", appendSpread(conv(sliceOf(INT), nil()), src));
        b.assign(clone.index(1), -1);
        b.call(fmtPrintln("clone", src, clone, len(clone), cap(clone)));
        Var empty = b.define("empty", appendSpread(conv(sliceOf(INT), nil()), src.slice(0, 0)));
        b.call(fmtPrintln("clone of empty is nil", empty.eq(nil()), len(empty)));

        Var s = b.define("s", lit(sliceOf(INT), 10, 20, 30, 40, 50));
        b.assign(s, Go.call("remove", s, 1));
        b.call(fmtPrintln("removed", s, len(s), cap(s)));
        b.assign(s, Go.call("insert", s, 2, 25));
        b.call(fmtPrintln("inserted", s, len(s), cap(s)));
        b.assign(s, Go.call("insert", s, 0, 5));
        b.call(fmtPrintln("inserted", s, len(s), cap(s)));
        b.assign(s, Go.call("insert", s, len(s), 60));
        b.call(fmtPrintln("inserted", s, len(s), cap(s)));

        Var nums = b.define("nums", lit(sliceOf(INT), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        Var ev = b.define("ev", Go.call("evens", nums));
        b.call(fmtPrintln("filtered in place", ev, "and the original", nums));
        b.call("reverse", ev);
        b.call(fmtPrintln("reversed", ev, nums));
        b.call("reverse", nums.slice(null, 0));
        Var one = b.define("one", lit(sliceOf(INT), 7));
        b.call("reverse", one);
        b.call(fmtPrintln(one));
      });
    }));
  }
}
