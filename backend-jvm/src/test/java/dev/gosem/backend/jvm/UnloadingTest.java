package dev.gosem.backend.jvm;

import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.Program;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import dev.gosem.ir.backend.RunResult;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * Thousands of programs compiled and run in one JVM do not pile up classes: each program's class
 * loader, and with it its class, is collected once the run is over.
 */
class UnloadingTest {
  private static final int PROGRAMS = 2_000;

  private static Program numbered(int k) {
    return JvmBackendTest.program(f -> {
      f.imports("fmt");
      f.var("base", Types.INT, k);
      f.func("main", b -> {
        Var x = b.define("x", 3);
        b.call(fmtPrintln(x.mul(id("base"))));
      });
    });
  }

  @Test
  void loadedClassesStayBoundedOverTwoThousandPrograms() {
    ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
    long loadedAfterWarmup = 0;
    for (int k = 0; k < PROGRAMS; k++) {
      RunResult r = Compiler.compile(numbered(k), "jvm", Options.defaults()).run();
      assertThat(r.stdout()).isEqualTo(3 * k + "\n");
      if (k == 200) {
        System.gc();
        loadedAfterWarmup = classes.getLoadedClassCount();
      }
    }
    System.gc();
    long loadedAtEnd = classes.getLoadedClassCount();
    // 1,800 more programs ran after the warm-up count; without unloading that is 1,800 more classes.
    assertThat(loadedAtEnd - loadedAfterWarmup).isLessThan(300);
    assertThat(classes.getUnloadedClassCount()).isGreaterThan(PROGRAMS / 2);
  }

  /**
   * A program of the data model brings a dozen classes (struct, box, dispatch, closure, func and
   * descriptor classes, boxer lambdas) and registers its types with the shared runtime: none of
   * it may outlive the run.
   */
  @Test
  void dataProgramsLeaveNothingBehind() {
    ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
    long loadedAfterWarmup = 0;
    int programs = 400;
    for (int k = 0; k < programs; k++) {
      String src = """
          package main

          import "fmt"

          type T struct{ N int }

          func (t T) String() string { return fmt.Sprint("T", t.N) }

          func main() {
          	m := map[T][]T{}
          	add := func(t T) { m[t] = append(m[t], t) }
          	add(T{%d})
          	var s fmt.Stringer = T{1}
          	fmt.Println(m, s)
          }
          """.formatted(k).replace("fmt.Stringer", "interface{ String() string }");
      RunResult r = Compiler.compile(dev.gosem.api.check.GoSource.program(src), "jvm", Options.defaults()).run();
      assertThat(r.stdout()).isEqualTo("map[T" + k + ":[T" + k + "]] T1\n");
      if (k == 50) {
        System.gc();
        loadedAfterWarmup = classes.getLoadedClassCount();
      }
    }
    System.gc();
    // 350 programs of about ten classes each ran after the warm-up count.
    assertThat(classes.getLoadedClassCount() - loadedAfterWarmup).isLessThan(1000);
  }
}
