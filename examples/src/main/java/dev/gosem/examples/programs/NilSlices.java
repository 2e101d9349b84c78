package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.cap;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.nil;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;

/**
 * NilSlices compares nil slices and maps with empty ones: both have length 0, print as [] or
 * map[] with %v, range zero times and accept append (slices) or reads (maps); only == nil and
 * %#v tell them apart. A function returning a nil slice for "nothing found" is idiomatic Go.
 */
public final class NilSlices {
  private NilSlices() {}

  public static Program program() {
    return Go.program("nilslices", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("find", fn -> {
        Var xs = fn.param("xs", sliceOf(INT));
        Var min = fn.param("min", INT);
        fn.result(sliceOf(INT));
        Var out = fn.var("out", sliceOf(INT));
        fn.rangeOver(xs, "_", "x", (body, k, x) -> body.ifThen(x.ge(min), t -> t.assign(out, append(out, x))));
        fn.ret(out);
      });
      f.func("bytesOf", fn -> {
        Var s = fn.param("s", STRING);
        fn.result(sliceOf(Go.BYTE));
        Var out = fn.var("out", sliceOf(Go.BYTE));
        fn.rangeInt("i", len(s), (body, i) -> body.assign(out, append(out, s.index(i))));
        fn.ret(out);
      });
      f.func("main", b -> {
        Var nilS = b.var("nilS", sliceOf(INT));
        Var empty = b.define("empty", lit(sliceOf(INT)));
        Var made = b.define("made", make(sliceOf(INT), 0));
        b.call(fmtPrintln("nil:", nilS, len(nilS), cap(nilS), nilS.eq(nil())));
        b.call(fmtPrintln("empty:", empty, len(empty), cap(empty), empty.eq(nil())));
        b.call(fmtPrintln("made:", made, len(made), cap(made), made.eq(nil())));
        b.call(fmtPrintf("%%v %v %v %v\n", nilS, empty, made));
        b.call(fmtPrintf("%%#v %#v %#v %#v\n", nilS, empty, made));
        b.call(fmtPrintf("%%d %d %d, %%q %q\n", nilS, lit(sliceOf(INT), 1, 2), lit(sliceOf(STRING), "a", "b")));
        Var count = b.define("count", 0);
        b.rangeOver(nilS, body -> body.inc(count));
        b.call(fmtPrintln("ranged", count, "times"));
        b.call(fmtPrintln("sliced nil", nilS.slice(0, 0).eq(nil()), len(nilS.slice()), nilS.slice(null, 0)));
        b.assign(nilS, append(nilS, 1));
        b.call(fmtPrintln("after append", nilS, len(nilS), cap(nilS), nilS.eq(nil())));
        b.assign(nilS, nil());
        b.call(fmtPrintln("reset", nilS, nilS.eq(nil())));

        Var found = b.define("found", Go.call("find", lit(sliceOf(INT), 3, 8, 1, 9), 5));
        Var none = b.define("none", Go.call("find", lit(sliceOf(INT), 3, 8, 1, 9), 50));
        b.call(fmtPrintln("found", found, found.eq(nil()), "none", none, none.eq(nil())));
        b.call(fmtPrintln("find in nil", Go.call("find", nil(), 0), len(Go.call("find", nil(), 0))));

        Var nilM = b.var("nilM", mapOf(STRING, INT));
        Var emptyM = b.define("emptyM", lit(mapOf(STRING, INT)));
        b.call(fmtPrintln("maps:", nilM, emptyM, len(nilM), len(emptyM), nilM.eq(nil()), emptyM.eq(nil())));
        b.call(fmtPrintf("%#v %#v\n", nilM, emptyM));
        Var[] vo = b.define(Go.names("v", "ok"), nilM.index("missing"));
        b.call(fmtPrintln("nil map read:", nilM.index("x"), vo[0], vo[1]));
        b.call(Go.delete(nilM, "x"));
        b.rangeOver(nilM, "k", "v", (body, k, v) -> body.call(fmtPrintln("never", k, v)));
        b.call(fmtPrintln("delete and range on a nil map do nothing"));

        Var nested = b.define("nested", make(sliceOf(sliceOf(STRING)), 3));
        b.assign(nested.index(1), append(nested.index(1), "x", "y"));
        b.call(fmtPrintf("%v %d %#v\n", nested, len(nested), nested));
        b.rangeOver(nested, "i", "row", (body, i, row) -> body.call(fmtPrintln(i, row.eq(nil()), len(row))));
        Var strs = b.var("strs", sliceOf(STRING));
        b.call(fmtPrintf("[%v] [%s] %d %T\n", strs, strs, len(strs), strs));
        Var bs = b.define("bs", Go.call("bytesOf", ""));
        b.call(fmtPrintln("bytes", bs, bs.eq(nil()), conv(STRING, bs).eq(""), len(conv(STRING, bs)), conv(sliceOf(Go.BYTE), "").eq(nil())));
      });
    }));
  }
}
