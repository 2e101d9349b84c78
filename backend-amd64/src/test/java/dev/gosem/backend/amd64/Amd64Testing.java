package dev.gosem.backend.amd64;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import dev.gosem.api.build.FileBuilder;
import dev.gosem.api.build.Go;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import dev.gosem.ir.backend.RunResult;
import java.util.function.Consumer;

/** Helpers for tests: build a one-file program, run it on amd64, compare with the JVM backend. */
final class Amd64Testing {
  private Amd64Testing() {}

  static Program program(Consumer<FileBuilder> file) {
    return Go.program("t", p -> p.file("main.go", file));
  }

  static RunResult amd64(Program p, boolean optimize) {
    return Compiler.compile(p, "amd64", new Options(optimize, true)).run();
  }

  static RunResult jvm(Program p, boolean optimize) {
    return Compiler.compile(p, "jvm", new Options(optimize, true)).run();
  }

  /**
   * Runs p on both backends, optimized and not, and checks amd64 prints what the JVM backend
   * prints; stderr is compared up to the traceback (the frames' details differ by backend).
   * Returns the optimized amd64 result.
   */
  static RunResult sameAsJvm(Program p) {
    RunResult optimized = sameAsJvm(p, true);
    sameAsJvm(p, false);
    return optimized;
  }

  /** As {@link #sameAsJvm(Program)} with the passes on or off. */
  static RunResult sameAsJvm(Program p, boolean optimize) {
    RunResult want = jvm(p, optimize);
    RunResult got = amd64(p, optimize);
    assertThat(got.stdout()).as("stdout (optimize=%s)", optimize).isEqualTo(want.stdout());
    assertThat(upToTraceback(got.stderr())).as("stderr (optimize=%s)", optimize).isEqualTo(upToTraceback(want.stderr()));
    assertThat(got.exitCode()).as("exit code (optimize=%s)", optimize).isEqualTo(want.exitCode());
    return got;
  }

  /** stderr up to and including the "goroutine 1 [running]:" line, as the conformance suite compares it. */
  static String upToTraceback(String stderr) {
    String mark = "goroutine 1 [running]:\n";
    int i = stderr.indexOf(mark);
    return i < 0 ? stderr : stderr.substring(0, i + mark.length());
  }
}
