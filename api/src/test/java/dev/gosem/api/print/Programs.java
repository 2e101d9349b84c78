package dev.gosem.api.print;

import static dev.gosem.api.build.Go.call;
import static dev.gosem.api.build.Go.compl;
import static dev.gosem.api.build.Go.conv;
import static dev.gosem.api.build.Go.fmtPrint;
import static dev.gosem.api.build.Go.fmtPrintln;
import static dev.gosem.api.build.Go.id;
import static dev.gosem.api.build.Go.len;
import static dev.gosem.api.build.Go.lit;
import static dev.gosem.api.build.Go.literal;
import static dev.gosem.api.build.Go.names;
import static dev.gosem.api.build.Go.neg;
import static dev.gosem.api.build.Go.not;
import static dev.gosem.api.build.Go.osExit;
import static dev.gosem.api.build.Go.paren;
import static dev.gosem.api.build.Go.plus;
import static dev.gosem.api.build.Go.rune;
import static dev.gosem.api.build.Go.str;

import dev.gosem.api.Pos;
import dev.gosem.api.Program;
import dev.gosem.api.ast.AssignOp;
import dev.gosem.api.ast.BinaryOp;
import dev.gosem.api.ast.Decl;
import dev.gosem.api.ast.Expr;
import dev.gosem.api.ast.Spec;
import dev.gosem.api.ast.Stmt;
import dev.gosem.api.build.Go;
import dev.gosem.api.build.Var;
import dev.gosem.api.types.Types;
import java.util.List;

/**
 * Programs built with the fluent builder that together use every construct the model has, each
 * with the output Go prints when it runs. They are valid Go 1.22; printed with the Go 1.19
 * lowering they are valid Go 1.19.
 */
final class Programs {
  private Programs() {}

  record Case(Program program, String stdout) {}

  static List<Case> all() {
    List<Case> all = new java.util.ArrayList<>(List.of(constructs(), rangeSemantics(), twoFiles()));
    all.addAll(DataPrograms.all());
    return all;
  }

  private static final Pos P = Pos.NONE;

