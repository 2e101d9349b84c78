package dev.gosem.jmh;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.chanOf;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.make;
import static dev.gosem.api.build.Go.pkgCall;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;
import dev.gosem.backend.jvm.JvmArtifact;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import java.lang.invoke.MethodHandle;

/**
 * Parks N goroutines (default 1,000,000) on one channel in the default heap and reports the heap
 * each one costs: {@code jmh/run}'s class path, {@code java -cp ... dev.gosem.jmh.ParkedGoroutines
 * [N]} (docs/benchmarks.md has the command and the figure). A measurement, not a timed test: the
 * heap is read after a full GC once every goroutine is parked, then the channel is closed and all
 * of them finish.
 */
public final class ParkedGoroutines {
  private ParkedGoroutines() {}

  static Program program() {
    return Go.program("parked", prog -> prog.file("main.go", f -> {
      f.imports("runtime");
      // park(n): n goroutines waiting on one channel, returned for release
      f.func("park", fn -> {
        Var n = fn.param("n", Types.INT);
        fn.result(chanOf(Go.struct()));
        Var c = fn.define("c", make(chanOf(Go.struct())));
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(n));
          l.post().inc(i);
          l.body(b -> b.go(call(func(g -> g.receive(c)))));
        });
        fn.ret(c);
      });
      f.func("release", fn -> {
        Var c = fn.param("c", chanOf(Go.struct()));
        fn.close(c);
      });
      f.func("count", fn -> {
        fn.result(Types.INT);
        fn.ret(pkgCall("runtime", "NumGoroutine"));
      });
      f.func("main", b -> {});
    }));
  }

  public static void main(String[] args) throws Throwable {
    long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    JvmArtifact a = (JvmArtifact) Compiler.compile(program(), "jvm", Options.defaults());
    MethodHandle park = a.function("park");
    MethodHandle release = a.function("release");
    MethodHandle count = a.function("count");
    Runtime rt = Runtime.getRuntime();
    long before = usedAfterGc(rt);
    long t0 = System.nanoTime();
    Object c = park.invoke(n);
    // every goroutine has started once the heap stops growing; then measure
    long used = usedAfterGc(rt);
    for (int i = 0; i < 20; i++) {
      Thread.sleep(200);
      long u = usedAfterGc(rt);
      if (Math.abs(u - used) < used / 200) {
        used = u;
        break;
      }
      used = u;
    }
    long t1 = System.nanoTime();
    System.out.printf("goroutines parked: %d (NumGoroutine %d) in %.1f s%n", n, (long) count.invoke(), (t1 - t0) / 1e9);
    System.out.printf("max heap %d MiB; heap used %d MiB before, %d MiB parked%n",
        rt.maxMemory() >> 20, before >> 20, used >> 20);
    System.out.printf("bytes per parked goroutine: %d%n", (used - before) / n);
    release.invoke(c);
    for (int i = 0; i < 100 && (long) count.invoke() > 1; i++) Thread.sleep(100);
    System.out.printf("after close: NumGoroutine %d%n", (long) count.invoke());
  }

  private static long usedAfterGc(Runtime rt) {
    for (int i = 0; i < 3; i++) System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }
}
