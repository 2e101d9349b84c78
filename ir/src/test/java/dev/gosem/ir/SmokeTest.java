package dev.gosem.ir;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;
import dev.gosem.ir.ssa.Dump;
import dev.gosem.ir.ssa.Module;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void dump() throws Exception {
    Program p = Go.program("fib", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("fib", fn -> {
        Var n = fn.param("n", Types.INT);
        fn.result(Types.INT);
        fn.ifThen(n.lt(2), t -> t.ret(n));
        fn.ret(Go.call("fib", n.sub(1)).add(Go.call("fib", n.sub(2))));
      });
      f.func("main", b -> {
        Var s = b.define("s", 0);
        b.rangeInt("i", 10, (body, i) -> body.addAssign(s, Go.call("fib", i)));
        b.call(Go.fmtPrintln(s, "x"));
      });
    }));
    Module m = Compiler.lower(p, new Options(true, true));
    System.out.println(Dump.of(m));
  }
}