  /** Declarations, statements and operators. */
  static Case constructs() {
    Program p = Go.program("constructs", prog -> prog.file("main.go", f -> {
      f.imports("os", "fmt");
      f.var("counter", Types.INT, 5);
      f.var("total", Types.INT64);
      f.constant("limit", 10);
      f.constant("small", Types.INT8, 3);
      // var ( a = 1; bbb int = 2; c int ) and a const group with implicit repetition
      f.decl(new Decl.GenDecl(Decl.Kind.VAR, List.of(
          spec("a", null, lit(1).expr()),
          spec("bbb", id("int").expr(), lit(2).expr()),
          spec("c", id("int").expr(), null)), true, P));
      f.decl(new Decl.GenDecl(Decl.Kind.CONST, List.of(
          spec("zero", null, id("iota").expr()),
          spec("one", null, null),
          spec("seven", id("int").expr(), lit(7).expr())), true, P));
      f.func("divmod", fn -> {
        Var a = fn.param("a", Types.INT);
        Var b = fn.param("b", Types.INT);
        fn.results(Types.INT, Types.INT);
        fn.ret(a.div(b), a.rem(b));
      });
      f.func("split", fn -> {
        Var n = fn.param("n", Types.INT);
        Var x = fn.namedResult("x", Types.INT);
        Var y = fn.namedResult("y", Types.INT);
        fn.assign(x, n.mul(4).div(9));
        fn.assign(y, n.sub(x));
        fn.ret();
      });
      f.func("isSmall", fn -> {
        Var v = fn.param("v", Types.INT);
        fn.result(Types.BOOL);
        fn.ret(v.lt(limit()).andAlso(v.ge(0)));
      });
      f.func("nothing", fn -> {});
      f.func("half", fn -> {
        Var v = fn.param("v", Types.INT);
        fn.result(Types.INT);
        fn.ret(v.div(2));
      });
      f.func("main", b -> {
        Var x = b.define("x", 7);
        Var y = b.var("y", Types.INT, 3);
        Var z = b.var("z", x.mul(y).add(2));
        Var k = b.constant("k", 4);
        b.constant("big", Types.INT64, lit(1).shl(40));
        Var[] qr = b.define(names("q", "r"), call("divmod", x.add(y), 3));
        b.call(fmtPrintln(qr[0], qr[1], z, k));
        b.assign(x, x.mul(2).add(y.mul(3)));
        b.assign(new Var[] {x, y}, y, x);
        b.call(fmtPrintln(x, y));
        b.addAssign(x, 2);
        b.opAssign(x, BinaryOp.SUB, 1);
        b.opAssign(x, BinaryOp.MUL, 3);
        b.opAssign(x, BinaryOp.QUO, 2);
        b.opAssign(x, BinaryOp.REM, 7);
        b.opAssign(x, BinaryOp.AND, literal(Expr.LitKind.INT, "0xff"));
        b.opAssign(x, BinaryOp.OR, 8);
        b.opAssign(x, BinaryOp.XOR, 2);
        b.opAssign(x, BinaryOp.SHL, 3);
        b.opAssign(x, BinaryOp.SHR, 1);
        b.opAssign(x, BinaryOp.AND_NOT, 4);
        b.inc(x);
        b.dec(y);
        b.call(fmtPrintln(x, y, neg(x), plus(y), compl(x), not(x.gt(y))));
        b.call(fmtPrintln(conv(Types.INT8, x), conv(Types.INT64, y).mul(3), conv(Types.FLOAT64, x).div(4.0)));
        b.call(fmtPrintln(paren(x.add(y)).mul(k), x.add(y).mul(k), x.mul(paren(y.sub(1)))));
        b.call(fmtPrintln(x.lt(y).andAlso(y.lt(10)).orElse(x.eq(3)), x.shl(2).or(y), neg(neg(x))));
        b.call(fmtPrintln(x.sub(neg(y)), x.add(plus(y)), x.and(compl(y)), x.andNot(y), x.xor(y).mul(2)));
        Var s = b.define("s", "hello, \"gopher\"\n");
        b.call(fmtPrint(s.index(1), len(s), s.index(len(s).sub(2)), rune('é'), "\n"));
        b.call(fmtPrintln(call("isSmall", x), call("isSmall", neg(1)), literal(Expr.LitKind.INT, "0X1F"), literal(Expr.LitKind.FLOAT, "1E3")));
        b.ifThen(x.gt(100), t -> t.call(fmtPrintln("big"))).elseIf(x.gt(10), t -> t.call(fmtPrintln("medium")))
            .orElse(e -> e.call(fmtPrintln("small")));
        b.ifInit(i -> i.define("v", x.mul(2)).ne(0), t -> t.call(fmtPrintln("v", id("v"))));
        b.ifThen(x.eq(-1000), t -> t.call(osExit(3)));
        b.ifThen(lit(false), t -> {});
        b.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(z.sub(1)));
          l.post().addAssign(i, 5);
          l.body(body -> body.call(fmtPrint(i, " ")));
        });
        b.call(fmtPrintln());
        Var w = b.define("w", 3);
        b.whileLoop(w.gt(0), body -> body.dec(w));
        b.forever(body -> {
          body.inc(w);
          body.ifThen(w.ge(3), t -> t.brk());
        });
        b.forLoop(l -> {
          l.post().inc(w);
          l.body(body -> body.ifThen(w.gt(5), t -> t.brk()));
        });
        b.forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(3));
          l.post().inc(i);
          l.body(body -> {});
        });
        b.call(fmtPrintln("w", w));
        b.label("outer").forLoop(l -> {
          Var i = l.init().define("i", 0);
          l.cond(i.lt(3));
          l.post().inc(i);
          l.body(body -> body.forLoop(m -> {
            Var j = m.init().define("j", 0);
            m.cond(j.lt(3));
            m.post().inc(j);
            m.body(inner -> {
              inner.ifThen(j.eq(1), t -> t.cont("outer"));
              inner.ifThen(i.eq(2), t -> t.brk("outer"));
              inner.call(fmtPrintln(i, j));
            });
          }));
        });
        b.rangeInt("i", 3, (body, i) -> body.call(fmtPrint(i)));
        b.rangeInt("i", k, (body, i) -> body.call(fmtPrint(i)));
        b.rangeInt(call("half", 5), body -> body.call(fmtPrint("*")));
        b.call(fmtPrintln());
        b.block(inner -> {
          Var x2 = inner.define("x", "shadow");
          inner.call(fmtPrintln(x2));
        });
        b.block(inner -> {});
        Var[] sp = b.define(names("sx", "sy"), call("split", 17));
        b.call(fmtPrintln(sp[0], sp[1], counter(), total(), limit(), small(), id("a"), id("bbb"), id("c")));
        b.call(fmtPrintln(id("zero"), id("one"), id("seven"), id("big")));
        b.call("nothing");
        b.println("to stderr");
        b.ret();
      });
    }));
    String out = """
        3 1 23 4
        3 23
        49 22 -49 22 -50 false
        49 66 12.25
        284 284 1029
        false 214 49
        71 71 33 33 78
        101 16 34 233
        false false 31 1000
        medium
        v 98
        0 5 10 15 20\s
        w 6
        0 0
        1 0
        0120123**
        shadow
        7 10 5 0 10 3 1 2 0
        0 1 7 1099511627776
        """;
    return new Case(p, out);
  }

  private static Var limit() {
    return id("limit");
  }

  private static Var counter() {
    return id("counter");
  }

  private static Var total() {
    return id("total");
  }

  private static Var small() {
    return id("small");
  }

  static Spec.ValueSpec spec(String name, Expr type, Expr value) {
    return new Spec.ValueSpec(List.of(new Expr.Ident(name, P)), type, value == null ? List.of() : List.of(value), P);
  }

  /** Range over an integer, with everything Go 1.22 promises about it. */
  static Case rangeSemantics() {
    Program p = Go.program("ranges", prog -> prog.file("main.go", f -> {
      f.imports("fmt");
      f.var("calls", Types.INT, 0);
      f.func("next", fn -> {
        fn.result(Types.INT);
        fn.inc(id("calls"));
        fn.ret(3);
      });
      f.func("main", b -> {
        Var sum = b.define("sum", 0);
        b.rangeInt("i", 5, (body, i) -> body.addAssign(sum, i));
        b.call(fmtPrintln("sum", sum));
        // n is evaluated once; assigning to n or i in the body does not change the count
        Var n = b.define("n", 3);
        Var count = b.define("count", 0);
        b.rangeInt("i", n, (body, i) -> {
          body.call(fmtPrint(i, " "));
          body.assign(n, 10);
          body.assign(i, 100);
          body.inc(count);
        });
        b.call(fmtPrintln("count", count, "n", n));
        Var negative = b.define("negative", -2);
        b.rangeInt(negative, body -> body.call(fmtPrintln("never")));
        b.rangeInt("i", 0, (body, i) -> body.call(fmtPrintln("never", i)));
        // i has n's type: int8 here, rune for an untyped rune constant, int for an untyped int
        Var m = b.var("m", Types.INT8, 2);
        b.rangeInt("i", m, (body, i) -> {
          Var t = body.var("t", Types.INT8, i);
          body.call(fmtPrintln("int8", t));
        });
        b.rangeInt("r", rune('c').sub(rune('a')), (body, r) -> {
          Var q = body.var("q", Types.INT32, r);
          body.call(fmtPrintln("rune", q));
        });
        b.constant("N", 2);
        b.rangeInt("i", id("N"), (body, i) -> {
          Var q = body.var("q", Types.INT, i);
          body.call(fmtPrintln("int", q));
        });
        // the range expression is evaluated exactly once
        b.rangeInt("i", call("next"), (body, i) -> body.call(fmtPrint(i)));
        b.rangeInt(call("next"), body -> body.call(fmtPrint(".")));
        b.call(fmtPrintln(" calls", id("calls")));
        // labels still name the loops
        b.label("outer").rangeInt("i", 3, (body, i) -> body.rangeInt("j", 3, (inner, j) -> {
          inner.ifThen(j.eq(1), t -> t.cont("outer"));
          inner.ifThen(i.eq(2), t -> t.brk("outer"));
          inner.call(fmtPrintln("pair", i, j));
        }));
        b.label("hoisted").rangeInt("i", n, (body, i) -> {
          body.ifThen(i.eq(1), t -> t.brk("hoisted"));
          body.call(fmtPrintln("hoisted", i));
        });
        // the body may declare its own i
        b.rangeInt("i", 2, (body, i) -> {
          Var i2 = body.define("i", i.mul(10));
          body.call(fmtPrintln("shadow", i2));
        });
        // for j = range n, with j declared before: values of j's type
        Var j = b.var("j", Types.INT8);
        b.stmt(new Stmt.Range(j.expr(), null, false, lit(4).expr(), block(
            new Stmt.ExprStmt(fmtPrint(j).expr(), P)), P));
        b.call(fmtPrintln(" last", j));
        Var k = b.define("k", 0);
        b.stmt(new Stmt.Range(k.expr(), null, false, n.expr(), block(
            new Stmt.Assign(List.of(n.expr()), AssignOp.ASSIGN, List.of(lit(0).expr()), P)), P));
        b.call(fmtPrintln("k", k));
        b.stmt(new Stmt.Range(id("_").expr(), null, false, lit(2).expr(), block(
            new Stmt.ExprStmt(fmtPrint("_").expr(), P)), P));
        b.call(fmtPrintln());
      });
    }));
    String out = """
        sum 10
        0 1 2 count 3 n 10
        int8 0
        int8 1
        rune 0
        rune 1
        int 0
        int 1
        012... calls 2
        pair 0 0
        pair 1 0
        hoisted 0
        shadow 0
        shadow 10
        0123 last 3
        k 9
        __
        """;
    return new Case(p, out);
  }

  static Stmt.Block block(Stmt... stmts) {
    return new Stmt.Block(List.of(stmts), P, P);
  }

  /** A program of two files. */
  static Case twoFiles() {
    Program p = Go.program("two", prog -> {
      prog.file("main.go", f -> {
        f.imports("fmt");
        f.func("main", b -> b.call(fmtPrintln(call("twice", 21), str("tab\there"))));
      });
      prog.file("util.go", f -> f.func("twice", fn -> {
        Var v = fn.param("v", Types.INT);
        fn.result(Types.INT);
        fn.rangeInt("i", 1, (body, i) -> body.ret(v.mul(2).add(i)));
        fn.ret(0);
      }));
    });
    return new Case(p, "42 tab\there\n");
  }
}
