package dev.gosem.backend.jvm;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.osExit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import dev.gosem.ir.backend.RunResult;
import org.junit.jupiter.api.Test;

/** What a running program shows the host: its exit, its panics, its isolation. */
class RuntimeBehaviourTest {
  private static Program divide() {
    return JvmBackendTest.program(f -> {
      f.imports("fmt");
      f.func("div", fn -> {
        Var a = fn.param("a", Types.INT);
        Var b = fn.param("b", Types.INT);
        fn.result(Types.INT);
        fn.ret(a.div(b));
      });
      f.func("main", b -> {
        b.call(fmtPrintln(call("div", 7, 2)));
        b.call(fmtPrintln(call("div", 7, 0)));
        b.call(fmtPrintln("unreached"));
      });
    });
  }

  @Test
  void integerDivideByZeroPanicsWithGoBlockAndExit2() {
    RunResult r = JvmBackendTest.run(divide(), true);
    assertThat(r.stdout()).isEqualTo("3\n");
    assertThat(r.stderr()).startsWith("""
        panic: runtime error: integer divide by zero

        goroutine 1 [running]:
        main.div(...)
        """);
    assertThat(r.stderr()).contains("\nmain.main()\n");
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void osExitEndsTheProgramNotTheHost() {
    Program p = JvmBackendTest.program(f -> {
      f.imports("fmt", "os");
      f.func("main", b -> {
        b.call(fmtPrintln("before"));
        b.call(osExit(3));
        b.call(fmtPrintln("after"));
      });
    });
    RunResult r = JvmBackendTest.run(p, true);
    assertThat(r).isEqualTo(new RunResult("before\n", "", 3));
  }

  @Test
  void packageVariablesStartFreshOnEveryRun() {
    Program p = JvmBackendTest.program(f -> {
      f.imports("fmt");
      f.var("n", Types.INT, 1);
      f.var("s", Types.STRING);
      f.func("main", b -> {
        b.inc(id("n"));
        b.assign(id("s"), id("s").add("x"));
        b.call(fmtPrintln(id("n"), id("s"), len(id("s"))));
      });
    });
    JvmArtifact a = (JvmArtifact) Compiler.compile(p, "jvm", Options.defaults());
    assertThat(a.run().stdout()).isEqualTo("2 x 1\n");
    assertThat(a.run().stdout()).isEqualTo("2 x 1\n");
  }
}
