package dev.gosem.ir.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gosem.api.check.GoSource;
import dev.gosem.ir.Compiler;
import dev.gosem.ir.Options;
import dev.gosem.ir.ssa.Module;
import dev.gosem.ir.ssa.Op;
import dev.gosem.ir.ssa.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Functions and globals of other packages are named by import path, and INIT runs packages in order. */
class PackagesLoweringTest {
  private static final String PROGRAM = """
      -- b/b.go --
      package b

      import "example/a"

      var B = a.A + 1

      func init() { a.Log("b") }
      -- a/a.go --
      package a

      var A = 1

      var log []string

      func Log(s string) { log = append(log, s) }

      func init() { Log("a1") }

      func init() { Log("a2") }
      -- main.go --
      package main

      import (
      	"example/a"
      	"example/b"
      )

      var m = b.B + a.A

      func init() { a.Log("main") }

      func main() { println(m) }
      """;

  @Test
  void namesCarryTheImportPathAndInitRunsPackagesInOrder() {
    Module m = Compiler.lower(GoSource.module(PROGRAM), new Options(false, true));
    assertThat(m.packages()).containsExactly("example/a", "example/b");
    assertThat(m.funcs().keySet()).contains("example/a.Log", "example/a.init.0", "example/a.init.1",
        "example/b.init.0", "init.0", "main");
    assertThat(m.globals().keySet()).contains("example/a.A", "example/a.log", "example/b.B", "m");
    assertThat(m.packageOf("example/a.Log")).isEqualTo("example/a");
    assertThat(m.packageOf("main")).isEqualTo("main");
    List<String> steps = m.func(Module.INIT).blocks().stream().flatMap(bl -> bl.values().stream())
        .filter(v -> v.op() == Op.CALL || v.op() == Op.STORE_GLOBAL || v.op() == Op.GLOBAL_ADDR)
        .map(Value::aux).map(String::valueOf).toList();
    assertThat(steps).containsSubsequence("example/a.A", "example/a.init.0", "example/a.init.1", "example/b.B",
        "example/b.init.0", "m", "init.0");
  }
}
