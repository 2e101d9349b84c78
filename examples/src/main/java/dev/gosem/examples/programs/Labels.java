package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.fmtPrint;
import static dev.gosem.api.build.Go.fmtPrintln;

import dev.gosem.api.Program;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;

/**
 * Labels exercises every loop form (three-clause, condition only, infinite, range over an int)
 * with plain and labelled break and continue, including a continue of an outer loop that must
 * still run that loop's post statement, and labels on nested loops of different forms.
 */
public final class Labels {
  private Labels() {}

  public static Program program() {
    return Go.program("labels", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("main", b -> {
        // Three-clause loops, nested; continue outer runs i++ before the next test.
        b.label("outer").forLoop(loop -> {
          Var i = loop.init().define("i", 0);
          loop.cond(i.lt(4));
          loop.post().inc(i);
          loop.body(body -> body.forLoop(inner -> {
            Var j = inner.init().define("j", 0);
            inner.cond(j.lt(4));
            inner.post().inc(j);
            inner.body(ib -> {
              ib.ifThen(j.gt(i), t -> t.cont("outer"));
              ib.ifThen(i.eq(3).andAlso(j.eq(1)), t -> t.brk("outer"));
              ib.call(fmtPrint(i, ":", j, " "));
            });
          }));
        });
        b.call(fmtPrintln());

        // A condition-only loop and an infinite loop with unlabelled break and continue.
        Var k = b.define("k", 1);
        b.whileLoop(k.lt(1000), body -> body.opAssign(k, BinaryOp.MUL, 3));
        b.call(fmtPrintln("k", k));
        Var n = b.define("n", 0);
        b.forever(body -> {
          body.inc(n);
          body.ifThen(n.rem(2).eq(0), t -> t.cont());
          body.ifThen(n.gt(11), t -> t.brk());
          body.call(fmtPrint(n, " "));
        });
        b.call(fmtPrintln("| n", n));

        // Labels on an infinite loop around a condition-only loop.
        Var tries = b.define("tries", 0);
        b.label("search").forever(body -> {
          body.inc(tries);
          Var m = body.define("m", tries);
          body.whileLoop(m.gt(0), inner -> {
            inner.ifThen(m.eq(7), t -> t.brk("search"));
            inner.ifThen(m.rem(5).eq(0), t -> t.cont("search"));
            inner.dec(m);
          });
          body.call(fmtPrint(tries, " "));
        });
        b.call(fmtPrintln("| tries", tries));

        // Range over an int: a labelled outer range whose rows end early in three different ways.
        b.label("rows").rangeInt("r", 6, (body, r) -> {
          body.ifThen(r.eq(1), t -> t.cont());
          body.label("cols").rangeInt("c", 6, (inner, c) -> {
            inner.ifThen(c.gt(r), t -> t.brk());
            inner.ifThen(r.eq(3).andAlso(c.eq(1)), t -> t.cont("rows"));
            inner.ifThen(r.add(c).eq(8), t -> t.brk("rows"));
            inner.ifThen(c.eq(2), t -> t.cont("cols"));
            inner.call(fmtPrint(r.mul(10).add(c), " "));
          });
          body.call(fmtPrint("; "));
        });
        b.call(fmtPrintln());
        Var total = b.define("total", 0);
        b.rangeInt(3, body -> body.rangeInt("i", 4, (inner, i) -> inner.addAssign(total, i)));
        b.call(fmtPrintln("total", total));

        // Leaving and continuing a labelled loop from the arms of an if-else chain.
        b.label("scan").forLoop(loop -> {
          Var i = loop.init().define("i", 10);
          loop.cond(i.gt(0));
          loop.post().opAssign(i, BinaryOp.SUB, 3);
          loop.body(body -> body.ifThen(i.eq(4), t -> t.brk("scan"))
              .elseIf(i.rem(2).eq(0), t -> t.call(fmtPrint("even", i, " ")))
              .orElse(e -> {
                e.call(fmtPrint("odd", i, " "));
                e.cont("scan");
              }));
        });
        b.call(fmtPrintln());
        b.call(fmtPrintln("done"));
      });
    }));
  }
}
