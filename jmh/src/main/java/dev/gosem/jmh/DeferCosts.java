package dev.gosem.jmh;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.nil;
import static dev.gosem.api.build.Go.panic;
import static dev.gosem.api.build.Go.recover;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;
import dev.gosem.backend.jvm.JvmArtifact;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import dev.gosem.ir.Options.DeferMode;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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
 * What defer costs per call in generated code, under each forced strategy (heap, stack,
 * open-coded), against the same function without a defer and against plain Java's try/finally
 * (the limit: what the JVM does for a cleanup it knows statically).
 *
 * <p>Every Go function does the same work: {@code bump()} (a package-variable increment, so the
 * call cannot be removed) and {@code return x + 1}; they differ only in how bump is reached:
 * <ul>
 *   <li>{@code none}: called directly, no defer;
 *   <li>{@code one}: {@code defer bump()};
 *   <li>{@code two}: two conditional defers ({@code if x&1 == 0}, {@code if x&2 == 0}), so some
 *       calls defer none, some one, some two (the deferBits case);
 *   <li>{@code loop}: {@code defer bump()} in a four-iteration loop (always heap, whatever is
 *       forced);
 *   <li>{@code recovers}: panics and recovers every call (a deferred closure sets the named
 *       result), so panic + recover per operation, traceback capture included.
 * </ul>
 * All are reached through MethodHandles ({@link JvmArtifact#function}); the Java baselines are
 * too, so every benchmark pays the same call path. Run with {@code -prof gc} for allocation per
 * operation: stack and open-coded should allocate nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DeferCosts {
  /** The Go program: the functions described above, and a main that calls each once. */
  static Program program() {
    return Go.program("defercosts", prog -> prog.file("main.go", f -> {
      f.var("sink", Types.INT, null);
      f.func("bump", fn -> fn.inc(id("sink")));
      f.func("none", fn -> {
        Var x = fn.param("x", Types.INT);
        fn.result(Types.INT);
        fn.call(call("bump"));
        fn.ret(x.add(1));
      });
      f.func("one", fn -> {
        Var x = fn.param("x", Types.INT);
        fn.result(Types.INT);
        fn.defer(call("bump"));
        fn.ret(x.add(1));
      });
      f.func("two", fn -> {
        Var x = fn.param("x", Types.INT);
        fn.result(Types.INT);
        fn.ifThen(x.and(1).eq(0), t -> t.defer(call("bump")));
        fn.ifThen(x.and(2).eq(0), t -> t.defer(call("bump")));
        fn.ret(x.add(1));
      });
      f.func("loop", fn -> {
        Var x = fn.param("x", Types.INT);
        fn.result(Types.INT);
        fn.rangeInt(4, body -> body.defer(call("bump")));
        fn.ret(x.add(1));
      });
      f.func("recovers", fn -> {
        Var x = fn.param("x", Types.INT);
        Var r = fn.namedResult("r", Types.INT);
        fn.defer(func(d -> d.ifThen(recover().ne(nil()), t -> t.assign(r, Go.neg(x)))).call());
        fn.call(panic("boom"));
        fn.ret();
      });
      f.func("main", b -> b.println(call("none", 1), call("one", 1), call("two", 1), call("loop", 1),
          call("recovers", 1), id("sink")));
    }));
  }

  static long sink;

  static void bump() {
    sink++;
  }

  /** Java's limit: the same work with the increment in a finally block. */
  public static long javaTryFinally(long x) {
    try {
      return x + 1;
    } finally {
      bump();
    }
  }

  /** Java's own unwinding for comparison with panic + recover: a fresh exception, caught. */
  public static long javaThrowCatch(long x) {
    try {
      throw new IllegalStateException("boom");
    } catch (IllegalStateException e) {
      return -x;
    }
  }

  MethodHandle none;
  MethodHandle oneHeap;
  MethodHandle oneStack;
  MethodHandle oneOpen;
  MethodHandle twoHeap;
  MethodHandle twoStack;
  MethodHandle twoOpen;
  MethodHandle loopHeap;
  MethodHandle recovers;
  MethodHandle javaFinally;
  MethodHandle javaCatch;
  long x;

  private static JvmArtifact compile(DeferMode mode) {
    return (JvmArtifact) Compiler.compile(program(), "jvm", Options.defaults().withDefer(mode));
  }

  @Setup
  public void setUp() throws ReflectiveOperationException {
    JvmArtifact heap = compile(DeferMode.HEAP);
    JvmArtifact stack = compile(DeferMode.STACK);
    JvmArtifact open = compile(DeferMode.OPEN);
    none = open.function("none");
    oneHeap = heap.function("one");
    oneStack = stack.function("one");
    oneOpen = open.function("one");
    twoHeap = heap.function("two");
    twoStack = stack.function("two");
    twoOpen = open.function("two");
    loopHeap = heap.function("loop");
    recovers = compile(DeferMode.AUTO).function("recovers");
    MethodType longToLong = MethodType.methodType(long.class, long.class);
    javaFinally = MethodHandles.lookup().findStatic(DeferCosts.class, "javaTryFinally", longToLong);
    javaCatch = MethodHandles.lookup().findStatic(DeferCosts.class, "javaThrowCatch", longToLong);
  }

  private long next() {
    return x++;
  }

  @Benchmark
  public long noDefer() throws Throwable {
    return (long) none.invoke(next());
  }

  @Benchmark
  public long javaFinally() throws Throwable {
    return (long) javaFinally.invoke(next());
  }

  @Benchmark
  public long oneDeferHeap() throws Throwable {
    return (long) oneHeap.invoke(next());
  }

  @Benchmark
  public long oneDeferStack() throws Throwable {
    return (long) oneStack.invoke(next());
  }

  @Benchmark
  public long oneDeferOpen() throws Throwable {
    return (long) oneOpen.invoke(next());
  }

  @Benchmark
  public long twoCondDefersHeap() throws Throwable {
    return (long) twoHeap.invoke(next());
  }

  @Benchmark
  public long twoCondDefersStack() throws Throwable {
    return (long) twoStack.invoke(next());
  }

  @Benchmark
  public long twoCondDefersOpen() throws Throwable {
    return (long) twoOpen.invoke(next());
  }

  @Benchmark
  public long loopOf4DefersHeap() throws Throwable {
    return (long) loopHeap.invoke(next());
  }

  @Benchmark
  public long panicRecover() throws Throwable {
    return (long) recovers.invoke(next());
  }

  @Benchmark
  public long javaThrowCatch() throws Throwable {
    return (long) javaCatch.invoke(next());
  }
}
