package dev.gosem.jmh;

import dev.gosem.api.Program;
import dev.gosem.api.check.TypeChecker;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import dev.gosem.ir.ssa.Module;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast the pipeline compiles: time per compilation of a generated program of
 * {@code statements} statements, stage by stage. Statements per second = statements / time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CompileThroughput {
  @Param({"10000"})
  int statements;

  Program program;

  @Setup
  public void setUp() {
    program = BigProgram.generate(statements, 100, 1);
  }

  @Benchmark
  public Program build() {
    return BigProgram.generate(statements, 100, 1);
  }

  @Benchmark
  public Object typeCheck() {
    return TypeChecker.check(program);
  }

  @Benchmark
  public Module lowerAndOptimize() {
    return Compiler.lower(program, Options.defaults());
  }

  @Benchmark
  public Object compileToBytecode() {
    return Compiler.compile(program, "jvm", Options.defaults());
  }
}
