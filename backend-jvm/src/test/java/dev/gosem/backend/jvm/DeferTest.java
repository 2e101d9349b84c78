package dev.gosem.backend.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import dev.gosem.api.check.GoSource;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import dev.gosem.ir.backend.RunResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** defer and panic cases whose Go output cannot be a golden of Go 1.19 (see progs/ for the rest). */
class DeferTest {
  static RunResult run(Program p, Options.DeferMode mode) {
    JvmArtifact a = (JvmArtifact) Compiler.compile(p, "jvm", new Options(true, true).withDefer(mode));
    Verify.passes(a);
    return a.run();
  }

  /**
   * A runaway recursion through a function that defers: Go's fatal error (its report has an
   * sp= line with addresses, so no golden), exit 2, and no deferred call runs.
   */
  @ParameterizedTest
  @EnumSource(names = {"AUTO", "HEAP"})
  void stackOverflowIsFatalAndRunsNoDeferredCall(Options.DeferMode mode) {
    RunResult r = run(GoSource.program("""
        package main

        import "fmt"

        func down(n int) int {
        	defer func() {}()
        	return down(n+1) + 1
        }

        func main() {
        	defer fmt.Println("not printed")
        	defer func() { fmt.Println("not printed either", recover()) }()
        	fmt.Println(down(0))
        }
        """), mode);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr()).startsWith(
        "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n");
    assertThat(r.exitCode()).isEqualTo(2);
  }

  /** From Go 1.21 on (programs default to go1.22), panic(nil) panics with *runtime.PanicNilError. */
  @ParameterizedTest
  @EnumSource(Options.DeferMode.class)
  void panicNilFollowsTheProgramsGoVersion(Options.DeferMode mode) {
    String src = """
        package main

        import "fmt"

        func main() {
        	func() {
        		defer func() {
        			r := recover()
        			fmt.Printf("%v %T\\n", r, r)
        		}()
        		panic(nil)
        	}()
        	panic(nil)
        }
        """;
    RunResult r = run(GoSource.program(src), mode);
    assertThat(r.stdout()).isEqualTo("panic called with nil argument (obsolete?) *runtime.PanicNilError\n");
    assertThat(r.stderr()).startsWith("panic: panic called with nil argument (obsolete?)\n\ngoroutine 1 [running]:\n");
    Program old = GoSource.program(src);
    r = run(new Program(old.name(), old.files(), "go1.20"), mode);
    assertThat(r.stdout()).isEqualTo("<nil> <nil>\n");
    assertThat(r.stderr()).startsWith("panic: nil\n\ngoroutine 1 [running]:\n");
  }
}
