package dev.gosem.jmh;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.chanOf;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.pkgType;
import static dev.gosem.api.build.Go.receive;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Types;
import dev.gosem.backend.jvm.JvmArtifact;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What goroutines and channels cost in generated code (virtual threads under the runtime's
 * scheduler lock): spawn and join, an unbuffered ping-pong round trip, buffered channel
 * throughput, a select over four channels, and 1,000 goroutines contending on one Mutex. The Go
 * side, the same functions under go test -bench, is jmh/go/goroutines; docs/benchmarks.md has
 * the ratios. Each benchmark runs N operations per invocation and reports the time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GoroutineCosts {
  static final int N = 10_000;

  MethodHandle spawnJoin;
  MethodHandle pingPong;
  MethodHandle buffered;
  MethodHandle select4;
  MethodHandle mutex;

  static Program program() {
    Named wg = pkgType("sync", "WaitGroup");
    Named mutexType = pkgType("sync", "Mutex");
    return Go.program("goroutinecosts", prog -> prog.file("main.go", f -> {
      f.imports("sync");
      // go f(); wait for it: one spawn and join per iteration
      f.func("spawnJoin", fn -> {
        Var n = fn.param("n", Types.INT);
        Var done = fn.define("done", make(chanOf(Go.struct())));
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(n));
          l.post().inc(i);
          l.body(b -> {
            b.go(call(func(g -> g.send(done, Go.lit(Go.struct())))));
            b.receive(done);
          });
        });
      });
      // n round trips over two unbuffered channels
      f.func("pingPong", fn -> {
        Var n = fn.param("n", Types.INT);
        Var ping = fn.define("ping", make(chanOf(Types.INT)));
        Var pong = fn.define("pong", make(chanOf(Types.INT)));
        fn.go(call(func(g -> {
          g.rangeOver(ping, "v", (b, v) -> b.send(pong, v.add(1)));
          g.close(pong);
        })));
        Var s = fn.define("s", 0);
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(n));
          l.post().inc(i);
          l.body(b -> {
            b.send(ping, i);
            b.addAssign(s, receive(pong));
          });
        });
        fn.close(ping);
        fn.result(Types.INT);
        fn.ret(s);
      });
      // n values through a buffered channel of 128
      f.func("buffered", fn -> {
        Var n = fn.param("n", Types.INT);
        Var c = fn.define("c", make(chanOf(Types.INT), 128));
        fn.go(call(func(g -> {
          g.forLoop(l -> {
            Var i = l.init().define("i", 0);
            l.cond(i.lt(n));
            l.post().inc(i);
            l.body(b -> b.send(c, i));
          });
          g.close(c);
        })));
        Var s = fn.define("s", 0);
        fn.rangeOver(c, "v", (b, v) -> b.addAssign(s, v));
        fn.result(Types.INT);
        fn.ret(s);
      });
      // n selects over four channels fed by four goroutines
      f.func("select4", fn -> {
        Var n = fn.param("n", Types.INT);
        Var[] cs = new Var[4];
        for (int k = 0; k < 4; k++) cs[k] = fn.define("c" + k, make(chanOf(Types.INT), 16));
        Var stop = fn.define("stop", make(chanOf(Go.struct())));
        for (int k = 0; k < 4; k++) {
          Var c = cs[k];
          fn.go(call(func(g -> g.forever(loop -> loop.select(s -> s
              .send(c, 1, x -> {})
              .recv(stop, x -> x.ret()))))));
        }
        Var s = fn.define("s", 0);
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(n));
          l.post().inc(i);
          l.body(b -> b.select(sel -> sel
              .recv("v", cs[0], (x, v) -> x.addAssign(s, v))
              .recv("v", cs[1], (x, v) -> x.addAssign(s, v))
              .recv("v", cs[2], (x, v) -> x.addAssign(s, v))
              .recv("v", cs[3], (x, v) -> x.addAssign(s, v))));
        });
        fn.close(stop);
        fn.result(Types.INT);
        fn.ret(s);
      });
      // 1,000 goroutines, n lock/increment/unlock operations in all
      f.func("mutex1000", fn -> {
        Var n = fn.param("n", Types.INT);
        Var mu = fn.var("mu", mutexType);
        Var w = fn.var("wg", wg);
        Var count = fn.define("count", 0);
        Var per = fn.define("per", n.div(1000));
        fn.call(w.method("Add", 1000));
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(1000));
          l.post().inc(i);
          l.body(b -> b.go(call(func(g -> {
            g.forLoop(l2 -> {
              Var j = l2.init().define("j", 0);
              l2.cond(j.lt(per));
              l2.post().inc(j);
              l2.body(x -> {
                x.call(mu.method("Lock"));
                x.inc(count);
                x.call(mu.method("Unlock"));
              });
            });
            g.call(w.method("Done"));
          }))));
        });
        fn.call(w.method("Wait"));
        fn.result(Types.INT);
        fn.ret(count);
      });
      f.func("main", b -> b.call(call("spawnJoin", 1)));
    }));
  }

  @Setup
  public void setUp() {
    JvmArtifact a = (JvmArtifact) Compiler.compile(program(), "jvm", Options.defaults());
    spawnJoin = a.function("spawnJoin");
    pingPong = a.function("pingPong");
    buffered = a.function("buffered");
    select4 = a.function("select4");
    mutex = a.function("mutex1000");
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public void spawnJoin() throws Throwable {
    spawnJoin.invoke((long) N);
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public long pingPongRoundTrip() throws Throwable {
    return (long) pingPong.invoke((long) N);
  }

  @Benchmark
  @OperationsPerInvocation(N * 10)
  public long bufferedThroughput() throws Throwable {
    return (long) buffered.invoke((long) N * 10);
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public long selectOver4() throws Throwable {
    return (long) select4.invoke((long) N);
  }

  @Benchmark
  @OperationsPerInvocation(100_000)
  public long mutex1000Goroutines() throws Throwable {
    return (long) mutex.invoke(100_000L);
  }
}
