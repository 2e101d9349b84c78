package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.cap;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.delete;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.iface;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.method;
import static dev.gosem.api.build.Go.names;
import static dev.gosem.api.build.Go.nil;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.recv;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.types.Types.ANY;
import static dev.gosem.api.types.Types.FLOAT64;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Interface;
import dev.gosem.api.types.Named;
import java.util.List;

/**
 * RuntimePanics holds one program per runtime error of the data model. Each prints what it can
 * first (the output before a panic stays), then fails the way Go does: the panic line on stderr
 * with Go's exact text, a goroutine traceback, exit status 2. The bounds and operands are
 * variables, since Go rejects constant ones at compile time.
 */
public final class RuntimePanics {
  private RuntimePanics() {}

  /** s[i] with i == 5 and len(s) == 3: "index out of range [5] with length 3". */
  public static Program index() {
    return Go.program("panicindex", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("at", fn -> {
        Var s = fn.param("s", sliceOf(INT));
        Var i = fn.param("i", INT);
        fn.result(INT);
        fn.ret(s.index(i));
      });
      f.func("main", b -> {
        Var s = b.define("s", lit(sliceOf(INT), 10, 20, 30));
        Var arr = b.define("arr", lit(Go.arrayOf(4, STRING), "a", "b", "c", "d"));
        b.rangeOver(lit(sliceOf(INT), 0, 2, 1), "_", "i", (body, k, i) -> body.call(fmtPrintln("s[", i, "] =", call("at", s, i), arr.index(i.add(1)))));
        b.call(fmtPrintln("len", len(s), "cap", cap(s), "last", s.index(len(s).sub(1))));
        Var i = b.define("i", len(s).add(2));
        b.call(fmtPrintln("reading s[", i, "]"));
        b.call(fmtPrintln(call("at", s, i)));
        b.call(fmtPrintln("unreachable"));
      });
    }));
  }

  /** s[:5] of a slice with capacity 3: "slice bounds out of range [:5] with capacity 3". */
  public static Program sliceCap() {
    return Go.program("panicslicecap", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("main", b -> {
        Var s = b.define("s", make(sliceOf(INT), 2, 3));
        b.call(fmtPrintln(s, len(s), cap(s)));
        Var hi = b.define("hi", 3);
        b.call(fmtPrintln("s[:3] is allowed up to the capacity:", s.slice(null, hi), len(s.slice(null, hi))));
        b.call(fmtPrintln("s[1:] =", s.slice(1, null), "s[2:] =", s.slice(2, null), "s[3:3] =", s.slice(hi, hi)));
        Var str = b.define("str", "hey");
        b.call(fmtPrintln(str.slice(1, hi), str.slice(hi, null) .eq("")));
        b.assign(hi, 5);
        b.call(fmtPrintln(s.slice(null, hi)));
        b.call(fmtPrintln("unreachable"));
      });
    }));
  }

  /** s[lo:hi] with lo > hi: "slice bounds out of range [3:2]". */
  public static Program sliceOrder() {
    return Go.program("panicsliceorder", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("window", fn -> {
        Var s = fn.param("s", sliceOf(STRING));
        Var lo = fn.param("lo", INT);
        Var hi = fn.param("hi", INT);
        fn.result(sliceOf(STRING));
        fn.ret(s.slice(lo, hi));
      });
      f.func("main", b -> {
        Var s = b.define("s", lit(sliceOf(STRING), "a", "b", "c", "d", "e"));
        b.forLoop(l -> {
          Var lo = l.init().define("lo", 0);
          l.cond(lo.le(3));
          l.post().inc(lo);
          l.body(body -> body.call(fmtPrintln(lo, call("window", s, lo, 2), len(call("window", s, lo, lo)))));
        });
        b.call(fmtPrintln("unreachable"));
      });
    }));
  }

  /** m[k] = v on a nil map: "assignment to entry in nil map" (reads, len, range and delete are fine). */
  public static Program nilMap() {
    return Go.program("panicnilmap", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("main", b -> {
        Var m = b.var("m", mapOf(STRING, INT));
        Var[] vo = b.define(names("v", "ok"), m.index("a"));
        b.call(fmtPrintln(m, len(m), m.eq(nil()), m.index("missing"), vo[0], vo[1]));
        b.rangeOver(m, "k", (body, k) -> body.call(fmtPrintln("never", k)));
        b.call(delete(m, "a"));
        Var made = b.define("made", make(mapOf(STRING, INT)));
        b.assign(made.index("a"), 1);
        b.call(fmtPrintln("a made map takes entries:", made));
        b.assign(m, made);
        b.assign(m.index("b"), 2);
        b.call(fmtPrintln("m now shares it:", made));
        b.assign(m, nil());
        b.call(fmtPrintln("m is nil again:", m.eq(nil()), len(made)));
        b.assign(m.index("c"), 3);
        b.call(fmtPrintln("unreachable"));
      });
    }));
  }

  /** A field read through a nil pointer: Go's SIGSEGV panic. */
  public static Program nilPointer() {
    return Go.program("panicnilptr", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      Named node = f.type("Node", n -> struct(field("val", INT), field("next", ptr(n))));
      f.method(recv("n", ptr(node)), "Len", (fn, n) -> {
        fn.result(INT);
        fn.ifThen(n.eq(nil()), t -> t.ret(0));
        fn.ret(lit(1).add(n.field("next").method("Len")));
      });
      f.func("main", b -> {
        Var list = b.define("list", lit(node, 1, lit(node, 2, lit(node, 3, nil()).addr()).addr()).addr());
        b.forLoop(l -> {
          Var p = l.init().define("p", list);
          l.cond(p.ne(nil()));
          l.post().assign(p, p.field("next"));
          l.body(body -> body.call(fmtPrintln(p.field("val"), p.field("next").eq(nil()))));
        });
        Var tail = b.define("tail", list.field("next").field("next").field("next"));
        b.call(fmtPrintln("lengths:", list.method("Len"), tail.method("Len"), tail.eq(nil())));
        b.call(fmtPrintln("the value after the tail:", tail.field("val")));
        b.call(fmtPrintln("unreachable"));
      });
    }));
  }

  /** x.(int) on an interface holding a string: "interface conversion: interface {} is string, not int". */
  public static Program assertion() {
    return Go.program("panicassert", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("main", b -> {
        Var x = b.var("x", ANY, "hello");
        Var s = b.define("s", x.assertType(STRING));
        Var[] nok = b.define(names("n", "ok"), x.assertType(INT));
        b.call(fmtPrintln(s, len(s), nok[0], nok[1]));
        Var vals = b.define("vals", lit(sliceOf(ANY), 1, "two", 3.0));
        b.rangeOver(vals, "_", "v", (body, k, v) -> {
          Var[] io = body.define(names("i", "isInt"), v.assertType(INT));
          body.call(fmtPrintln(v, io[0], io[1]));
        });
        b.call(fmtPrintln(vals.index(0).assertType(INT).add(1)));
        b.call(fmtPrintln(vals.index(1).assertType(INT)));
        b.call(fmtPrintln("unreachable"));
      });
    }));
  }

  /** x.(Shape) where the dynamic type lacks a method: "main.Square is not main.Shape: missing method Perimeter". */
  public static Program missingMethod() {
    return Go.program("panicmissing", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      Interface areaOnly = iface(method("Area", List.of(), FLOAT64));
      Named shape = f.type("Shape", iface(method("Area", List.of(), FLOAT64), method("Perimeter", List.of(), FLOAT64)));
      Named square = f.type("Square", struct(field("side", FLOAT64)));
      Named rect = f.type("Rect", struct(field("w", FLOAT64), field("h", FLOAT64)));
      f.method(recv("s", square), "Area", (fn, s) -> {
        fn.result(FLOAT64);
        fn.ret(s.field("side").mul(s.field("side")));
      });
      f.method(recv("r", rect), "Area", (fn, r) -> {
        fn.result(FLOAT64);
        fn.ret(r.field("w").mul(r.field("h")));
      });
      f.method(recv("r", rect), "Perimeter", (fn, r) -> {
        fn.result(FLOAT64);
        fn.ret(r.field("w").add(r.field("h")).mul(2));
      });
      f.func("main", b -> {
        Var things = b.define("things", lit(sliceOf(ANY), lit(rect, 2, 3), lit(square, 2)));
        b.rangeOver(things, "_", "t", (body, k, t) -> {
          Var[] so = body.define(names("s", "ok"), t.assertType(shape));
          Var a = body.define("a", t.assertType(areaOnly));
          body.call(fmtPrintln(t, "area", a.method("Area"), "is a Shape:", so[1], so[0].eq(nil())));
        });
        Var s = b.define("s", things.index(1).assertType(shape));
        b.call(fmtPrintln(s.method("Perimeter")));
        b.call(fmtPrintln("unreachable", conv(ANY, s)));
      });
    }));
  }
}
