package dev.gosem.examples.programs.defer;

import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.blank;
import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.copy;
import static dev.gosem.api.build.Go.delete;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrint;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.kv;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.method;
import static dev.gosem.api.build.Go.nil;
import static dev.gosem.api.build.Go.osExit;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.recover;
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
 * DeferBasics holds the examples of defer itself: the order deferred calls run in, when their
 * function value, receiver and arguments are evaluated, the shapes that select each of the three
 * implementation strategies (open-coded, stack, heap), the deferrable builtins, named results
 * changed after return, and the idioms built on defer (unlock, error wrapping, tracing).
 */
public final class DeferBasics {
  private DeferBasics() {}

  /** Three defers in main and three in a function called twice: last in, first out. */
  public static Program lifo() {
    return Go.program("defer-lifo", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("count", fn -> {
        Var who = fn.param("who", STRING);
        fn.defer(fmtPrintln(who, "deferred 1"));
        fn.defer(fmtPrintln(who, "deferred 2"));
        fn.defer(fmtPrintln(who, "deferred 3"));
        fn.call(fmtPrintln(who, "body done"));
      });
      f.func("main", b -> {
        b.defer(fmtPrintln("main: first deferred, runs last"));
        b.call(call("count", "a"));
        b.defer(fmtPrintln("main: second deferred"));
        b.call(call("count", "b"));
        b.defer(fmtPrintln("main: third deferred, runs first"));
        b.call(fmtPrintln("main: end of body"));
      });
    }));
  }

  /**
   * The seed's time.Since gotcha, made deterministic with a fake clock that advances on every
   * reading: the deferred call's argument is computed at the defer statement (0), the deferred
   * closure computes it at exit.
   */
  public static Program args() {
    return Go.program("defer-args", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.var("clock", INT, null);
      f.func("now", fn -> {
        fn.result(INT);
        fn.addAssign(id("clock"), 10);
        fn.ret(id("clock"));
      });
      f.func("since", fn -> {
        Var t = fn.param("t", INT);
        fn.result(INT);
        fn.ret(call("now").sub(t));
      });
      f.func("work", fn -> {
        Var steps = fn.param("steps", INT);
        fn.rangeInt(steps, body -> body.call(call("now")));
      });
      f.func("measure", fn -> {
        Var startedAt = fn.define("startedAt", call("now"));
        fn.defer(fmtPrintln("argument evaluated at the defer:", call("since", startedAt)));
        fn.defer(func(c -> c.call(fmtPrintln("closure evaluated at exit:", call("since", startedAt)))).call());
        fn.call(call("work", 5));
      });
      f.func("main", b -> {
        b.call(call("measure"));
        Var x = b.define("x", 1);
        b.defer(fmtPrintln("deferred x =", x));
        b.defer(func(c -> c.call(fmtPrintln("closure x =", x))).call());
        b.assign(x, 2);
        b.call(fmtPrintln("x is now", x));
      });
    }));
  }

  /** A defer inside a loop (always the heap strategy): one deferred call per iteration. */
  public static Program loop() {
    return Go.program("defer-loop", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("countdown", fn -> {
        Var n = fn.param("n", INT);
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(n));
          l.post().inc(i);
          l.body(body -> body.defer(fmtPrintln("deferred in iteration", i)));
        });
        fn.call(fmtPrintln("loop over,", n, "calls deferred"));
      });
      f.func("shared", fn -> {
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(3));
          l.post().inc(i);
          l.body(body -> body.defer(func(c -> c.call(fmtPrintln("closure sees the loop variable at exit:", i))).call()));
        });
      });
      f.func("words", fn -> {
        fn.rangeOver(lit(sliceOf(STRING), "alpha", "beta", "gamma"), "_", "w", (body, k, w) ->
            body.defer(fmtPrint(w, " ")));
        fn.call(fmtPrint("reversed: "));
      });
      f.func("main", b -> {
        b.call(call("countdown", 4));
        b.call(call("countdown", 0));
        b.call(call("shared"));
        b.call(call("words"));
        b.call(fmtPrintln());
      });
    }));
  }

  /**
   * The seed's open-coded shape: f1 always deferred, f2 only when cond holds (a deferBits check at
   * exit), with two return statements.
   */
  public static Program openCoded() {
    return Go.program("defer-opencoded", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("f1", fn -> {
        Var a = fn.param("a", INT);
        fn.call(fmtPrintln("  f1", a));
      });
      f.func("f2", fn -> {
        Var a = fn.param("a", INT);
        fn.call(fmtPrintln("  f2", a));
      });
      f.func("shape", fn -> {
        Var a1 = fn.param("a1", INT);
        Var a2 = fn.param("a2", INT);
        Var cond = fn.param("cond", BOOL);
        fn.result(STRING);
        fn.defer(call("f1", a1));
        fn.ifThen(cond, t -> t.defer(call("f2", a2)));
        fn.ifThen(a1.gt(5), t -> t.ret("early return"));
        fn.ret("late return");
      });
      f.func("main", b -> {
        b.rangeOver(lit(sliceOf(INT), 1, 9), "_", "a", (body, k, a) -> {
          body.rangeOver(lit(sliceOf(BOOL), false, true), "_", "cond", (inner, k2, cond) -> {
            inner.call(fmtPrintln("shape", a, cond));
            inner.call(fmtPrintln("  ->", call("shape", a, a.mul(10), cond)));
          });
        });
      });
    }));
  }

  /** Nine defers in one function, none in a loop: more than open coding allows (8), so stack. */
  public static Program stack() {
    return Go.program("defer-stack", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("nine", fn -> {
        Var tag = fn.param("tag", STRING);
        for (int i = 1; i <= 9; i++) {
          fn.defer(fmtPrintln(tag, "deferred", i));
        }
        fn.call(fmtPrintln(tag, "body"));
      });
      f.func("main", b -> {
        b.call(call("nine", "first call"));
        b.call(call("nine", "second call"));
      });
    }));
  }

  /** Two defers and eight returns (16 > 15 combinations): open coding ruled out, stack instead. */
  public static Program manyReturns() {
    return Go.program("defer-manyreturns", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("classify", fn -> {
        Var n = fn.param("n", INT);
        fn.result(STRING);
        fn.defer(fmtPrintln("classified", n));
        fn.defer(fmtPrint("  deferred: "));
        fn.switchOn(n, sw -> sw
            .caseOf(0, c -> c.ret("zero"))
            .caseOf(1, c -> c.ret("one"))
            .caseOf(2, c -> c.ret("two"))
            .caseOf(3, c -> c.ret("three"))
            .caseOf(4, c -> c.ret("four"))
            .caseOf(5, c -> c.ret("five"))
            .caseOf(6, c -> c.ret("six")));
        fn.ret("many");
      });
      f.func("main", b -> b.rangeInt("i", 8, (body, i) -> body.call(fmtPrintln(i, "is", call("classify", i)))));
    }));
  }

  /** A deferred closure sees later changes to the variables it captures, and can make its own. */
  public static Program closure() {
    return Go.program("defer-closure", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("main", b -> {
        Var total = b.define("total", 0);
        Var log = b.var("log", sliceOf(STRING));
        b.defer(func(c -> c.call(fmtPrintln("log at exit:", log, "total", total))).call());
        b.defer(func(c -> {
          c.assign(log, append(log, "second defer ran"));
          c.addAssign(total, 100);
        }).call());
        b.rangeInt("i", 5, (body, i) -> {
          body.addAssign(total, i);
          body.assign(log, append(log, Go.fmtSprint("add ", i)));
        });
        Var add = b.define("add", func(fn -> {
          Var n = fn.param("n", INT);
          fn.defer(func(c -> c.call(fmtPrintln("  add's deferred closure: total is", total))).call());
          fn.addAssign(total, n);
        }));
        b.call(add.call(1000));
        b.call(fmtPrintln("end of main: total", total, "log length", len(log)));
      });
    }));
  }

  /**
   * The builtins that can be deferred directly (delete, copy, print, println, recover) and the
   * seed's workaround for those that cannot (append, len): wrap them in a closure.
   */
  public static Program builtins() {
    return Go.program("defer-builtins", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("cleanup", fn -> {
        Var m = fn.param("m", mapOf(STRING, INT));
        Var dst = fn.param("dst", sliceOf(INT));
        fn.defer(delete(m, "temp"));
        fn.defer(copy(dst, lit(sliceOf(INT), 7, 8, 9)));
        fn.defer(Go.call("println", "println to stderr, deferred"));
        fn.defer(Go.call("print", "print to stderr, deferred\n"));
        fn.defer(recover());
        Var sl = fn.define("sl", lit(sliceOf(INT), 1, 2));
        fn.defer(func(c -> {
          c.assign(blank(), append(sl, 3));
          c.call(fmtPrintln("  closure: len(sl) =", len(sl)));
        }).call());
        fn.call(fmtPrintln("  during: temp present:", len(m), "dst", dst));
      });
      f.func("main", b -> {
        Var m = b.define("m", lit(mapOf(STRING, INT), kv("keep", 1), kv("temp", 2)));
        Var dst = b.define("dst", make(sliceOf(INT), 3));
        b.call(call("cleanup", m, dst));
        b.call(fmtPrintln("after: map", m, "dst", dst));
      });
    }));
  }

  /**
   * Deferred method calls: a value receiver is copied at the defer statement, a pointer receiver
   * is the pointer as it was then (the object it points to may change later).
   */
  public static Program methods() {
    return Go.program("defer-methods", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      Named counter = f.type("Counter", struct(field("name", STRING), field("n", INT)));
      f.method(recv("c", counter), "Show", (fn, c) -> fn.call(fmtPrintln("value receiver:", c.field("name"), c.field("n"))));
      f.method(recv("c", ptr(counter)), "ShowPtr", (fn, c) -> fn.call(fmtPrintln("pointer receiver:", c.field("name"), c.field("n"))));
      f.method(recv("c", ptr(counter)), "Add", (fn, c) -> {
        Var k = fn.param("k", INT);
        fn.addAssign(c.field("n"), k);
        fn.call(fmtPrintln("Add", k, "to", c.field("name"), "->", c.field("n")));
      });
      f.func("main", b -> {
        Var c = b.define("c", lit(counter, "c", 1));
        b.defer(c.method("Show"));
        b.defer(c.method("ShowPtr"));
        b.defer(c.method("Add", c.field("n").mul(10)));
        b.assign(c.field("n"), 3);
        Var p = b.define("p", lit(counter, "p", 1).addr());
        b.defer(p.method("Show"));
        b.defer(p.method("ShowPtr"));
        b.assign(p.field("n"), 2);
        b.assign(p, lit(counter, "q", 9).addr());
        b.call(fmtPrintln("end of main: c.n =", c.field("n"), "p.name =", p.field("name")));
      });
    }));
  }

  /**
   * Deferred method values, interface method calls and method expressions: the receiver is bound
   * (and copied, for value methods) when the defer statement runs.
   */
  public static Program methodValues() {
    return Go.program("defer-methodvalue", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      Named speaker = f.type("Speaker", Go.iface(method("Speak", List.of())));
      Named dog = f.type("Dog", struct(field("name", STRING)));
      f.method(recv("d", dog), "Speak", (fn, d) -> fn.call(fmtPrintln(d.field("name"), "says woof")));
      Named cat = f.type("Cat", struct(field("name", STRING), field("lives", INT)));
      f.method(recv("c", ptr(cat)), "Speak", (fn, c) -> fn.call(fmtPrintln(c.field("name"), "says meow with", c.field("lives"), "lives")));
      f.func("main", b -> {
        Var d = b.define("d", lit(dog, "rex"));
        Var speak = b.define("speak", d.field("Speak"));
        b.defer(speak.call());
        b.defer(Go.ex(dog).field("Speak").call(d));
        Var s = b.var("s", speaker, d);
        b.defer(s.method("Speak"));
        Var c = b.define("c", lit(cat, "tom", 9).addr());
        b.defer(c.method("Speak"));
        b.assign(s, c);
        b.defer(s.method("Speak"));
        b.assign(d.field("name"), "fido");
        b.assign(c.field("lives"), 8);
        b.assign(s, lit(dog, "late"));
        b.call(fmtPrintln("end of main:", d.field("name")));
      });
    }));
  }

  /**
   * The deferred function value is evaluated at the defer statement, before the arguments:
   * reassigning the variable later changes nothing; a call returning the function runs at once.
   */
  public static Program funcValue() {
    return Go.program("defer-funcvalue", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      Signature strFn = sig(List.of(STRING));
      f.func("hello", fn -> {
        Var s = fn.param("s", STRING);
        fn.call(fmtPrintln("hello", s));
      });
      f.func("bye", fn -> {
        Var s = fn.param("s", STRING);
        fn.call(fmtPrintln("bye", s));
      });
      f.func("pick", fn -> {
        Var name = fn.param("name", STRING);
        fn.result(strFn);
        fn.call(fmtPrintln("pick", name, "(evaluated at the defer)"));
        fn.ifThen(name.eq("hello"), t -> t.ret(id("hello")));
        fn.ret(id("bye"));
      });
      f.func("arg", fn -> {
        Var s = fn.param("s", STRING);
        fn.result(STRING);
        fn.call(fmtPrintln("arg", s, "(evaluated at the defer)"));
        fn.ret(s);
      });
      f.func("main", b -> {
        Var g = b.define("g", id("hello"));
        b.defer(g.call("world"));
        b.assign(g, id("bye"));
        b.defer(call("pick", "bye").call(call("arg", "moon")));
        b.defer(call("pick", "hello").call(call("arg", "sun")));
        b.call(fmtPrintln("end of main"));
      });
    }));
  }

  /** Deferring a nil func: the defer statement is fine, the call panics when it runs (recovered). */
  public static Program nilFunc() {
    return Go.program("defer-nilfunc", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("run", fn -> {
        Var g = fn.param("g", sig(List.of()));
        Snippets.deferRecoverPrint(fn, "  recovered:");
        fn.defer(fmtPrintln("  deferred before the nil func: runs after it"));
        fn.defer(g.call());
        fn.call(fmtPrintln("  the defer statement itself did not panic"));
      });
      f.func("main", b -> {
        b.call(fmtPrintln("non-nil func:"));
        b.call(call("run", func(fn -> fn.call(fmtPrintln("  g ran")))));
        b.call(fmtPrintln("nil func:"));
        b.call(call("run", nil()));
        b.call(fmtPrintln("main goes on"));
      });
    }));
  }

  /** Deferring a nil func, unrecovered: the nil dereference panics at exit, exit status 2. */
  public static Program nilFuncCrash() {
    return Go.program("defer-nilfunc-crash", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("main", b -> {
        Var g = b.var("g", sig(List.of()));
        b.defer(fmtPrintln("deferred first: still runs during the panic"));
        b.defer(g.call());
        b.call(fmtPrintln("end of main"));
      });
    }));
  }

  /** Deferred closures read and change named results after the return statement set them. */
  public static Program namedResults() {
    return Go.program("defer-namedresults", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("c", fn -> {
        Var i = fn.namedResult("i", INT);
        fn.defer(func(d -> d.inc(i)).call());
        fn.ret(1);
      });
      f.func("double", fn -> {
        Var r = fn.namedResult("r", INT);
        fn.defer(func(d -> d.opAssign(r, dev.gosem.api.ast.BinaryOp.MUL, 2)).call());
        fn.assign(r, 3);
        fn.ret(r.add(1));
      });
      f.func("seen", fn -> {
        Var r = fn.namedResult("r", INT);
        fn.defer(func(d -> d.call(fmtPrintln("  deferred sees r =", r))).call());
        fn.defer(fmtPrintln("  deferred argument r =", r));
        fn.ret(42);
      });
      f.func("unnamed", fn -> {
        fn.result(INT);
        Var x = fn.define("x", 1);
        fn.defer(func(d -> d.assign(x, 100)).call());
        fn.ret(x);
      });
      f.func("swap", fn -> {
        Var a = fn.namedResult("a", STRING);
        Var b2 = fn.namedResult("b", STRING);
        fn.defer(func(d -> d.assign(new Ex[] {a, b2}, b2, a)).call());
        fn.ret("first", "second");
      });
      f.func("chain", fn -> {
        Var s = fn.namedResult("s", STRING);
        fn.defer(func(d -> d.addAssign(s, " +deferred1")).call());
        fn.defer(func(d -> d.addAssign(s, " +deferred2")).call());
        fn.ret("returned");
      });
      f.func("main", b -> {
        b.call(fmtPrintln("c() =", call("c")));
        b.call(fmtPrintln("double() =", call("double")));
        b.call(fmtPrintln("seen() =", call("seen")));
        b.call(fmtPrintln("unnamed() =", call("unnamed")));
        b.call(fmtPrint("swap() = "));
        b.call(fmtPrintln(call("swap")));
        b.call(fmtPrintln("chain() =", call("chain")));
      });
    }));
  }

  /** The Go idiom: a deferred closure adds context to the error a function returns. */
  public static Program errWrap() {
    return Go.program("defer-errwrap", prog -> prog.file("main.go", f -> {
      f.imports("errors", "fmt", "strconv");
      f.var("ErrNegative", null, Go.errorsNew("negative"));
      f.func("parse", fn -> {
        Var s = fn.param("s", STRING);
        Var n = fn.namedResult("n", INT);
        Var err = fn.namedResult("err", dev.gosem.api.types.Types.ERROR);
        fn.defer(func(d -> d.ifThen(err.ne(nil()), t -> t.assign(err, Go.fmtErrorf("parse %q: %w", s, err)))).call());
        fn.assign(new Ex[] {n, err}, Go.pkgCall("strconv", "Atoi", s));
        fn.ifThen(err.ne(nil()), t -> t.ret());
        fn.ifThen(n.lt(0), t -> t.ret(0, id("ErrNegative")));
        fn.ret(n, nil());
      });
      f.func("sum", fn -> {
        Var items = fn.param("items", sliceOf(STRING));
        Var total = fn.namedResult("total", INT);
        Var err = fn.namedResult("err", dev.gosem.api.types.Types.ERROR);
        fn.defer(func(d -> d.ifThen(err.ne(nil()), t -> {
          t.assign(err, Go.fmtErrorf("sum of %d items: %w", len(items), err));
          t.assign(total, -1);
        })).call());
        fn.rangeOver(items, "_", "it", (body, k, it) -> {
          Var[] ve = body.define(Go.names("v", "err"), call("parse", it));
          body.ifThen(ve[1].ne(nil()), t -> t.ret(0, ve[1]));
          body.addAssign(total, ve[0]);
        });
        fn.ret();
      });
      f.func("main", b -> {
        for (List<String> input : List.of(List.of("1", "2", "3"), List.of("4", "x5"), List.of("6", "-7"), List.<String>of())) {
          b.block(blk -> {
            Var[] te = blk.define(Go.names("total", "err"), call("sum", lit(sliceOf(STRING), input.toArray())));
            blk.call(fmtPrintln(te[0], te[1]));
            blk.ifThen(te[1].ne(nil()), t -> t.call(fmtPrintln("  is ErrNegative:", Go.pkgCall("errors", "Is", te[1], id("ErrNegative")),
                "| unwrapped once:", Go.pkgCall("errors", "Unwrap", te[1]))));
          });
        }
      });
    }));
  }

  /**
   * A mutex-like type without goroutines: Lock, then defer Unlock, released on every path out —
   * early returns and a panic (recovered by the caller).
   */
  public static Program unlock() {
    return Go.program("defer-unlock", prog -> prog.file("main.go", f -> {
      f.imports("errors", "fmt");
      Named mutex = f.type("Mutex", struct(field("locked", BOOL), field("locks", INT)));
      f.method(recv("m", ptr(mutex)), "Lock", (fn, m) -> {
        fn.ifThen(m.field("locked"), t -> t.call(Go.panic("Lock of locked Mutex")));
        fn.assign(m.field("locked"), true);
        fn.inc(m.field("locks"));
      });
      f.method(recv("m", ptr(mutex)), "Unlock", (fn, m) -> {
        fn.ifThen(Go.not(m.field("locked")), t -> t.call(Go.panic("Unlock of unlocked Mutex")));
        fn.assign(m.field("locked"), false);
      });
      Named account = f.type("Account", struct(field("mu", mutex), field("balance", INT)));
      f.method(recv("a", ptr(account)), "Withdraw", (fn, a) -> {
        Var n = fn.param("n", INT);
        fn.result(dev.gosem.api.types.Types.ERROR);
        fn.call(a.field("mu").method("Lock"));
        fn.defer(a.field("mu").method("Unlock"));
        fn.ifThen(n.le(0), t -> t.ret(Go.errorsNew("invalid amount")));
        fn.ifThen(n.gt(a.field("balance")), t -> t.ret(Go.fmtErrorf("insufficient funds: have %d, need %d", a.field("balance"), n)));
        fn.opAssign(a.field("balance"), dev.gosem.api.ast.BinaryOp.SUB, n);
        fn.ret(nil());
      });
      f.method(recv("a", ptr(account)), "MustDeposit", (fn, a) -> {
        Var n = fn.param("n", INT);
        fn.call(a.field("mu").method("Lock"));
        fn.defer(a.field("mu").method("Unlock"));
        fn.ifThen(n.le(0), t -> t.call(Go.panic(Go.fmtSprintf("deposit of %d", n))));
        fn.addAssign(a.field("balance"), n);
      });
      f.func("tryDeposit", fn -> {
        Var a = fn.param("a", ptr(account));
        Var n = fn.param("n", INT);
        Snippets.deferRecoverPrint(fn, "  recovered:");
        fn.call(a.method("MustDeposit", n));
      });
      f.func("main", b -> {
        Var a = b.define("a", lit(account, kv("balance", 100)).addr());
        for (int n : new int[] {30, 0, 500, 70}) {
          b.block(blk -> {
            Var err = blk.define("err", a.method("Withdraw", n));
            blk.call(fmtPrintln("withdraw", n, "->", err, "balance", a.field("balance"), "locked", a.field("mu").field("locked")));
          });
        }
        for (int n : new int[] {25, -5, 5}) {
          b.call(call("tryDeposit", a, n));
          b.call(fmtPrintln("deposit", n, "-> balance", a.field("balance"), "locked", a.field("mu").field("locked")));
        }
        b.call(fmtPrintln("locks taken:", a.field("mu").field("locks")));
      });
    }));
  }

  /** Defers in recursive calls: each frame's deferred call runs as that frame returns. */
  public static Program recursion() {
    return Go.program("defer-recursion", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "strings");
      f.func("down", fn -> {
        Var n = fn.param("n", INT);
        Var indent = fn.define("indent", Go.pkgCall("strings", "Repeat", "  ", n));
        fn.defer(fmtPrintln(indent.add("leave"), n));
        fn.call(fmtPrintln(indent.add("enter"), n));
        fn.ifThen(n.lt(4), t -> t.call(call("down", n.add(1))));
      });
      f.func("fact", fn -> {
        Var n = fn.param("n", INT);
        Var r = fn.namedResult("r", INT);
        fn.defer(func(d -> d.call(fmtPrintln("fact(", n, ") =", r))).call());
        fn.ifThen(n.le(1), t -> t.ret(1));
        fn.ret(n.mul(call("fact", n.sub(1))));
      });
      f.func("main", b -> {
        b.call(call("down", 0));
        b.call(fmtPrintln("result", call("fact", 6)));
      });
    }));
  }

  /** os.Exit ends the program at once: deferred calls do not run. */
  public static Program osExitSkips() {
    return Go.program("defer-osexit", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "os");
      f.func("finish", fn -> {
        Var code = fn.param("code", INT);
        fn.defer(fmtPrintln("finish's deferred call: never printed"));
        fn.call(fmtPrintln("exiting with", code));
        fn.call(osExit(code));
      });
      f.func("main", b -> {
        b.defer(fmtPrintln("main's deferred call: never printed"));
        b.defer(func(c -> c.call(fmtPrintln("deferred closure: never printed"))).call());
        b.call(fmtPrintln("in main"));
        b.call(call("finish", 3));
      });
    }));
  }

  /**
   * Defer belongs to the function, not the block: a defer in an if or a loop body runs at function
   * exit; a function literal called in a loop runs its defers each call; deferred closures can
   * defer too.
   */
  public static Program scope() {
    return Go.program("defer-scope", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("main", b -> {
        b.ifThen(lit(true), t -> {
          t.defer(fmtPrintln("deferred in an if block: runs at the end of main"));
          t.call(fmtPrintln("leaving the if block"));
        });
        b.rangeInt("i", 3, (body, i) -> body.call(func(fn -> {
          fn.defer(fmtPrintln("  closure", i, "deferred"));
          fn.call(fmtPrintln("  closure", i, "body"));
        }).call()));
        b.defer(func(outer -> {
          outer.defer(fmtPrintln("  inner deferred call, run when the deferred closure returns"));
          outer.call(fmtPrintln("deferred closure body"));
        }).call());
        b.call(fmtPrintln("end of main"));
      });
    }));
  }

  /** Effective Go's trace/un pattern: the argument (trace's result) is evaluated at the defer. */
  public static Program trace() {
    return Go.program("defer-trace", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "strings");
      f.var("depth", INT, null);
      f.func("trace", fn -> {
        Var s = fn.param("s", STRING);
        fn.result(STRING);
        fn.call(fmtPrintln(depth(), "entering:", s));
        fn.inc(id("depth"));
        fn.ret(s);
      });
      f.func("un", fn -> {
        Var s = fn.param("s", STRING);
        fn.dec(id("depth"));
        fn.call(fmtPrintln(depth(), "leaving:", s));
      });
      f.func("a", fn -> {
        fn.defer(call("un", call("trace", "a")));
        fn.call(fmtPrintln(depth(), "in a"));
      });
      f.func("b", fn -> {
        fn.defer(call("un", call("trace", "b")));
        fn.call(fmtPrintln(depth(), "in b"));
        fn.call(call("a"));
      });
      f.func("main", b -> b.call(call("b")));
    }));
  }

  private static Ex depth() {
    return Go.pkgCall("strings", "Repeat", ". ", id("depth"));
  }
}
