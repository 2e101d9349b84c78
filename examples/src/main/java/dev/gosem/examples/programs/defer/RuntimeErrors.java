package dev.gosem.examples.programs.defer;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.nil;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.recover;
import static dev.gosem.api.build.Go.recv;
import static dev.gosem.api.build.Go.sig;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.types.Types.ANY;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.ERROR;
import static dev.gosem.api.types.Types.FLOAT64;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.INT8;
import static dev.gosem.api.types.Types.STRING;
import static dev.gosem.api.types.Types.UINT;
import static dev.gosem.api.types.Types.UINT64;

import dev.gosem.api.Program;
import dev.gosem.api.build.BlockBuilder;
import dev.gosem.api.build.FileBuilder;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;
import java.util.List;
import java.util.function.Consumer;

/**
 * RuntimeErrors holds the examples of run-time panics recovered: each kind (division, index,
 * slice bounds, nil map writes, nil dereferences, failed type assertions, negative shifts, bad
 * make sizes) with the recovered value and its Error() text; one example checks that each is a
 * runtime.Error and that the program's own panics are not.
 */
public final class RuntimeErrors {
  private RuntimeErrors() {}

  /**
   * The program's {@code try(name, f)}: runs f, recovers what it panics with and prints it, or
   * says that nothing panicked.
   */
  private static void tryFunc(FileBuilder f) {
    f.func("try", fn -> {
      Var name = fn.param("name", STRING);
      Var g = fn.param("f", sig(List.of()));
      fn.defer(func(d -> {
        Var r = d.define("r", recover());
        d.ifThen(r.eq(nil()), t -> {
          t.call(fmtPrintln(name.add(": no panic")));
          t.ret();
        });
        Var[] eo = d.define(Go.names("err", "isErr"), r.assertType(ERROR));
        d.call(fmtPrintf("%s: %v\n", name, r));
        d.ifThen(eo[1], t -> t.call(fmtPrintf("  an error; Error(): %q\n", eo[0].method("Error"))));
      }).call());
      fn.call(g.call());
    });
  }

