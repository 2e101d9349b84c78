package dev.gosem.examples.programs.defer;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtErrorf;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.nil;
import static dev.gosem.api.build.Go.panic;
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
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;
import java.util.List;

/**
 * Recovers holds the examples of recover: where it stops a panic and where it returns nil, what
 * a recovered function returns, re-panics, panics raised by deferred calls while panicking, and
 * deferred calls of several frames running during one panic.
 */
public final class Recovers {
  private Recovers() {}

  /** The seed's minimal recover pattern. */
  public static Program basic() {
    return Go.program("recover-basic", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("main", b -> {
        b.defer(func(fn -> fn.ifInit(init -> init.define("r", recover()).ne(nil()),
            then -> then.call(fmtPrintln("recovered:", id("r"))))).call());
        b.call(fmtPrintln("about to panic"));
        b.call(panic("something went wrong"));
      });
    }));
  }

  /**
   * recover returns nil when nothing panics: outside any deferred call, in a deferred call of a
   * function returning normally, and in a second deferred call after the first one recovered.
   */
  public static Program noPanic() {
    return Go.program("recover-nopanic", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("normal", fn -> {
        fn.defer(func(d -> d.call(fmtPrintln("  deferred, no panic: recover() =", recover()))).call());
        fn.call(fmtPrintln("  normal body"));
      });
      f.func("twice", fn -> {
        fn.defer(func(d -> d.call(fmtPrintln("  second deferred: recover() =", recover()))).call());
        fn.defer(func(d -> d.call(fmtPrintln("  first deferred: recover() =", recover()))).call());
        fn.call(panic("only once"));
      });
      f.func("main", b -> {
        b.call(fmtPrintln("outside a deferred call: recover() =", recover()));
        b.call(fmtPrintln("normal:"));
        b.call(call("normal"));
        b.call(fmtPrintln("twice:"));
        b.call(call("twice"));
        b.call(fmtPrintln("main goes on"));
      });
    }));
  }

  /**
   * recover stops a panic only when the deferred function itself calls it: {@code defer recover()},
   * recover in a helper the deferred function calls, and recover in a closure the deferred
   * function calls all return nil and the panic goes on (to guard, which recovers it); a named
   * function or method deferred directly does recover.
   */
  public static Program directOnly() {
    return Go.program("recover-direct", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("helper", fn -> {
        fn.result(ANY);
        fn.ret(recover());
      });
      f.func("catch", fn -> fn.call(fmtPrintln("  catch, deferred directly: recover() =", recover())));
      Named catcher = f.type("Catcher", struct(field("name", STRING)));
      f.method(recv("c", ptr(catcher)), "Catch", (fn, c) -> fn.call(fmtPrintln("  method", c.field("name"), "deferred directly: recover() =", recover())));
      f.func("guard", fn -> {
        Var name = fn.param("name", STRING);
        Var g = fn.param("g", sig(List.of()));
        fn.defer(func(d -> d.call(fmtPrintln("  guard after", name, ": recover() =", recover()))).call());
        fn.call(fmtPrintln(name));
        fn.call(g.call());
        fn.call(fmtPrintln("  returned normally from", name));
      });
      f.func("deferRecover", fn -> {
        fn.defer(recover());
        fn.call(panic("panic under defer recover()"));
      });
      f.func("viaHelper", fn -> {
        fn.defer(func(d -> d.call(fmtPrintln("  helper's recover() =", call("helper")))).call());
        fn.call(panic("panic under a helper"));
      });
      f.func("viaClosure", fn -> {
        fn.defer(func(d -> d.call(func(inner -> inner.call(fmtPrintln("  nested closure's recover() =", recover()))).call())).call());
        fn.call(panic("panic under a nested closure"));
      });
      f.func("named", fn -> {
        fn.defer(call("catch"));
        fn.call(panic("panic under a named function"));
      });
      f.func("method", fn -> {
        Var c = fn.define("c", lit(catcher, "c1").addr());
        fn.defer(c.method("Catch"));
        fn.call(panic("panic under a method"));
      });
      f.func("main", b -> {
        for (String name : List.of("deferRecover", "viaHelper", "viaClosure", "named", "method")) {
          b.call(call("guard", name, id(name)));
        }
      });
    }));
  }

  /**
   * A function that recovers returns normally to its caller: with its named results as the
   * deferred call left them, or the zero values of unnamed ones.
   */
  public static Program results() {
    return Go.program("recover-results", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("safeDiv", fn -> {
        Var a = fn.param("a", INT);
        Var b = fn.param("b", INT);
        Var q = fn.namedResult("q", INT);
        Var err = fn.namedResult("err", ERROR);
        fn.defer(func(d -> d.ifInit(init -> init.define("r", recover()).ne(nil()),
            then -> then.assign(err, fmtErrorf("safeDiv(%d, %d): %v", a, b, id("r"))))).call());
        fn.assign(q, a.div(b));
        fn.ret();
      });
      f.func("unnamed", fn -> {
        fn.results(INT, STRING, sliceOf(INT));
        fn.defer(func(d -> d.call(recover())).call());
        fn.call(panic("unnamed results"));
      });
      f.func("partial", fn -> {
        Var n = fn.namedResult("n", INT);
        Var s = fn.namedResult("s", STRING);
        fn.defer(func(d -> d.call(recover())).call());
        fn.assign(n, 5);
        fn.call(panic("after n = 5"));
        fn.assign(s, "not reached");
        fn.ret();
      });
      f.func("fallback", fn -> {
        Var x = fn.param("x", FLOAT64);
        Var y = fn.namedResult("y", FLOAT64);
        Var ok = fn.namedResult("ok", BOOL);
        fn.defer(func(d -> d.ifThen(recover().ne(nil()), t -> t.assign(new Ex[] {y, ok}, -1.0, false))).call());
        fn.ifThen(x.lt(0), t -> t.call(panic("negative")));
        fn.ret(x.mul(2), true);
      });
      f.func("main", b -> {
        b.call(fmtPrintln(call("safeDiv", 7, 2)));
        b.call(fmtPrintln(call("safeDiv", 7, 0)));
        Var[] u = b.define(Go.names("n", "s", "sl"), call("unnamed"));
        b.call(fmtPrintf("unnamed: %d %q %v %t\n", u[0], u[1], u[2], u[2].eq(nil())));
        b.call(fmtPrintln(call("partial")));
        b.call(fmtPrintln(call("fallback", 1.25)));
        b.call(fmtPrintln(call("fallback", -3.0)));
      });
    }));
  }

  /** Recover, then panic again with a new value: the next frame up recovers the second panic. */
  public static Program repanic() {
    return Go.program("recover-repanic", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("inner", fn -> {
        fn.defer(func(d -> d.ifInit(init -> init.define("r", recover()).ne(nil()), then -> {
          then.call(fmtPrintln("inner recovered:", id("r")));
          then.call(panic(Go.fmtSprintf("re-panic: %v", id("r"))));
        })).call());
        fn.call(panic("original"));
      });
      f.func("middle", fn -> {
        fn.defer(fmtPrintln("middle's deferred call runs during the second panic"));
        fn.call(call("inner"));
        fn.call(fmtPrintln("middle: not reached"));
      });
      f.func("outer", fn -> {
        fn.defer(func(d -> d.call(fmtPrintln("outer recovered:", recover()))).call());
        fn.call(call("middle"));
      });
      f.func("main", b -> {
        b.call(call("outer"));
        b.call(fmtPrintln("main goes on"));
      });
    }));
  }

  /**
   * Deferred calls of every frame run during one panic, innermost first, while the panicking frames
   * are still live; the frame that recovers returns normally and its caller goes on.
   */
  public static Program frames() {
    return Go.program("recover-frames", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("c", fn -> {
        Var depth = fn.param("depth", INT);
        fn.defer(fmtPrintln("c's deferred call, depth", depth));
        fn.ifThen(depth.eq(0), t -> t.call(panic("bottom reached")));
        fn.call(call("c", depth.sub(1)));
      });
      f.func("b", fn -> {
        Var local = fn.define("local", "b's local");
        fn.defer(func(d -> d.call(fmtPrintln("b's deferred closure sees", local))).call());
        fn.call(call("c", 2));
        fn.call(fmtPrintln("b: not reached"));
      });
      f.func("a", fn -> {
        Var status = fn.namedResult("status", STRING);
        fn.defer(func(d -> d.ifInit(init -> init.define("r", recover()).ne(nil()), then -> {
          then.call(fmtPrintln("a recovered:", id("r")));
          then.assign(status, "recovered");
        })).call());
        fn.defer(fmtPrintln("a's deferred call, before the recovering one"));
        fn.call(call("b"));
        fn.ret("normal");
      });
      f.func("main", b -> {
        b.defer(fmtPrintln("main's deferred call, at the very end"));
        b.call(fmtPrintln("a returned", call("a")));
      });
    }));
  }

  /** Panic and recover in every iteration of a loop; the program keeps going. */
  public static Program loop() {
    return Go.program("recover-loop", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("check", fn -> {
        Var n = fn.param("n", INT);
        Var msg = fn.namedResult("msg", STRING);
        fn.defer(func(d -> d.ifInit(init -> init.define("r", recover()).ne(nil()),
            then -> then.assign(msg, Go.fmtSprint("rejected: ", id("r"))))).call());
        fn.ifThen(n.rem(3).eq(0), t -> t.call(panic(Go.fmtSprintf("%d is a multiple of 3", n))));
        fn.ifThen(n.rem(5).eq(0), t -> t.call(panic(n)));
        fn.ret(Go.fmtSprint("accepted ", n));
      });
      f.func("main", b -> {
        Var rejected = b.define("rejected", 0);
        b.forLoop(l -> {
          Var i = l.init().define("i", 1);
          l.cond(i.le(10));
          l.post().inc(i);
          l.body(body -> {
            Var m = body.define("m", call("check", i));
            body.ifThen(m.index(0).eq(Go.rune('r')), t -> t.inc(rejected));
            body.call(fmtPrintln(m));
          });
        });
        b.call(fmtPrintln(rejected, "rejected"));
      });
    }));
  }

  /**
   * A panic in a deferred call while panicking replaces the panic in flight: recover sees the
   * newest value; the other deferred calls still run.
   */
  public static Program replaced() {
    return Go.program("recover-replaced", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("run", fn -> {
        fn.defer(func(d -> d.call(fmtPrintln("recovered:", recover()))).call());
        fn.defer(func(d -> {
          d.call(fmtPrintln("third deferred call: panics with \"third\""));
          d.call(panic("third"));
        }).call());
        fn.defer(fmtPrintln("a plain deferred call still runs"));
        fn.defer(func(d -> {
          d.call(fmtPrintln("second deferred call: panics with \"second\""));
          d.call(panic("second"));
        }).call());
        fn.call(panic("first"));
      });
      f.func("main", b -> {
        b.call(call("run"));
        b.call(fmtPrintln("after run"));
      });
    }));
  }

  /**
   * Recovered values keep their dynamic types: ints, strings, floats, errors, structs, pointers,
   * slices and named types, printed with %v and %T.
   */
  public static Program values() {
    return Go.program("recover-values", prog -> prog.file("main.go", f -> {
      f.imports("errors", "fmt");
      Named point = f.type("Point", struct(field("X", INT), field("Y", INT)));
      Named code = f.type("Code", INT);
      f.func("catch", fn -> {
        Var v = fn.param("v", ANY);
        fn.defer(func(d -> {
          Var r = d.define("r", recover());
          d.call(fmtPrintf("%v (%T)\n", r, r));
        }).call());
        fn.call(panic(v));
      });
      f.func("main", b -> {
        List<Object> values = List.of(42, "a string", 2.5, Go.errorsNew("an error"), lit(point, 1, 2),
            lit(point, 3, 4).addr(), lit(sliceOf(INT), 1, 2, 3), Go.conv(code, 7), true, Go.rune('x'),
            Go.conv(dev.gosem.api.types.Types.UINT8, 255), fmtErrorf("wrapped: %w", Go.errorsNew("inner")));
        for (Object v : values) b.call(call("catch", v));
        Var e = b.define("e", Go.errorsNew("sentinel"));
        b.defer(func(d -> {
          Var r = d.define("r", recover());
          d.call(fmtPrintln("same error value:", r.eq(e), Go.pkgCall("errors", "Is", r.assertType(ERROR), e)));
        }).call());
        b.call(panic(e));
      });
    }));
  }

  /**
   * The idiom that turns a panic into an error result: errors pass through as they are (errors.Is
   * still works), other values are formatted into a new error.
   */
  public static Program toError() {
    return Go.program("recover-toerror", prog -> prog.file("main.go", f -> {
      f.imports("errors", "fmt");
      f.var("ErrBadInput", null, Go.errorsNew("bad input"));
      f.func("process", fn -> {
        Var input = fn.param("input", INT);
        Var err = fn.namedResult("err", ERROR);
        fn.defer(func(d -> {
          Var r = d.define("r", recover());
          d.ifThen(r.eq(nil()), t -> t.ret());
          d.ifInit(init -> {
            Var[] eo = init.define(Go.names("e", "ok"), r.assertType(ERROR));
            return eo[1];
          }, t -> t.assign(err, fmtErrorf("process(%d): %w", input, id("e")))).orElse(e -> e.assign(err, fmtErrorf("process(%d): panic: %v", input, r)));
        }).call());
        fn.switchOn(input, sw -> sw
            .caseOf(1, c -> c.call(panic(id("ErrBadInput"))))
            .caseOf(2, c -> c.call(panic(Go.fmtSprintf("odd value %d", input))))
            .caseOf(3, c -> c.call(panic(lit(sliceOf(INT), 3, 3, 3)))));
        fn.call(fmtPrintln("processed", input));
        fn.ret(nil());
      });
      f.func("main", b -> b.rangeInt("i", 4, (body, i) -> {
        Var err = body.define("err", call("process", i));
        body.call(fmtPrintln(i, "->", err, "| is ErrBadInput:", Go.pkgCall("errors", "Is", err, id("ErrBadInput"))));
      }));
    }));
  }

  /**
   * Go 1.19's panic(nil): recover returns nil, so the usual "r != nil" check misses it, yet the
   * panic is stopped all the same.
   */
  public static Program panicNil() {
    return Go.program("recover-panicnil", prog -> prog.goVersion("go1.19").file("main.go", f -> {
      f.imports("fmt");
      f.func("run", fn -> {
        Var stopped = fn.namedResult("stopped", BOOL);
        fn.assign(stopped, true);
        fn.defer(func(d -> {
          Var r = d.define("r", recover());
          d.call(fmtPrintln("recover() returned", r, "| r != nil:", r.ne(nil())));
        }).call());
        fn.call(panic(nil()));
        fn.assign(stopped, false);
        fn.ret();
      });
      f.func("main", b -> {
        b.call(fmtPrintln("run returned normally, stopped =", call("run")));
      });
    }));
  }

  /** {@code defer panic(...)}: the builtin panic deferred directly, recovered by an earlier defer. */
  public static Program deferPanic() {
    return Go.program("recover-deferpanic", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("run", fn -> {
        Var fail = fn.param("fail", BOOL);
        Snippets.deferRecoverPrint(fn, "  recovered:");
        fn.ifThen(fail, t -> t.defer(panic("deferred panic")));
        fn.call(fmtPrintln("  body of run, fail =", fail));
      });
      f.func("main", b -> {
        b.call(call("run", false));
        b.call(call("run", true));
        b.call(fmtPrintln("done"));
      });
    }));
  }
}
