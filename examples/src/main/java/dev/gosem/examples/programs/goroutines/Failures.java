package dev.gosem.examples.programs.goroutines;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.chanOf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.receive;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.FuncBuilder;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import java.util.function.Consumer;

/**
 * Every way a program of goroutines dies: each deadlock Go detects (with its wait reason on the
 * goroutine line), sync's fatal misuse errors and panics, the channel panics, and a panic in a
 * goroutine other than main. Each prints something first, so that the output before the failure
 * is compared too; all exit with status 2.
 */
public final class Failures {
  private Failures() {}

  private static Program main(String name, String[] imports, Consumer<FuncBuilder> body) {
    return Go.program(name, prog -> prog.file("main.go", f -> {
      f.imports(imports);
      f.func("main", body);
    }));
  }

  private static final String[] FMT = {"fmt"};
  private static final String[] FMT_SYNC = {"fmt", "sync"};

  /** main receives from a channel nobody will send on: chan receive. */
  public static Program deadlockRecv() {
    return main("deadlock-recv", FMT, fn -> {
      Var ch = fn.define("ch", make(chanOf(INT)));
      fn.call(fmtPrintln("waiting for a value"));
      fn.go(call(func(g -> g.call(fmtPrintln("the only sender returns without sending")))));
      fn.call(fmtPrintln(receive(ch)));
    });
  }

  /** An unbuffered send with no receiver: chan send. */
  public static Program deadlockSend() {
    return main("deadlock-send", FMT, fn -> {
      Var ch = fn.define("ch", make(chanOf(INT), 1));
      fn.send(ch, 1);
      fn.call(fmtPrintln("the buffer took one value"));
      fn.send(ch, 2);
    });
  }

  /** A select whose cases can never proceed: select. */
  public static Program deadlockSelect() {
    return main("deadlock-select", FMT, fn -> {
      Var a = fn.define("a", make(chanOf(INT)));
      Var b = fn.define("b", make(chanOf(STRING)));
      fn.call(fmtPrintln("selecting on two idle channels"));
      fn.select(s -> s
          .recv("v", a, (c, v) -> c.call(fmtPrintln(v)))
          .send(b, "x", c -> c.call(fmtPrintln("sent"))));
    });
  }

  /** select {} blocks forever: select (no cases). */
  public static Program deadlockSelectEmpty() {
    return main("deadlock-selectempty", FMT, fn -> {
      fn.call(fmtPrintln("select {} waits forever"));
      fn.select(s -> {});
    });
  }

  /** A receive from a nil channel: chan receive (nil chan). */
  public static Program deadlockNilChan() {
    return main("deadlock-nilchan", FMT, fn -> {
      Var ch = fn.var("ch", chanOf(INT));
      fn.call(fmtPrintln("receiving from a nil channel"));
      fn.receive(ch);
    });
  }

  /** Locking a Mutex twice: semacquire. */
  public static Program deadlockMutex() {
    return main("deadlock-mutex", FMT_SYNC, fn -> {
      Var mu = fn.var("mu", Patterns.MUTEX);
      fn.call(mu.method("Lock"));
      fn.call(fmtPrintln("locked once; locking again"));
      fn.call(mu.method("Lock"));
    });
  }

  /** Waiting on a WaitGroup whose goroutine forgot Done: semacquire. */
  public static Program deadlockWaitGroup() {
    return main("deadlock-waitgroup", FMT_SYNC, fn -> {
      Var wg = fn.var("wg", Patterns.WAIT_GROUP);
      Var done = fn.define("done", make(chanOf(Go.BYTE)));
      fn.call(wg.method("Add", 2));
      fn.go(call(func(g -> {
        g.call(fmtPrintln("worker 1 done"));
        g.call(wg.method("Done"));
        g.close(done);
      })));
      fn.go(call(func(g -> {
        g.receive(done);
        g.call(fmtPrintln("worker 2 forgets Done"));
      })));
      fn.call(wg.method("Wait"));
    });
  }

  /** Unlock of an unlocked Mutex: a fatal error, not a panic. */
  public static Program unlockUnlocked() {
    return main("misuse-unlock", FMT_SYNC, fn -> {
      Var mu = fn.var("mu", Patterns.MUTEX);
      fn.call(mu.method("Lock"));
      fn.call(mu.method("Unlock"));
      fn.call(fmtPrintln("unlocked once; unlocking again"));
      fn.call(mu.method("Unlock"));
    });
  }

  /** WaitGroup.Done once too often: panic: sync: negative WaitGroup counter. */
  public static Program negativeWaitGroup() {
    return main("misuse-negativewg", FMT_SYNC, fn -> {
      Var wg = fn.var("wg", Patterns.WAIT_GROUP);
      fn.call(wg.method("Add", 1));
      fn.call(wg.method("Done"));
      fn.call(fmtPrintln("counter back to zero; one more Done"));
      fn.call(wg.method("Done"));
    });
  }

  /** close of a closed channel, in a goroutine: the panic ends the whole program. */
  public static Program closeClosed() {
    return main("misuse-closeclosed", FMT, fn -> {
      Var ch = fn.define("ch", make(chanOf(INT)));
      Var block = fn.define("block", make(chanOf(INT)));
      fn.go(call(func(g -> {
        g.close(ch);
        g.call(fmtPrintln("closed once"));
        g.close(ch);
      })));
      fn.receive(block);
    });
  }

  /** close of a nil channel. */
  public static Program closeNil() {
    return main("misuse-closenil", FMT, fn -> {
      Var ch = fn.var("ch", chanOf(INT));
      fn.call(fmtPrintln("closing a nil channel"));
      fn.close(ch);
    });
  }

  /** A send on a closed channel panics, even with room in its buffer. */
  public static Program sendClosed() {
    return main("misuse-sendclosed", FMT, fn -> {
      Var ch = fn.define("ch", make(chanOf(INT), 3));
      fn.send(ch, 1);
      fn.close(ch);
      fn.call(fmtPrintln("received after close:", receive(ch)));
      fn.send(ch, 2);
    });
  }

  /** An unrecovered panic in a worker goroutine ends the program while main waits. */
  public static Program goroutinePanic() {
    return Go.program("goroutine-panic", prog -> prog.file("main.go", f -> {
      f.imports("fmt", "sync");
      f.func("parse", fn -> {
        Var s = fn.param("s", STRING);
        fn.result(INT);
        fn.ifThen(s.eq(""), t -> t.call(Go.panic("parse: empty input")));
        fn.ret(Go.len(s));
      });
      f.func("main", fn -> {
        Var wg = fn.var("wg", Patterns.WAIT_GROUP);
        Var results = fn.define("results", make(chanOf(INT), 1));
        fn.call(wg.method("Add", 1));
        fn.go(call(func(g -> {
          g.send(results, call("parse", "gosem"));
          g.call(wg.method("Done"));
        })));
        fn.call(wg.method("Wait"));
        fn.call(fmtPrintln("first worker:", receive(results)));
        fn.call(wg.method("Add", 1));
        fn.go(call(func(g -> {
          g.send(results, call("parse", ""));
          g.call(wg.method("Done"));
        })));
        fn.call(wg.method("Wait"));
        fn.call(fmtPrintln("never printed"));
      });
    }));
  }
}
