package dev.gosem.examples.programs;

import static dev.gosem.api.build.Go.append;
import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.fmtPrint;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.fmtSprint;
import static dev.gosem.api.build.Go.func;
import static dev.gosem.api.build.Go.kv;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.mapOf;
import static dev.gosem.api.build.Go.names;
import static dev.gosem.api.build.Go.nil;
import static dev.gosem.api.build.Go.sig;
import static dev.gosem.api.build.Go.sliceOf;
import static dev.gosem.api.types.Types.BOOL;
import static dev.gosem.api.types.Types.INT;
import static dev.gosem.api.types.Types.STRING;

import dev.gosem.api.Program;
import dev.gosem.api.build.Ex;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Signature;
import java.util.List;

/**
 * Closures capture variables, not values: counters and a Fibonacci generator keep their state
 * between calls, a mutation inside a closure is seen outside and the other way round, three
 * closures share one captured parameter (a bank account), closures made in a loop see a per
 * iteration copy only when the body makes one (the loop variable itself is shared in Go 1.19, so
 * the shared case here uses a variable declared before the loop), closures live in maps and
 * slices, call themselves through a variable, and nest.
 */
public final class Closures {
  private Closures() {}

  public static Program program() {
    Signature intFunc = sig(List.of(), INT);
    Signature binary = sig(List.of(INT, INT), INT);
    return Go.program("closures", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.func("counter", fn -> {
        Var step = fn.param("step", INT);
        fn.result(intFunc);
        Var n = fn.define("n", 0);
        fn.ret(func(c -> {
          c.result(INT);
          c.addAssign(n, step);
          c.ret(n);
        }));
      });
      f.func("fibGen", fn -> {
        fn.result(intFunc);
        Var[] ab = fn.define(names("a", "b"), 0, 1);
        fn.ret(func(c -> {
          c.result(INT);
          Var r = c.define("r", ab[0]);
          c.assign(new Ex[] {ab[0], ab[1]}, ab[1], ab[0].add(ab[1]));
          c.ret(r);
        }));
      });
      f.func("account", fn -> {
        Var balance = fn.param("balance", INT);
        Var deposit = fn.namedResult("deposit", sig(List.of(INT)));
        Var withdraw = fn.namedResult("withdraw", sig(List.of(INT), BOOL));
        Var get = fn.namedResult("get", intFunc);
        fn.assign(deposit, func(c -> {
          Var x = c.param("x", INT);
          c.addAssign(balance, x);
        }));
        fn.assign(withdraw, func(c -> {
          Var x = c.param("x", INT);
          c.result(BOOL);
          c.ifThen(x.gt(balance), t -> t.ret(false));
          c.opAssign(balance, dev.gosem.api.ast.BinaryOp.SUB, x);
          c.ret(true);
        }));
        fn.assign(get, func(c -> {
          c.result(INT);
          c.ret(balance);
        }));
        fn.ret();
      });
      f.func("main", b -> {
        Var[] cs = b.define(names("byOne", "byTen"), call("counter", 1), call("counter", 10));
        b.call(fmtPrintln(cs[0].call(), cs[0].call(), cs[1].call(), cs[0].call(), cs[1].call(), call("counter", 1).call()));
        Var fib = b.define("fib", call("fibGen"));
        b.rangeInt(12, body -> body.call(fmtPrint(fib.call(), " ")));
        b.call(fmtPrintln());

        Var x = b.define("x", 10);
        Var inc = b.define("inc", func(c -> c.inc(x)));
        Var show = b.define("show", func(c -> {
          c.result(INT);
          c.ret(x);
        }));
        b.call(inc.call());
        b.call(inc.call());
        b.call(fmtPrintln("inside changed x:", x, show.call()));
        b.assign(x, 100);
        b.call(fmtPrintln("outside changed x:", show.call()));

        Var[] acct = b.define(names("deposit", "withdraw", "balance"), call("account", 50));
        b.call(acct[0].call(25));
        b.call(fmtPrintln("withdraw 100:", acct[1].call(100), "withdraw 60:", acct[1].call(60), "balance:", acct[2].call()));

        Var fns = b.var("fns", sliceOf(sig(List.of(), STRING)));
        b.rangeOver(lit(sliceOf(STRING), "a", "b", "c"), "i", "w", (body, i, w) -> {
          Var[] copies = body.define(names("i", "w"), i, w);
          body.assign(fns, append(fns, func(c -> {
            c.result(STRING);
            c.ret(fmtSprint(copies[0], copies[1], copies[0].mul(2)));
          })));
        });
        b.rangeOver(fns, "_", "g", (body, k, g) -> body.call(fmtPrint(g.call(), " ")));
        b.call(fmtPrintln());
        Var shared = b.var("shared", sliceOf(intFunc));
        Var k = b.define("k", 0);
        b.forLoop(l -> {
          l.cond(k.lt(3));
          l.post().inc(k);
          l.body(body -> body.assign(shared, append(shared, func(c -> {
            c.result(INT);
            c.ret(k.mul(10));
          }))));
        });
        b.rangeOver(shared, "_", "g", (body, kk, g) -> body.call(fmtPrint(g.call(), " ")));
        b.call(fmtPrintln("after the loop k =", k));

        Var ops = b.define("ops", lit(mapOf(STRING, binary),
            kv("add", func(c -> {
              Var p = c.param("a", INT);
              Var q = c.param("b", INT);
              c.result(INT);
              c.ret(p.add(q));
            })),
            kv("sub", func(c -> {
              Var p = c.param("a", INT);
              Var q = c.param("b", INT);
              c.result(INT);
              c.ret(p.sub(q));
            }))));
        b.assign(ops.index("mul"), func(c -> {
          Var p = c.param("a", INT);
          Var q = c.param("b", INT);
          c.result(INT);
          c.ret(p.mul(q));
        }));
        b.rangeOver(lit(sliceOf(STRING), "add", "mul", "sub"), "_", "name", (body, kk, name) ->
            body.call(fmtPrintln(name, ops.index(name).call(7, 3))));
        Var[] divOk = b.define(names("div", "ok"), ops.index("div"));
        b.call(fmtPrintln("div:", divOk[0].eq(nil()), divOk[1], len(ops)));

        Var fact = b.var("fact", sig(List.of(INT), INT));
        b.assign(fact, func(c -> {
          Var n = c.param("n", INT);
          c.result(INT);
          c.ifThen(n.le(1), t -> t.ret(1));
          c.ret(n.mul(fact.call(n.sub(1))));
        }));
        b.call(fmtPrintln("10! =", fact.call(10)));

        Var memo = b.define("memo", lit(mapOf(INT, INT)));
        Var fibm = b.var("fibm", sig(List.of(INT), INT));
        b.assign(fibm, func(c -> {
          Var n = c.param("n", INT);
          c.result(INT);
          c.ifThen(n.lt(2), t -> t.ret(n));
          c.ifInit(s -> {
            Var[] vo = s.define(names("v", "ok"), memo.index(n));
            return vo[1];
          }, t -> t.ret(Go.id("v")));
          Var v = c.define("v", fibm.call(n.sub(1)).add(fibm.call(n.sub(2))));
          c.assign(memo.index(n), v);
          c.ret(v);
        }));
        b.call(fmtPrintln("fib(90) =", fibm.call(90), "memo entries:", len(memo)));

        Var total = b.define("total", lit(sliceOf(INT)));
        Var add = b.define("add", func(c -> {
          Var vs = c.variadic("vs", INT);
          c.assign(total, Go.appendSpread(total, vs));
        }));
        b.call(add.call(1));
        b.call(add.call(2, 3));
        b.call(add.call());
        b.call(fmtPrintln(total, len(total)));

        Var adder = b.define("adder", func(c -> {
          Var a = c.param("a", INT);
          c.result(sig(List.of(INT), sig(List.of(INT), INT)));
          c.ret(func(c2 -> {
            Var bb = c2.param("b", INT);
            c2.result(sig(List.of(INT), INT));
            c2.ret(func(c3 -> {
              Var cc = c3.param("c", INT);
              c3.result(INT);
              c3.ret(a.mul(100).add(bb.mul(10)).add(cc));
            }));
          }));
        }));
        Var add12 = b.define("add12", adder.call(1).call(2));
        b.call(fmtPrintln(add12.call(3), add12.call(4), adder.call(5).call(6).call(7)));
      });
    }));
  }
}
