package dev.gosem.backend.jvm;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrintln;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import dev.gosem.api.build.FileBuilder;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import dev.gosem.ir.backend.RunResult;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class JvmBackendTest {
  static Program program(Consumer<FileBuilder> file) {
    return Go.program("t", p -> p.file("main.go", file));
  }

  static RunResult run(Program p, boolean optimize) {
    JvmArtifact a = (JvmArtifact) Compiler.compile(p, "jvm", new Options(optimize, true));
    Verify.passes(a);
    return a.run();
  }

  @Test
  void fib() {
    Program p = program(f -> {
      f.imports("fmt");
      f.func("fib", fn -> {
        Var n = fn.param("n", Types.INT);
        fn.result(Types.INT);
        fn.ifThen(n.lt(2), t -> t.ret(n));
        fn.ret(call("fib", n.sub(1)).add(call("fib", n.sub(2))));
      });
      f.func("main", b -> {
        Var s = b.define("s", 0);
        b.rangeInt("i", 10, (body, i) -> body.addAssign(s, call("fib", i)));
        b.call(fmtPrintln(s, "x", 1.5, true));
        b.println(s, 1.5, "y");
      });
    });
    for (boolean opt : new boolean[] {true, false}) {
      RunResult r = run(p, opt);
      assertThat(r.stdout()).isEqualTo("88 x 1.5 true\n");
      assertThat(r.stderr()).isEqualTo("88 +1.500000e+000 y\n");
      assertThat(r.exitCode()).isZero();
    }
  }
}
