package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.fmtPrint;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.sig;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import java.util.List;

/**
 * LoopVars captures loop variables in closures made inside the loop. In Go 1.19 every loop
 * declares its variables once, so closures made in a range loop or a three-clause loop all see
 * the last value, and taking &v in a range loop gives the same address each time; a copy made
 * in the body (v := v) is new in every iteration. (Go 1.22 gives each iteration new variables.)
 */
public final class LoopVars {
  private LoopVars() {}

  public static Program program() {
    return Go.program("loopvars", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("main", b -> {
        Var ranged = b.var("ranged", sliceOf(sig(List.of(), STRING)));
        Var copied = b.var("copied", sliceOf(sig(List.of(), STRING)));
        b.rangeOver(lit(sliceOf(STRING), "a", "b", "c"), "_", "w", (body, k, w) -> {
          body.assign(ranged, append(ranged, func(c -> {
            c.result(STRING);
            c.ret(w);
          })));
          Var w2 = body.define("w", w);
          body.assign(copied, append(copied, func(c -> {
            c.result(STRING);
            c.ret(w2);
          })));
        });
        b.rangeOver(ranged, "_", "g", (body, k, g) -> body.call(fmtPrint(g.call(), " ")));
        b.rangeOver(copied, "_", "g", (body, k, g) -> body.call(fmtPrint(g.call(), " ")));
        b.call(fmtPrintln());

        Var counted = b.var("counted", sliceOf(sig(List.of(), INT)));
        b.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(3));
          l.post().inc(i);
          l.body(body -> body.assign(counted, append(counted, func(c -> {
            c.result(INT);
            c.ret(i);
          }))));
        });
        b.rangeOver(counted, "_", "g", (body, k, g) -> body.call(fmtPrint(g.call(), " ")));
        b.call(fmtPrintln());

        Var ptrs = b.var("ptrs", sliceOf(Go.ptr(INT)));
        b.rangeOver(lit(sliceOf(INT), 10, 20, 30), "_", "v", (body, k, v) -> body.assign(ptrs, append(ptrs, v.addr())));
        b.call(fmtPrintln(ptrs.index(0).eq(ptrs.index(2)), ptrs.index(0).deref(), ptrs.index(1).deref(), ptrs.index(2).deref()));
      });
    }));
  }
}
