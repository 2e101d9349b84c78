package dev.gosem.jmh;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrintln;

import dev.gosem.api.Program;
import dev.gosem.api.build.BlockBuilder;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A large, well-typed program for measuring the compiler: functions of arithmetic, branches and
 * small loops over int locals, all returned so none is unused, and a main that sums them. The
 * same seed gives the same program.
 */
public final class BigProgram {
  private BigProgram() {}

  /** A program of about {@code statements} statements in functions of {@code perFunc} each. */
  public static Program generate(int statements, int perFunc, long seed) {
    Random rnd = new Random(seed);
    int funcs = Math.max(1, statements / perFunc);
    return Go.program("big", p -> p.file("main.go", f -> {
      f.imports("fmt");
      for (int k = 0; k < funcs; k++) {
        f.func("f" + k, fn -> {
          Var a = fn.param("a", Types.INT);
          fn.result(Types.INT);
          List<Var> vars = new ArrayList<>(List.of(fn.define("x0", a.add(1))));
          for (int s = 1; s < perFunc; ) s += statement(fn, vars, rnd);
          Ex sum = vars.getFirst();
          for (Var v : vars.subList(1, vars.size())) sum = sum.add(v);
          fn.ret(sum);
        });
      }
      f.func("main", b -> {
        Var total = b.define("total", 0);
        for (int k = 0; k < funcs; k++) b.addAssign(total, call("f" + k, k));
        b.call(fmtPrintln(total));
      });
    }));
  }

  /** Adds one statement (some with nested ones) and returns how many statements it added. */
  private static int statement(BlockBuilder b, List<Var> vars, Random rnd) {
    Var x = vars.get(rnd.nextInt(vars.size()));
    Var y = vars.get(rnd.nextInt(vars.size()));
    switch (rnd.nextInt(4)) {
      case 0 -> {
        vars.add(b.define("x" + vars.size(), x.mul(rnd.nextInt(7) + 1).add(y)));
        return 1;
      }
      case 1 -> {
        b.addAssign(x, y.xor(rnd.nextInt(100)));
        return 1;
      }
      case 2 -> {
        b.ifThen(x.gt(y), t -> t.assign(x, x.sub(1))).orElse(e -> e.inc(y));
        return 3;
      }
      default -> {
        b.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(3));
          l.post().inc(i);
          l.body(body -> body.addAssign(x, i));
        });
        return 4;
      }
    }
  }
}
