package dev.gosem.fuzz.run;

import dev.gosem.api.Program;
import dev.gosem.api.check.CompileException;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.backend.Artifact;
import dev.gosem.ir.backend.RunResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gosem compiles and runs a program on one target, never letting the program or the compiler
 * take the fuzzer down: a diagnostic, an internal error (any other exception), a backend's "does
 * not support" and a run that does not finish in time are results like any other.
 */
public final class Gosem {
  /** What compiling and running on a target gave. */
  public sealed interface Result {}

  /** It ran. */
  public record Ran(Outcome outcome) implements Result {}

  /** gosem reported diagnostics (for a program Go accepts, a bug). */
  public record Rejected(CompileException error) implements Result {}

  /** The backend does not support a construct yet (not a failure, counted apart). */
  public record Unsupported(String message) implements Result {}

  /** gosem threw something other than a diagnostic, while compiling or running. */
  public record Internal(String phase, Throwable error) implements Result {
    /** The exception and the top of its stack, which identify the bug. */
    public String summary() {
      StringBuilder b = new StringBuilder(phase).append(": ").append(error);
      StackTraceElement[] st = error.getStackTrace();
      for (int i = 0; i < Math.min(3, st.length); i++) b.append("\n\tat ").append(st[i]);
      return b.toString();
    }

    public String trace() {
      StringWriter w = new StringWriter();
      error.printStackTrace(new PrintWriter(w));
      return w.toString();
    }
  }

  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "gosem-fuzz-run-" + THREADS.incrementAndGet());
    t.setDaemon(true);
    return t;
  });
  private static final AtomicInteger ABANDONED = new AtomicInteger();

  private Gosem() {}

  /** How many JVM runs did not finish in time and were left running (threads cannot be killed). */
  public static int abandonedRuns() {
    return ABANDONED.get();
  }

  public static Result run(Program p, Target target, Duration timeout) {
    return run(p, Setting.of(target), timeout);
  }

  /** Compiles p as the setting says (its target, its defer strategy) and runs it. */
  public static Result run(Program p, Setting setting, Duration timeout) {
    Target target = setting.target();
    Artifact artifact;
    try {
      artifact = Compiler.compile(p, target.backend(), setting.options());
    } catch (CompileException e) {
      if (e.getMessage().contains("does not support")) return new Unsupported(e.getMessage());
      return new Rejected(e);
    } catch (Throwable t) {
      return new Internal("compile", t);
    }
    if (target.backend().equals("amd64")) return runNative(artifact, timeout);
    Future<RunResult> f = RUNNER.submit(artifact::run);
    try {
      RunResult r = f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return new Ran(new Outcome(r.stdout(), r.stderr(), r.exitCode(), false));
    } catch (TimeoutException e) {
      f.cancel(true);
      ABANDONED.incrementAndGet();
      return new Ran(Outcome.timeout("", ""));
    } catch (ExecutionException e) {
      return new Internal("run", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Internal("run", e);
    }
  }

  private static Result runNative(Artifact artifact, Duration timeout) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("gosem-fuzz-amd64-");
      Path exe = dir.resolve("prog");
      artifact.write(exe);
      return new Ran(GoToolchain.run(exe, timeout));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      return new Internal("run", e);
    } finally {
      if (dir != null) GoToolchain.deleteTree(dir);
    }
  }
}
