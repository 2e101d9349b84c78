package dev.gosem.examples.programs.goroutines;

import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.chanOf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.pkgCall;
import static dev.gosem.api.build.Go.sig;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.build.Go.struct;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.BlockBuilder;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import java.util.List;

/**
 * The closure-in-loop trap of the seed, under both loop-variable semantics. The same program is
 * built for go1.19 (one variable shared by all iterations: every closure and goroutine sees the
 * last value) and for go1.22 (a fresh variable per iteration), then with the two classic fixes
 * under go1.19: an explicit copy ({@code i := i}) and passing the value as an argument. The
 * goroutines wait on a start channel that is closed after the loop, so what they read does not
 * depend on scheduling; results are sorted.
 *
 * <p>The go1.22 golden comes from Go 1.19 running the Go 1.19 lowering of the program, which
 * writes the per-iteration copies Go 1.22 makes implicitly (docs/goroutines.md).
 */
public final class Loops {
  private Loops() {}

  enum Fix { NONE, COPY, ARGUMENT }

  public static Program trap119() {
    return program("loopvar-go119", "go1.19", Fix.NONE);
  }

  public static Program trap122() {
    return program("loopvar-go122", "go1.22", Fix.NONE);
  }

  public static Program fixCopy() {
    return program("loopvar-fixcopy", "go1.19", Fix.COPY);
  }

  public static Program fixArgument() {
    return program("loopvar-fixarg", "go1.19", Fix.ARGUMENT);
  }

  private static Program program(String name, String version, Fix fix) {
    return Go.program(name, prog -> prog.goVersion(version).file("main.go", f -> {
      f.imports("fmt", "sort", "sync");
      f.func("main", fn -> {
        // closures stored in a loop, called after it
        Var funcs = fn.var("funcs", sliceOf(sig(List.of())));
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(3));
          l.post().inc(i);
          l.body(b -> {
            Var v = fix == Fix.COPY ? b.define("i", i) : i;
            if (fix == Fix.ARGUMENT) {
              b.assign(funcs, append(funcs, call(func(mk -> {
                Var k = mk.param("k", INT);
                mk.result(sig(List.of()));
                mk.ret(func(c -> c.call(fmtPrintln("closure sees", k))));
              }), i)));
            } else {
              b.assign(funcs, append(funcs, func(c -> c.call(fmtPrintln("closure sees", v)))));
            }
          });
        });
        fn.rangeOver(funcs, "_", "g", (b, k, g) -> b.call(g.call()));

        // goroutines started in a loop, reading the variable once the loop is over
        Var start = fn.define("start", make(chanOf(struct())));
        Var got = fn.define("got", make(chanOf(INT), 3));
        Var wg = fn.var("wg", Patterns.WAIT_GROUP);
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(3));
          l.post().inc(i);
          l.body(b -> {
            b.call(wg.method("Add", 1));
            goRead(b, fix, i, start, got, wg, INT);
          });
        });
        fn.close(start);
        fn.call(wg.method("Wait"));
        fn.close(got);
        Var seen = fn.var("seen", sliceOf(INT));
        fn.rangeOver(got, "v", (b, v) -> b.assign(seen, append(seen, v)));
        fn.call(pkgCall("sort", "Ints", seen));
        fn.call(fmtPrintln("goroutines saw", seen));

        // the same with a range loop
        Var start2 = fn.define("start2", make(chanOf(struct())));
        Var words = fn.define("words", make(chanOf(STRING), 3));
        fn.rangeOver(lit(sliceOf(STRING), "go", "chan", "select"), "_", "w", (b, k, w) -> {
          b.call(wg.method("Add", 1));
          goRead(b, fix, w, start2, words, wg, STRING);
        });
        fn.close(start2);
        fn.call(wg.method("Wait"));
        fn.close(words);
        Var ws = fn.var("ws", sliceOf(STRING));
        fn.rangeOver(words, "w", (b, w) -> b.assign(ws, append(ws, w)));
        fn.call(pkgCall("sort", "Strings", ws));
        fn.call(fmtPrintln("range goroutines saw", ws));
      });
    }));
  }

  /** go func() { <-start; out <- v; wg.Done() }(), with the chosen fix for v. */
  private static void goRead(BlockBuilder b, Fix fix, Var v, Var start, Var out, Var wg, dev.gosem.api.types.Type t) {
    switch (fix) {
      case NONE -> b.go(call(func(g -> {
        g.receive(start);
        g.send(out, v);
        g.call(wg.method("Done"));
      })));
      case COPY -> {
        Var copy = b.define(v.name(), v);
        b.go(call(func(g -> {
          g.receive(start);
          g.send(out, copy);
          g.call(wg.method("Done"));
        })));
      }
      case ARGUMENT -> b.go(call(func(g -> {
        Var p = g.param("v", t);
        g.receive(start);
        g.send(out, p);
        g.call(wg.method("Done"));
      }), v));
    }
  }
}
