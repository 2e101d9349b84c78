package dev.gosem.examples.programs.goroutines;

import static dev.gosem.api.build.Go.addr;
import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.field;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.ptr;
import static dev.gosem.api.build.Go.recv;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;

/**
 * Goroutine programs that use defer: the seed's lock scoped by an anonymous function (Gotcha 3:
 * {@code func() { mu.Lock(); defer mu.Unlock(); ... }()} releases the lock at the end of the
 * literal, not of the enclosing function), and {@code defer wg.Done()} / {@code defer
 * mu.Unlock()} in workers, including one that returns early and one that panics and recovers.
 */
public final class Deferred {
  private Deferred() {}

  public static Program lockScope() {
    return Go.program("lockscope", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "sync");
      Named store = f.type("Store", struct(field("mu", Patterns.MUTEX), field("data", mapOf(STRING, INT)),
          field("log", Go.sliceOf(STRING))));
      f.method(recv("s", ptr(store)), "Update", (fn, s) -> {
        Var key = fn.param("key", STRING);
        Var delta = fn.param("delta", INT);
        fn.result(BOOL);
        Var before = fn.var("before", INT);
        // the critical section, scoped by an anonymous function
        fn.call(call(func(c -> {
          c.call(s.field("mu").method("Lock"));
          c.defer(s.field("mu").method("Unlock"));
          c.assign(before, s.field("data").index(key));
          c.addAssign(s.field("data").index(key), delta);
        })));
        // runs without holding the lock: TryLock succeeds here
        Var free = fn.define("free", s.field("mu").method("TryLock"));
        fn.ifThen(free, t -> t.call(s.field("mu").method("Unlock")));
        fn.ret(free.andAlso(before.ge(0)));
      });
      f.func("main", fn -> {
        Var s = fn.define("s", lit(store, Go.kv("data", make(mapOf(STRING, INT)))).addr());
        Var wg = fn.var("wg", Patterns.WAIT_GROUP);
        Var unlockedAfter = fn.define("unlockedAfter", make(Go.chanOf(BOOL), 100));
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(100));
          l.post().inc(i);
          l.body(b -> {
            b.call(wg.method("Add", 1));
            b.go(call(func(g -> {
              Var k = g.param("k", INT);
              g.defer(wg.method("Done"));
              g.ifThen(k.rem(10).eq(0), t -> {
                t.call(s.method("Update", "tens", 10));
                t.ret();
              });
              g.call(s.method("Update", "ones", 1));
            }), i));
          });
        });
        fn.call(wg.method("Wait"));
        fn.call(fmtPrintln("ones:", s.field("data").index("ones"), "tens:", s.field("data").index("tens")));
        fn.call(fmtPrintln("lock free after Update:", s.method("Update", "x", 1)));
        fn.close(unlockedAfter);
        Var mu = fn.var("mu", Patterns.MUTEX);
        Var count = fn.define("count", 0);
        Var safeInc = fn.define("safeInc", func(c -> {
          Var fail = c.param("fail", BOOL);
          c.call(mu.method("Lock"));
          c.defer(mu.method("Unlock"));
          c.defer(call(func(r -> r.ifThen(Go.recover().ne(Go.nil()), t -> t.call(fmtPrintln("recovered; the lock is released too"))))));
          c.inc(count);
          c.ifThen(fail, t -> t.call(Go.panic("failed while holding the lock")));
        }));
        fn.call(safeInc.call(false));
        fn.call(safeInc.call(true));
        fn.call(safeInc.call(false));
        fn.call(fmtPrintln("count:", count, "lock free:", mu.method("TryLock")));
        fn.call(addr(mu).method("Unlock"));
      });
    }));
  }
}
