package dev.gosem.backend.amd64;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.neg;
import static dev.gosem.api.build.Go.osExit;
import static dev.gosem.backend.amd64.Amd64Testing.amd64;
import static dev.gosem.backend.amd64.Amd64Testing.program;
import static dev.gosem.backend.amd64.Amd64Testing.sameAsJvm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;
import dev.gosem.ir.backend.RunResult;
import org.junit.jupiter.api.Test;

/** What a running executable shows: package initialization, exit codes, panics and tracebacks. */
class RuntimeBehaviourTest {
  @Test
  void packageInitializationRunsBeforeMain() {
    Program p = program(f -> {
      f.imports("fmt");
      f.var("a", Types.INT, call("next", "a"));
      f.var("b", Types.STRING, call("name"));
      f.var("c", Types.FLOAT64, 2.5);
      f.var("d", Types.BOOL);
      f.var("e", Types.STRING, "b");
      f.var("counter", Types.INT);
      f.func("next", fn -> {
        Var who = fn.param("who", Types.STRING);
        fn.result(Types.INT);
        fn.inc(id("counter"));
        fn.println("init", who, id("counter"));
        fn.ret(id("counter").mul(10));
      });
      f.func("name", fn -> {
        fn.result(Types.STRING);
        fn.ret(id("e").add("bee"));
      });
      f.func("main", b -> {
        b.assign(id("d"), true);
        b.assign(id("c"), id("c").mul(id("c")));
        b.call(fmtPrintln("main", id("a"), id("b"), id("c"), id("d"), len(id("b"))));
      });
    });
    RunResult r = sameAsJvm(p);
    assertThat(r.stdout()).isEqualTo("main 10 bbee 6.25 true 4\n");
    assertThat(r.stderr()).isEqualTo("init a 1\n");
  }

  @Test
  void osExitKeepsTheLowByteOfTheCode() {
    for (int code : new int[] {0, 3, 255, 256, -1}) {
      Program p = program(f -> {
        f.imports("fmt", "os");
        f.func("main", b -> {
          b.call(fmtPrintln("before"));
          b.call(osExit(code));
          b.call(fmtPrintln("after"));
        });
      });
      RunResult r = sameAsJvm(p);
      assertThat(r).isEqualTo(new RunResult("before\n", "", code & 0xff));
    }
  }

  @Test
  void integerDivideByZeroPanicsWithGoBlockAndExit2() {
    Program p = program(f -> {
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
    RunResult r = sameAsJvm(p);
    assertThat(r.stdout()).isEqualTo("3\n");
    assertThat(r.stderr()).startsWith("""
        panic: runtime error: integer divide by zero

        goroutine 1 [running]:
        main.div(...)
        \tmain.go:""");
    assertThat(r.stderr()).containsPattern("\nmain\\.main\\(\\)\n\tmain\\.go:\\d+ \\+0x[0-9a-f]+\n$");
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void otherRuntimeErrors() {
    Program index = program(f -> {
      f.func("at", fn -> {
        Var s = fn.param("s", Types.STRING);
        Var i = fn.param("i", Types.INT);
        fn.result(Types.UINT8);
        fn.ret(s.index(i));
      });
      f.func("main", b -> {
        b.println(call("at", "abc", 1));
        b.println(call("at", "abc", 5));
      });
    });
    assertThat(sameAsJvm(index).stderr()).startsWith("98\npanic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\nmain.at(...)\n");
    Program negative = program(f -> f.func("main", b -> {
      Var i = b.var("i", Types.INT, -2);
      b.println(id("i").mul(0));
      b.println(neg(len("abc")).add(1), str("abc").index(i));
    }));
    assertThat(sameAsJvm(negative).stderr()).contains("panic: runtime error: index out of range [-2]\n\ngoroutine 1 [running]:\nmain.main()\n");
    Program unsigned = program(f -> f.func("main", b -> {
      Var i = b.var("i", Types.UINT64, 1);
      b.println(str("abc").index(i.sub(2)));
    }));
    // Go's text (go1.19 prints the index of an unsigned type unsigned; the JVM backend prints [-1]).
    RunResult u = amd64(unsigned, true);
    assertThat(u.stderr()).startsWith("panic: runtime error: index out of range [18446744073709551615] with length 3\n\ngoroutine 1 [running]:\nmain.main()\n");
    assertThat(u.exitCode()).isEqualTo(2);
    Program shift = program(f -> f.func("main", b -> {
      Var s = b.var("s", Types.INT, -1);
      b.println(id("s").shl(s));
    }));
    RunResult r = sameAsJvm(shift);
    assertThat(r.stderr()).startsWith("panic: runtime error: negative shift amount\n\ngoroutine 1 [running]:\nmain.main()\n");
    assertThat(r.exitCode()).isEqualTo(2);
  }

  private static dev.gosem.api.build.Ex str(String s) {
    return dev.gosem.api.build.Go.str(s);
  }

  @Test
  void deepRecursionFitsInTheGoroutineStack() {
    Program p = program(f -> {
      f.func("depth", fn -> {
        Var n = fn.param("n", Types.INT);
        fn.result(Types.INT);
        fn.ifThen(n.eq(0), t -> t.ret(0));
        fn.ret(call("depth", n.sub(1)).add(1));
      });
      f.func("main", b -> b.println(call("depth", 1_000_000)));
    });
    RunResult r = amd64(p, true);
    assertThat(r).isEqualTo(new RunResult("", "1000000\n", 0));
  }
}
