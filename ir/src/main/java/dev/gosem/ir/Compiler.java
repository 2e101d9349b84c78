package dev.gosem.ir;

import dev.gosem.api.Program;
import dev.gosem.api.buildtags.BuildContext;
import dev.gosem.api.buildtags.FileSelection;
import dev.gosem.api.check.CompileException;
import dev.gosem.api.check.TypeChecker;
import dev.gosem.api.check.TypeInfo;
import dev.gosem.ir.backend.Artifact;
import dev.gosem.ir.backend.Backend;
import dev.gosem.ir.backend.RunResult;
import dev.gosem.ir.build.SsaBuilder;
import dev.gosem.ir.pass.DeferRules;
import dev.gosem.ir.pass.Passes;
import dev.gosem.ir.ssa.Module;
import dev.gosem.ir.ssa.Verifier;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Compiler is the facade over the whole pipeline: type-check, build SSA, run the passes, hand
 * the module to a backend.
 *
 * <pre>{@code
 * RunResult r = Compiler.compile(program, "jvm", Options.defaults()).run();
 * }</pre>
 */
public final class Compiler {
  private Compiler() {}

  /** Lowers the program for the JVM target; see {@link #lower(Program, Options, String)}. */
  public static Module lower(Program p, Options o) throws CompileException {
    return lower(p, o, "jvm");
  }

  /**
   * Selects the files the build constraints keep for target architecture goarch (GOOS is always
   * linux), checks them and lowers them to optimized IR; throws CompileException on bad input.
   */
  public static Module lower(Program p, Options o, String goarch) throws CompileException {
    return lowerSelected(FileSelection.select(p, buildContext(p, o, goarch)), o, goarch);
  }

  /** What build constraints are evaluated against for this program, options and target. */
  public static BuildContext buildContext(Program p, Options o, String goarch) {
    return new BuildContext("linux", goarch, p.goVersion(), o.tags());
  }

  private static Module lowerSelected(Program p, Options o, String goarch) throws CompileException {
    TypeInfo info = TypeChecker.check(p, goarch);
    Module m = SsaBuilder.build(p, info);
    if (o.verify()) Verifier.verify(m);
    if (o.optimize()) Passes.run(m, o.verify());
    DeferRules.apply(m, o);
    return m;
  }

  /**
   * The strategy of every defer statement, as {@code go build -gcflags=-d=defer} reports them:
   * {@code main.go:7:2: open-coded defer}, with the reason a rule ruled a better one out after
   * a semicolon ({@code main.go:12:3: heap-allocated defer; in a loop}). In source order.
   */
  public static List<String> deferReport(Program p, Options o) throws CompileException {
    return DeferReport.lines(lower(p, o));
  }

  /** Compiles the program with the named backend. */
  public static Artifact compile(Program p, String backend, Options o) throws CompileException {
    Backend b = backend(backend);
    return b.compile(lower(p, o, b.goarch()), o);
  }

  /** Compiles and runs the program on the JVM backend with default options. */
  public static RunResult run(Program p) throws CompileException {
    return compile(p, "jvm", Options.defaults()).run();
  }

  /** The backend with this name; the message lists the ones on the class path. */
  public static Backend backend(String name) {
    List<Backend> all = ServiceLoader.load(Backend.class, Compiler.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get).toList();
    return all.stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("unknown target \"" + name + "\"; available: "
            + all.stream().map(Backend::name).sorted().toList()));
  }
}
