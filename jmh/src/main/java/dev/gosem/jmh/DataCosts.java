package dev.gosem.jmh;

import static dev.gosem.api.build.Go.call;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Interface;
import dev.gosem.api.types.Named;
import dev.gosem.api.types.Types;
import dev.gosem.backend.jvm.JvmArtifact;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import dev.gosem.runtime.slice.LongSlice;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What Go's data model costs in generated code against the same loop in plain Java: summing a
 * 1M-element []int (a LongSlice over long[]) against a long[], and calls through a Go interface
 * against calls through a Java interface (both alternating two implementations, so neither
 * site is monomorphic).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DataCosts {
  static final int N = 1_000_000;

  MethodHandle goSum;
  MethodHandle goCalls;
  LongSlice slice;
  long[] array;
  JavaShape[] shapes;

  interface JavaShape {
    long area();
  }

  record Sq(long s) implements JavaShape {
    public long area() {
      return s * s;
    }
  }

  record Tri(long b) implements JavaShape {
    public long area() {
      return b * 3;
    }
  }

  /** sum(s []int) int, and calls(n int) int looping over two Shape implementations. */
  static Program program() {
    return Go.program("datacosts", prog -> prog.file("main.go", f -> {
      Named shape = f.type("Shape", Go.iface(Go.method("Area", List.of(), Types.INT)));
      Named sq = f.type("Sq", Go.struct(Go.field("s", Types.INT)));
      Named tri = f.type("Tri", Go.struct(Go.field("b", Types.INT)));
      f.method(Go.recv("q", sq), "Area", (fn, q) -> {
        fn.result(Types.INT);
        fn.ret(q.field("s").mul(q.field("s")));
      });
      f.method(Go.recv("t", tri), "Area", (fn, t) -> {
        fn.result(Types.INT);
        fn.ret(t.field("b").mul(3));
      });
      f.func("sum", fn -> {
        Var s = fn.param("s", Go.sliceOf(Types.INT));
        fn.result(Types.INT);
        Var t = fn.define("t", 0);
        fn.rangeOver(s, "_", "x", (b, k, x) -> b.addAssign(t, x));
        fn.ret(t);
      });
      f.func("calls", fn -> {
        Var n = fn.param("n", Types.INT);
        fn.result(Types.INT);
        Var shapes = fn.define("shapes", Go.lit(Go.sliceOf(shape), Go.lit(sq, 2), Go.lit(tri, 3)));
        Var t = fn.define("t", 0);
        fn.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(n));
          l.post().inc(i);
          l.body(b -> b.addAssign(t, shapes.index(i.and(1)).method("Area")));
        });
        fn.ret(t);
      });
      f.func("main", b -> b.println(call("sum", Go.lit(Go.sliceOf(Types.INT), 1, 2)), call("calls", 4)));
    }));
  }

  @Setup
  public void setUp() {
    JvmArtifact a = (JvmArtifact) Compiler.compile(program(), "jvm", Options.defaults());
    goSum = a.function("sum");
    goCalls = a.function("calls");
    array = new long[N];
    for (int i = 0; i < N; i++) array[i] = i;
    slice = LongSlice.ofArray(array, 0, N);
    shapes = new JavaShape[] {new Sq(2), new Tri(3)};
  }

  @Benchmark
  public long goSumSlice() throws Throwable {
    return (long) goSum.invoke(slice);
  }

  @Benchmark
  public long javaSumArray() {
    long t = 0;
    for (long x : array) t += x;
    return t;
  }

  @Benchmark
  public long goInterfaceCalls() throws Throwable {
    return (long) goCalls.invoke((long) N);
  }

  @Benchmark
  public long javaInterfaceCalls() {
    long t = 0;
    for (int i = 0; i < N; i++) t += shapes[i & 1].area();
    return t;
  }
}