  private static Program program(String name, Consumer<FileBuilder> decls, Consumer<BlockBuilder> main) {
    return Go.program(name, prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      tryFunc(f);
      decls.accept(f);
      f.func("main", main::accept);
    }));
  }

  private static void attempt(BlockBuilder b, String name, Consumer<dev.gosem.api.build.FuncBuilder> body) {
    attempt(b, "try", name, body);
  }

  private static void attempt(BlockBuilder b, String runner, String name, Consumer<dev.gosem.api.build.FuncBuilder> body) {
    b.call(call(runner, name, func(body)));
  }

  /** Integer division and remainder by zero of several types; the cases that do not panic. */
  public static Program divide() {
    return program("rterr-divide", f -> {}, b -> {
      Var zero = b.define("zero", 0);
      attempt(b, "int / 0", fn -> fn.call(fmtPrintln(lit(7).div(zero))));
      attempt(b, "int8 % 0", fn -> fn.call(fmtPrintln(Go.conv(INT8, 7).rem(Go.conv(INT8, zero)))));
      attempt(b, "uint64 / 0", fn -> {
        Var u = fn.define("u", Go.conv(UINT64, zero));
        fn.call(fmtPrintln(lit(1).div(u)));
      });
      attempt(b, "min int8 / -1", fn -> {
        Var m = fn.var("m", INT8, -128);
        Var d = fn.var("d", INT8, -1);
        fn.call(fmtPrintln("  wraps to", m.div(d), "remainder", m.rem(d)));
      });
      attempt(b, "float64 / 0", fn -> {
        Var z = fn.define("z", Go.conv(FLOAT64, zero));
        fn.call(fmtPrintln("  ", lit(1.0).div(z), lit(-1.0).div(z)));
      });
    });
  }

  /** Index out of range on slices, arrays, strings and nil slices, negative and huge indexes. */
  public static Program index() {
    return program("rterr-index", f -> {}, b -> {
      Var s = b.define("s", lit(sliceOf(INT), 10, 20, 30));
      Var i = b.define("i", 5);
      attempt(b, "slice", fn -> fn.call(fmtPrintln(s.index(i))));
      attempt(b, "negative", fn -> {
        Var j = fn.define("j", -1);
        fn.call(fmtPrintln(s.index(j)));
      });
      attempt(b, "array", fn -> {
        Var a = fn.define("a", lit(Go.arrayOf(3, STRING), "x", "y", "z"));
        fn.call(fmtPrintln(a.index(i.sub(1))));
      });
      attempt(b, "string", fn -> fn.call(fmtPrintln(Go.str("go").index(i))));
      attempt(b, "nil slice", fn -> {
        Var n = fn.var("n", sliceOf(INT));
        fn.call(fmtPrintln(n.index(0)));
      });
      attempt(b, "store", fn -> fn.assign(s.index(i.sub(2)), 1));
      attempt(b, "nested", fn -> {
        Var grid = fn.define("grid", lit(sliceOf(sliceOf(INT)), lit(sliceOf(INT), 1), lit(sliceOf(INT), 2, 3)));
        fn.call(fmtPrintln(grid.index(1).index(i)));
      });
      attempt(b, "huge unsigned", fn -> {
        Var u = fn.var("u", UINT, lit(1).shl(63));
        fn.call(fmtPrintln(s.index(u)));
      });
      attempt(b, "in range", fn -> fn.call(fmtPrintln("  s[2] =", s.index(2))));
    });
  }

  /** Slice bounds out of range: two- and three-index forms, strings, inverted and negative bounds. */
  public static Program sliceBounds() {
    return program("rterr-slice", f -> {}, b -> {
      Var s = b.define("s", make(sliceOf(INT), 3));
      Var str = b.define("str", "hello");
      Var one = b.define("one", 1);
      Var two = b.define("two", 2);
      Var four = b.define("four", 4);
      Var nine = b.define("nine", 9);
      attempt(b, "s[1:9]", fn -> fn.call(fmtPrintln(s.slice(one, nine))));
      attempt(b, "s[4:]", fn -> fn.call(fmtPrintln(s.slice(four, null))));
      attempt(b, "s[2:1]", fn -> fn.call(fmtPrintln(s.slice(two, one))));
      attempt(b, "s[-1:]", fn -> {
        Var m = fn.define("m", -1);
        fn.call(fmtPrintln(s.slice(m, null)));
      });
      attempt(b, "str[:9]", fn -> fn.call(fmtPrintln(str.slice(null, nine))));
      attempt(b, "str[4:2]", fn -> fn.call(fmtPrintln(str.slice(four, two))));
      attempt(b, "s[0:1:9]", fn -> fn.call(fmtPrintln(s.slice3(0, one, nine))));
      attempt(b, "s[0:4:2]", fn -> fn.call(fmtPrintln(s.slice3(0, four, two))));
      attempt(b, "s[2:1:3]", fn -> fn.call(fmtPrintln(s.slice3(two, one, 3))));
      attempt(b, "s[:3] of len 1", fn -> {
        Var t = fn.define("t", s.slice(null, one));
        fn.call(fmtPrintln("  extends to capacity:", t.slice(null, 3), len(t.slice(one, null))));
      });
    });
  }

  private static dev.gosem.api.build.Ex len(Object x) {
    return Go.len(x);
  }

  /** Writes to a nil map panic; reads, deletes, len and range of a nil map do not. */
  public static Program nilMap() {
    return program("rterr-nilmap", f -> {}, b -> {
      Var m = b.var("m", mapOf(STRING, INT));
      attempt(b, "read", fn -> fn.call(fmtPrintln("  m[\"a\"] =", m.index("a"), "len", len(m))));
      attempt(b, "delete", fn -> fn.call(Go.delete(m, "a")));
      attempt(b, "range", fn -> fn.rangeOver(m, "k", (body, k) -> body.call(fmtPrintln(k))));
      attempt(b, "write", fn -> fn.assign(m.index("a"), 1));
      attempt(b, "increment", fn -> fn.inc(m.index("b")));
      attempt(b, "field of a struct", fn -> {
        Var c = fn.var("c", struct(field("counts", mapOf(STRING, INT))));
        fn.addAssign(c.field("counts").index("x"), 2);
      });
      attempt(b, "nested map", fn -> {
        Var mm = fn.define("mm", make(mapOf(STRING, mapOf(STRING, INT))));
        fn.assign(mm.index("outer").index("inner"), 3);
      });
    });
  }

  /** Nil pointer dereferences: loads, stores, fields, value methods through nil, nil interfaces. */
  public static Program nilDeref() {
    return Go.program("rterr-nilderef", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      tryFunc(f);
      Named stringer = f.type("Stringer", Go.iface(Go.method("String", List.of(), STRING)));
      Named point = f.type("Point", struct(field("X", INT), field("Y", INT)));
      f.method(recv("p", point), "Sum", (fn, p) -> {
        fn.result(INT);
        fn.ret(p.field("X").add(p.field("Y")));
      });
      f.method(recv("p", ptr(point)), "IsNil", (fn, p) -> {
        fn.result(BOOL);
        fn.ret(p.eq(nil()));
      });
      f.func("main", b -> {
        Var p = b.var("p", ptr(INT));
        Var pt = b.var("pt", ptr(point));
        attempt(b, "load *p", fn -> fn.call(fmtPrintln(p.deref())));
        attempt(b, "store *p", fn -> fn.assign(p.deref(), 1));
        attempt(b, "field", fn -> fn.call(fmtPrintln(pt.field("X"))));
        attempt(b, "field store", fn -> fn.assign(pt.field("Y"), 2));
        attempt(b, "value method", fn -> fn.call(fmtPrintln(pt.method("Sum"))));
        attempt(b, "pointer method", fn -> fn.call(fmtPrintln("  pt.IsNil() =", pt.method("IsNil"))));
        attempt(b, "array pointer", fn -> {
          Var pa = fn.var("pa", ptr(Go.arrayOf(3, INT)));
          fn.call(fmtPrintln("  len(pa) =", len(pa)));
          fn.call(fmtPrintln(pa.index(1)));
        });
        attempt(b, "nil interface method", fn -> {
          Var st = fn.var("st", stringer);
          fn.call(fmtPrintln(st.method("String")));
        });
      });
    }));
  }

  /** Failed type assertions: wrong concrete type, missing method, nil interface, error types. */
  public static Program assertion() {
    return Go.program("rterr-assert", prog -> prog.file("main.go", f -> {
      f.imports("errors", "fmt");
      tryFunc(f);
      Named stringer = f.type("Stringer", Go.iface(Go.method("String", List.of(), STRING)));
      Named myErr = f.type("MyErr", struct(field("Code", INT)));
      f.method(recv("e", ptr(myErr)), "Error", (fn, e) -> {
        fn.result(STRING);
        fn.ret(Go.fmtSprint("code ", e.field("Code")));
      });
      Named celsius = f.type("Celsius", FLOAT64);
      f.func("main", b -> {
        Var x = b.var("x", ANY, "text");
        Var c = b.var("c", ANY, Go.conv(celsius, 21.5));
        attempt(b, "string as int", fn -> fn.call(fmtPrintln(x.assertType(INT))));
        attempt(b, "Celsius as float64", fn -> fn.call(fmtPrintln(c.assertType(FLOAT64))));
        attempt(b, "missing method", fn -> fn.call(fmtPrintln(x.assertType(stringer))));
        attempt(b, "nil interface", fn -> {
          Var n = fn.var("n", ANY);
          fn.call(fmtPrintln(n.assertType(STRING)));
        });
        attempt(b, "error as *MyErr", fn -> {
          Var e = fn.var("e", ERROR, Go.pkgCall("errors", "New", "plain"));
          fn.call(fmtPrintln(e.assertType(ptr(myErr))));
        });
        attempt(b, "nil error as *MyErr", fn -> {
          Var e = fn.var("e", ERROR);
          fn.call(fmtPrintln(e.assertType(ptr(myErr))));
        });
        attempt(b, "comma-ok does not panic", fn -> {
          Var[] vo = fn.define(Go.names("v", "ok"), x.assertType(INT));
          fn.call(fmtPrintln("  v, ok =", vo[0], vo[1]));
        });
      });
    }));
  }

  /** Shifts by a negative count panic; counts beyond the width do not. */
  public static Program shift() {
    return program("rterr-shift", f -> {}, b -> {
      Var n = b.define("n", -1);
      Var x = b.define("x", 1);
      attempt(b, "x << -1", fn -> fn.call(fmtPrintln(x.shl(n))));
      attempt(b, "x >> -1", fn -> fn.call(fmtPrintln(x.shr(n))));
      attempt(b, "x << 70", fn -> fn.call(fmtPrintln("  ", x.shl(n.add(71)), lit(-8).shr(n.add(71)))));
      attempt(b, "x << int8(-3)", fn -> {
        Var k = fn.var("k", INT8, -3);
        fn.call(fmtPrintln(x.shl(k)));
      });
    });
  }

  /** make with sizes known only at run time: negative lengths and capacities below the length. */
  public static Program makeSizes() {
    return program("rterr-make", f -> {}, b -> {
      Var n = b.define("n", -1);
      Var two = b.define("two", 2);
      attempt(b, "make([]int, -1)", fn -> fn.call(fmtPrintln(make(sliceOf(INT), n))));
      attempt(b, "make([]int, 2, 1)", fn -> fn.call(fmtPrintln(make(sliceOf(INT), two, two.sub(1)))));
      attempt(b, "make([]int, 1, -1)", fn -> fn.call(fmtPrintln(make(sliceOf(INT), two.sub(1), n))));
      attempt(b, "make(map[int]int, -1)", fn -> fn.call(fmtPrintln(len(make(mapOf(INT, INT), n)))));
      attempt(b, "make([]int, 2, 3)", fn -> fn.call(fmtPrintln("  ", make(sliceOf(INT), two, two.add(1)))));
    });
  }

  /**
   * Every kind of run-time panic recovers as a runtime.Error (its RuntimeError method callable);
   * errors the program panics with are not one.
   */
  public static Program runtimeError() {
    return Go.program("rterr-runtimeerror", prog -> prog.file("main.go", f -> {
      f.imports("errors", "fmt", "runtime");
      f.func("check", fn -> {
        Var name = fn.param("name", STRING);
        Var g = fn.param("f", sig(List.of()));
        fn.defer(func(d -> {
          Var r = d.define("r", recover());
          Var[] re = d.define(Go.names("re", "ok"), r.assertType(Go.pkgType("runtime", "Error")));
          d.call(fmtPrintf("%-14s runtime.Error: %-5t %v\n", name, re[1], r));
          d.ifThen(re[1], t -> t.call(re[0].method("RuntimeError")));
        }).call());
        fn.call(g.call());
      });
      f.func("main", b -> {
        Var zero = b.define("zero", 0);
        Var s = b.define("s", lit(sliceOf(INT), 1));
        Var m = b.var("m", mapOf(INT, INT));
        Var p = b.var("p", ptr(INT));
        Var x = b.var("x", ANY, "text");
        attempt(b, "check", "divide", fn -> fn.call(fmtPrintln(lit(1).div(zero))));
        attempt(b, "check", "index", fn -> fn.call(fmtPrintln(s.index(zero.add(3)))));
        attempt(b, "check", "slice", fn -> fn.call(fmtPrintln(s.slice(zero.add(2), null))));
        attempt(b, "check", "nil map", fn -> fn.assign(m.index(1), 1));
        attempt(b, "check", "nil deref", fn -> fn.call(fmtPrintln(p.deref())));
        attempt(b, "check", "assertion", fn -> fn.call(fmtPrintln(x.assertType(INT))));
        attempt(b, "check", "shift", fn -> fn.call(fmtPrintln(lit(1).shl(zero.sub(1)))));
        attempt(b, "check", "makeslice", fn -> fn.call(fmtPrintln(make(sliceOf(INT), zero.sub(1)))));
        attempt(b, "check", "errors.New", fn -> fn.call(Go.panic(Go.pkgCall("errors", "New", "mine"))));
        attempt(b, "check", "string", fn -> fn.call(Go.panic("mine")));
      });
    }));
  }

  /** The dynamic types behind the runtime.Error values, printed with %T, and their texts with %v. */
  public static Program types() {
    return Go.program("rterr-types", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("kind", fn -> {
        Var g = fn.param("f", sig(List.of()));
        fn.defer(func(d -> {
          Var r = d.define("r", recover());
          d.call(fmtPrintf("%T: %v\n", r, r));
        }).call());
        fn.call(g.call());
      });
      f.func("main", b -> {
        Var zero = b.define("zero", 0);
        Var s = b.define("s", lit(sliceOf(INT), 1));
        Var m = b.var("m", mapOf(INT, INT));
        Var p = b.var("p", ptr(INT));
        Var x = b.var("x", ANY, 1.5);
        b.call(call("kind", func(fn -> fn.call(fmtPrintln(lit(1).div(zero))))));
        b.call(call("kind", func(fn -> fn.call(fmtPrintln(s.index(zero.add(3)))))));
        b.call(call("kind", func(fn -> fn.call(fmtPrintln(s.slice(null, zero.add(3)))))));
        b.call(call("kind", func(fn -> fn.assign(m.index(1), 1))));
        b.call(call("kind", func(fn -> fn.call(fmtPrintln(p.deref())))));
        b.call(call("kind", func(fn -> fn.call(fmtPrintln(x.assertType(INT))))));
        b.call(call("kind", func(fn -> fn.call(fmtPrintln(lit(1).shl(zero.sub(1)))))));
      });
    }));
  }
}
