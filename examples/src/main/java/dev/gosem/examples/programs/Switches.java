package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrint;
import static dev.gosem.api.build.Go.fmtPrintf;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import java.util.List;

/**
 * Switches covers the expression switch (lists of values, a default in the middle, no match and
 * no default), the tagless switch, fallthrough (into the next clause without testing it, and
 * into default), switch with an init statement, the order in which case expressions are
 * evaluated (top to bottom, left to right, stopping at the first match), break leaving only the
 * switch inside a loop, and a labelled break leaving the loop.
 */
public final class Switches {
  private Switches() {}

  public static Program program() {
    return Go.program("switches", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("classify", fn -> {
        Var n = fn.param("n", INT);
        fn.result(STRING);
        fn.switchTagless(sw -> sw
            .caseOf(n.lt(0), c -> c.ret("negative"))
            .caseOf(n.eq(0), c -> c.ret("zero"))
            .caseOf(n.rem(2).eq(0), c -> c.ret("even"))
            .defaultCase(c -> c.ret("odd")));
        fn.ret("unreachable");
      });
      f.func("grade", fn -> {
        Var score = fn.param("score", INT);
        fn.result(STRING);
        Var g = fn.define("g", "?");
        fn.switchOn(score.div(10), sw -> sw
            .caseOf(List.of(10, 9), c -> c.assign(g, "A"))
            .caseOf(8, c -> c.assign(g, "B"))
            .defaultCase(c -> c.assign(g, "F"))
            .caseOf(7, c -> c.assign(g, "C"))
            .caseOf(6, c -> c.assign(g, "D")));
        fn.ret(g);
      });
      f.func("countdown", fn -> {
        Var n = fn.param("n", INT);
        fn.call(fmtPrintf("%d:", n));
        fn.switchOn(n, sw -> sw
            .caseOf(3, c -> c.call(fmtPrint(" three")).fallthrough())
            .caseOf(2, c -> c.call(fmtPrint(" two")).fallthrough())
            .caseOf(1, c -> c.call(fmtPrint(" one")))
            .caseOf(0, c -> c.call(fmtPrint(" zero")).fallthrough())
            .defaultCase(c -> c.call(fmtPrint(" liftoff"))));
        fn.call(fmtPrintln());
      });
      f.func("probe", fn -> {
        Var v = fn.param("v", INT);
        fn.result(INT);
        fn.call(fmtPrintf("probe(%d) ", v));
        fn.ret(v);
      });
      f.func("main", b -> {
        b.rangeOver(lit(sliceOf(INT), -3, 0, 4, 7), "_", "n", (body, k, n) -> body.call(fmtPrint(call("classify", n), " ")));
        b.call(fmtPrintln());
        b.rangeOver(lit(sliceOf(INT), 100, 95, 81, 75, 64, 12), "_", "s", (body, k, s) -> body.call(fmtPrint(s, "=", call("grade", s), " ")));
        b.call(fmtPrintln());
        b.rangeOver(lit(sliceOf(INT), 3, 2, 1, 0, 9), "_", "n", (body, k, n) -> body.call(call("countdown", n)));

        Var word = b.define("word", "go");
        b.switchOn(word, sw -> sw
            .caseOf("java", c -> c.call(fmtPrintln("not this")))
            .caseOf("rust", c -> c.call(fmtPrintln("nor this"))));
        b.call(fmtPrintln("no case matched and there is no default"));

        b.switchInit(s -> {
          Var sq = s.define("sq", lit(7).mul(7));
          return null;
        }, sw -> sw
            .caseOf(Go.id("sq").gt(100), c -> c.call(fmtPrintln("big")))
            .caseOf(Go.id("sq").gt(40), c -> c.call(fmtPrintln("medium", Go.id("sq"))))
            .defaultCase(c -> c.call(fmtPrintln("small"))));
        b.switchInit(s -> {
          Var r = s.define("r", lit(17).rem(5));
          return r;
        }, sw -> sw
            .caseOf(List.of(0, 1), c -> c.call(fmtPrintln("low", Go.id("r"))))
            .caseOf(2, c -> c.call(fmtPrintln("two", Go.id("r"))))
            .defaultCase(c -> c.call(fmtPrintln("other", Go.id("r")))));

        b.switchOn(call("probe", 2), sw -> sw
            .caseOf(List.of(call("probe", 1), call("probe", 3)), c -> c.call(fmtPrintln("first")))
            .caseOf(List.of(call("probe", 2), call("probe", 4)), c -> c.call(fmtPrintln("second")))
            .caseOf(call("probe", 5), c -> c.call(fmtPrintln("third"))));
        Var flag = b.define("flag", false);
        b.switchOn(true, sw -> sw
            .caseOf(flag, c -> c.call(fmtPrintln("flag")))
            .caseOf(Go.not(flag), c -> c.call(fmtPrintln("not flag"))));
        b.switchOn(lit(5).gt(3), sw -> sw
            .caseOf(false, c -> c.call(fmtPrintln("false")))
            .caseOf(true, c -> c.call(fmtPrintln("true")).fallthrough())
            .defaultCase(c -> c.call(fmtPrintln("default after fallthrough"))));

        Var evens = b.define("evens", 0);
        b.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(10));
          l.post().inc(i);
          l.body(body -> {
            body.switchTagless(sw -> sw
                .caseOf(i.rem(2).eq(1), c -> c.brk())
                .caseOf(i.eq(6), c -> {
                  c.call(fmtPrint("[six] "));
                  c.brk();
                  c.call(fmtPrint("never"));
                }));
            body.ifThen(i.rem(2).eq(0), t -> t.inc(evens));
            body.call(fmtPrint(i, " "));
          });
        });
        b.call(fmtPrintln("| evens:", evens));
        Var found = b.define("found", -1);
        b.label("search").rangeOver(lit(sliceOf(sliceOf(INT)), Go.elems(1, 2), Go.elems(3, 42, 5), Go.elems(42)), "r", "row", (body, r, row) ->
            body.rangeOver(row, "c", "v", (inner, c, v) -> inner.switchOn(v, sw -> sw
                .caseOf(42, cl -> {
                  cl.assign(found, r.mul(10).add(c));
                  cl.brk("search");
                })
                .defaultCase(cl -> cl.call(fmtPrint(v, " "))))));
        b.call(fmtPrintln("found at", found));
        Var done = b.var("done", BOOL);
        Var n = b.define("n", 0);
        b.label("loop").forever(body -> {
          body.inc(n);
          body.switchTagless(sw -> sw
              .caseOf(n.gt(4), c -> {
                c.assign(done, true);
                c.brk("loop");
              })
              .caseOf(n.eq(2), c -> c.cont("loop")));
          body.call(fmtPrint("n=", n, " "));
        });
        b.call(fmtPrintln(done, n));
      });
    }));
  }
}
